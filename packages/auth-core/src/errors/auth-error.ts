import { ProvenaError, addBrand, brandedInstanceOf } from "@provena-sdk/http-core";

export interface AuthErrorOptions {
  cause?: unknown;
}

/** Root of every auth-core error. */
export class AuthError extends ProvenaError {
  override name = "AuthError";

  constructor(message: string, options?: AuthErrorOptions) {
    super(message, options);
    addBrand(this, "AuthError");
  }

  static override [Symbol.hasInstance] = brandedInstanceOf("AuthError");
}

/** The options given to a provider or helper cannot work (e.g. no issuer and no domain). */
export class AuthConfigurationError extends AuthError {
  override name = "AuthConfigurationError";

  constructor(message: string, options?: AuthErrorOptions) {
    super(message, options);
    addBrand(this, "AuthConfigurationError");
  }

  static override [Symbol.hasInstance] = brandedInstanceOf("AuthConfigurationError");
}
