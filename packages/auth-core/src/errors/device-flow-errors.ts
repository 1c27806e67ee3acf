import { AuthError, type AuthErrorOptions } from "./auth-error.js";

/** The device authorization (RFC 8628) login did not complete. */
export class DeviceFlowError extends AuthError {
  static override readonly brand: string = "DeviceFlowError";
  /** The OAuth error code that ended the flow, when the server sent one. */
  readonly code: string | undefined;

  constructor(message: string, code?: string, options?: AuthErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/** The user code expired before the user approved it (`expired_token`, or `expires_in` elapsed). */
export class DeviceCodeExpiredError extends DeviceFlowError {
  static override readonly brand: string = "DeviceCodeExpiredError";
  /** How long the device code was valid for, in seconds. */
  readonly expiresInSeconds: number;

  constructor(expiresInSeconds: number, code: string | undefined, options?: AuthErrorOptions) {
    super(
      `The device login expired: nobody approved the code within ${expiresInSeconds} s. Start the login again and approve it sooner.`,
      code,
      options,
    );
    this.expiresInSeconds = expiresInSeconds;
  }
}

/** The user (or an administrator) denied the device login (`access_denied`). */
export class AccessDeniedError extends DeviceFlowError {
  static override readonly brand: string = "AccessDeniedError";

  constructor(options?: AuthErrorOptions) {
    super("The device login was denied at the verification page (access_denied).", "access_denied", options);
  }
}
