import { ProvenaError } from "@provena-sdk/http-core";

/** Options of every auth-core error's constructor. */
export interface AuthErrorOptions {
  /** The error that led to this one (set as `Error.cause`). */
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
