import { AuthError, type AuthErrorOptions } from "./auth-error.js";

/** What an OAuth error reply said, and where it came from. */
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
  /** The OAuth `error` code, e.g. `invalid_grant`. */
  readonly code: string;
  /** The server's `error_description`, sanitised; undefined when it sent none. */
  readonly description: string | undefined;
  /** HTTP status of the reply. */
  readonly status: number;
  /** The endpoint that answered (no query values). */
  readonly url: string;

  constructor(details: OAuthErrorDetails, message?: string, options?: AuthErrorOptions) {
    const said = details.description === undefined ? details.code : `${details.code}: ${details.description}`;
    super(message ?? `The identity provider rejected the request (HTTP ${details.status} from ${details.url}): ${withoutFullStop(said)}.`, options);
    this.code = details.code;
    this.description = details.description;
    this.status = details.status;
    this.url = details.url;
  }
}

/** `text` without the full stop(s) it ends with, so a sentence put inside ours does not end in "..". */
export function withoutFullStop(text: string): string {
  return text.replace(/[.\s]+$/, "");
}

/**
 * Keycloak answered "Realm does not exist": the issuer's server is right but the realm name is
 * not. `realm` is the name that was used (from the issuer's `/realms/<realm>` part).
 */
export class RealmNotFoundError extends OAuthError {
  static override readonly brand: string = "RealmNotFoundError";
  /** The realm name that was asked for, when the issuer URL names one. */
  readonly realm: string | undefined;
  /** The issuer (realm URL) that was used. */
  readonly issuer: string;

  constructor(details: OAuthErrorDetails, issuer: string, realm: string | undefined, options?: AuthErrorOptions) {
    const which = realm === undefined ? "The realm" : `The realm "${realm}"`;
    const said = details.description === undefined ? details.code : `${details.code}: ${details.description}`;
    super(
      details,
      // The server's words after the closing parenthesis: "…/token: Realm …" would read as a
      // `token: value` pair to the SDK's message redaction, which would hide the first word.
      `${which} does not exist on the identity provider (HTTP ${details.status} from ${details.url}): ${withoutFullStop(said)}. Check the realm name: the \`realm\` option, PROVENA_REALM, or the /realms/<realm> part of the issuer ${issuer}.`,
      options,
    );
    this.realm = realm;
    this.issuer = issuer;
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

/** Where an identity-provider failure happened. */
export interface IdentityProviderErrorDetails {
  /** The endpoint that was called (no query values). */
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
  /** The endpoint that was called (no query values). */
  readonly url: string;
  /** HTTP status when a reply arrived; undefined for network failures and timeouts. */
  readonly status: number | undefined;

  constructor(message: string, details: IdentityProviderErrorDetails, options?: AuthErrorOptions) {
    super(message, options);
    this.url = details.url;
    this.status = details.status;
  }
}

/**
 * The identity provider answered 404 where the issuer's endpoints should be: most often the
 * issuer was given as the server's bare origin instead of Keycloak's realm URL
 * (`…/auth/realms/<realm>`). The message says which URL shape is expected.
 */
export class IssuerNotFoundError extends IdentityProviderError {
  static override readonly brand: string = "IssuerNotFoundError";
  /** The issuer that was used. */
  readonly issuer: string;

  constructor(message: string, issuer: string, details: IdentityProviderErrorDetails, options?: AuthErrorOptions) {
    super(message, details, options);
    this.issuer = issuer;
  }
}
