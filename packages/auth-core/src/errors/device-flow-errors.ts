import { addBrand, brandedInstanceOf } from "@provena-sdk/http-core";
import { AuthError, type AuthErrorOptions } from "./auth-error.js";

/** The device authorization (RFC 8628) login did not complete. */
export class DeviceFlowError extends AuthError {
  override name = "DeviceFlowError";
  /** The OAuth error code that ended the flow, when the server sent one. */
  readonly code: string | undefined;

  constructor(message: string, code?: string, options?: AuthErrorOptions) {
    super(message, options);
    this.code = code;
    addBrand(this, "DeviceFlowError");
  }

  static override [Symbol.hasInstance] = brandedInstanceOf("DeviceFlowError");
}

/** The user code expired before the user approved it (`expired_token`, or `expires_in` elapsed). */
export class DeviceCodeExpiredError extends DeviceFlowError {
  override name = "DeviceCodeExpiredError";
  readonly expiresInSeconds: number;

  constructor(expiresInSeconds: number, code: string | undefined, options?: AuthErrorOptions) {
    super(
      `The device login expired: nobody approved the code within ${expiresInSeconds} s. Start the login again and approve it sooner.`,
      code,
      options,
    );
    this.expiresInSeconds = expiresInSeconds;
    addBrand(this, "DeviceCodeExpiredError");
  }

  static override [Symbol.hasInstance] = brandedInstanceOf("DeviceCodeExpiredError");
}

/** The user (or an administrator) denied the device login (`access_denied`). */
export class AccessDeniedError extends DeviceFlowError {
  override name = "AccessDeniedError";

  constructor(options?: AuthErrorOptions) {
    super("The device login was denied at the verification page (access_denied).", "access_denied", options);
    addBrand(this, "AccessDeniedError");
  }

  static override [Symbol.hasInstance] = brandedInstanceOf("AccessDeniedError");
}
