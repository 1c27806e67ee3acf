import { ProvenaError } from "@provena-sdk/http-core";

export interface AuthErrorOptions {
  cause?: unknown;
}

/** Root of every auth-core error. */
export class AuthError extends ProvenaError {
  static override readonly brand: string = "AuthError";
}

/** The options given to a provider or helper cannot work (e.g. no issuer and no domain). */
export class AuthConfigurationError extends AuthError {
  static override readonly brand: string = "AuthConfigurationError";
}
