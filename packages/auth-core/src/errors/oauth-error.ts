import { AuthError, type AuthErrorOptions } from "./auth-error.js";

export interface OAuthErrorDetails {
  /** The OAuth `error` code, e.g. `invalid_grant`. */
  code: string;
  /** The server's `error_description`, sanitised. */
  description: string | undefined;
  /** HTTP status of the reply. */
  status: number;
  /** The endpoint that answered (no query values). */
  url: string;
}

/** The identity provider answered a token or device request with an OAuth error body. */
export class OAuthError extends AuthError {
  static override readonly brand: string = "OAuthError";
  readonly code: string;
  readonly description: string | undefined;
  readonly status: number;
  readonly url: string;

  constructor(details: OAuthErrorDetails, message?: string, options?: AuthErrorOptions) {
    const said = details.description === undefined ? details.code : `${details.code}: ${details.description}`;
    super(message ?? `The identity provider rejected the request (HTTP ${details.status} from ${details.url}): ${said}.`, options);
    this.code = details.code;
    this.description = details.description;
    this.status = details.status;
    this.url = details.url;
  }
}

/**
 * `invalid_grant`: the refresh token, offline token, device code or password is no longer (or
 * never was) valid. Retrying the same grant will not help.
 */
export class InvalidGrantError extends OAuthError {
  static override readonly brand: string = "InvalidGrantError";

  constructor(details: OAuthErrorDetails, options?: AuthErrorOptions) {
    const said = details.description === undefined ? "" : ` (${details.description})`;
    super(
      details,
      `The identity provider at ${details.url} refused the grant as invalid or expired: invalid_grant${said}.`,
      options,
    );
  }
}

/** `invalid_client`: unknown client id, wrong client secret, or a grant the client may not use. */
export class InvalidClientError extends OAuthError {
  static override readonly brand: string = "InvalidClientError";

  constructor(details: OAuthErrorDetails, options?: AuthErrorOptions) {
    const said = details.description === undefined ? "" : ` (${details.description})`;
    super(
      details,
      `The identity provider at ${details.url} did not accept the client credentials: invalid_client${said}. Check the client id and secret.`,
      options,
    );
  }
}

export interface IdentityProviderErrorDetails {
  url: string;
  /** HTTP status when a reply arrived; undefined for network failures and timeouts. */
  status?: number | undefined;
}

/**
 * The identity provider could not be reached, timed out, or replied with something that is not
 * an OAuth response (HTML error page, invalid JSON, missing fields).
 */
export class IdentityProviderError extends AuthError {
  static override readonly brand: string = "IdentityProviderError";
  readonly url: string;
  readonly status: number | undefined;

  constructor(message: string, details: IdentityProviderErrorDetails, options?: AuthErrorOptions) {
    super(message, options);
    this.url = details.url;
    this.status = details.status;
  }
}
