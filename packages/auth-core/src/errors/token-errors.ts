import { AuthError, type AuthErrorOptions } from "./auth-error.js";

/**
 * Refreshing the access token failed. Every caller waiting on that refresh receives this same
 * instance; the next `getToken()` tries again.
 */
export class TokenRefreshError extends AuthError {
  static override readonly brand: string = "TokenRefreshError";
  /** The OAuth error code (e.g. `invalid_grant`), or undefined for network/format failures. */
  readonly code: string | undefined;

  constructor(message: string, code: string | undefined, options?: AuthErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/**
 * The identity provider refused the refresh token (or offline token) for good: expired,
 * revoked, or forgotten by a restarted server. A provider that cannot log in by itself (device
 * flow, offline token) fails with this; the user must log in again. `code` is `invalid_grant`.
 */
export class LoginRequiredError extends TokenRefreshError {
  static override readonly brand: string = "LoginRequiredError";
}

/** A string that should be a JWT is not one (wrong number of parts, bad base64, bad JSON). */
export class MalformedTokenError extends AuthError {
  static override readonly brand: string = "MalformedTokenError";

  constructor(reason: string, options?: AuthErrorOptions) {
    super(`The token is not a well-formed JWT: ${reason}.`, options);
  }
}

/** An offline-token provider found nothing to start from (no token given, nothing in the store). */
export class MissingTokenError extends AuthError {
  static override readonly brand: string = "MissingTokenError";
}
