import { INSPECT, REDACTED } from "./redact.js";
import type { StoredTokens } from "./stores/stored-tokens.js";

/** What an OAuth token endpoint returns (RFC 6749 §5.1 plus Keycloak's extras). */
export interface TokenResponse {
  /** The access token. */
  access_token: string;
  /** The token type (default "Bearer"). */
  token_type?: string | undefined;
  /** Seconds until the access token expires. */
  expires_in?: number | undefined;
  /** The refresh (or offline) token. */
  refresh_token?: string | undefined;
  /** Keycloak: seconds until the refresh token expires; 0 for offline tokens (no fixed expiry). */
  refresh_expires_in?: number | undefined;
  /** The granted scopes, space-separated. */
  scope?: string | undefined;
  /** The OpenID Connect ID token. */
  id_token?: string | undefined;
}

// When a server omits expires_in we must still refresh eventually.
const DEFAULT_LIFETIME_MS = 60_000;

/**
 * Tokens from one grant. Secrets are reachable only through the getters: `toJSON`, `toString`
 * and `util.inspect` show the shape and the expiry, never a token.
 */
export class TokenSet {
  readonly #accessToken: string;
  readonly #refreshToken: string | undefined;
  readonly #idToken: string | undefined;
  /** Epoch milliseconds when the access token expires. */
  readonly expiresAt: number;
  /** Epoch milliseconds when the refresh token expires; undefined when it has no known expiry. */
  readonly refreshExpiresAt: number | undefined;
  /** Epoch milliseconds when these tokens were received. */
  readonly obtainedAt: number;
  /** The token type, normally "Bearer". */
  readonly tokenType: string;
  /** The granted scopes, space-separated; undefined when the server did not say. */
  readonly scope: string | undefined;

  constructor(tokens: StoredTokens) {
    this.#accessToken = tokens.accessToken;
    this.#refreshToken = tokens.refreshToken;
    this.#idToken = tokens.idToken;
    this.expiresAt = tokens.expiresAt;
    this.refreshExpiresAt = tokens.refreshExpiresAt;
    this.obtainedAt = tokens.obtainedAt;
    this.tokenType = tokens.tokenType;
    this.scope = tokens.scope;
  }

  /** Builds a TokenSet from a token endpoint reply received at `now` (epoch ms). */
  static fromResponse(response: TokenResponse, now: number): TokenSet {
    const lifetimeMs = response.expires_in === undefined ? DEFAULT_LIFETIME_MS : response.expires_in * 1000;
    const refreshLifetime = response.refresh_expires_in;
    return new TokenSet({
      accessToken: response.access_token,
      refreshToken: response.refresh_token,
      expiresAt: now + lifetimeMs,
      refreshExpiresAt: refreshLifetime === undefined || refreshLifetime <= 0 ? undefined : now + refreshLifetime * 1000,
      obtainedAt: now,
      tokenType: response.token_type ?? "Bearer",
      scope: response.scope,
      idToken: response.id_token,
    });
  }

  /** The access token (a secret: keep it out of logs). */
  get accessToken(): string {
    return this.#accessToken;
  }

  /** The refresh (or offline) token, if any (a secret: keep it out of logs). */
  get refreshToken(): string | undefined {
    return this.#refreshToken;
  }

  /** The OpenID Connect ID token, if any. */
  get idToken(): string | undefined {
    return this.#idToken;
  }

  /** True when the scope includes `offline_access` (the refresh token is an offline token). */
  get isOffline(): boolean {
    return this.scope?.split(" ").includes("offline_access") ?? false;
  }

  /**
   * True when the access token should be replaced at `now`: within `skewMs` of expiry, but never
   * more than half its lifetime early, so very short-lived tokens are still used.
   */
  isStale(now: number, skewMs: number): boolean {
    const lifetime = this.expiresAt - this.obtainedAt;
    const margin = Math.min(skewMs, Math.max(0, lifetime / 2));
    return now >= this.expiresAt - margin;
  }

  /** True when a refresh token exists and has not passed its known expiry at `now`. */
  canRefresh(now: number): boolean {
    if (this.#refreshToken === undefined) return false;
    return this.refreshExpiresAt === undefined || now < this.refreshExpiresAt;
  }

  /**
   * The record a token store keeps, secrets included. Only token stores should call this.
   */
  toStored(): StoredTokens {
    const stored: StoredTokens = {
      accessToken: this.#accessToken,
      expiresAt: this.expiresAt,
      obtainedAt: this.obtainedAt,
      tokenType: this.tokenType,
    };
    if (this.#refreshToken !== undefined) stored.refreshToken = this.#refreshToken;
    if (this.refreshExpiresAt !== undefined) stored.refreshExpiresAt = this.refreshExpiresAt;
    if (this.scope !== undefined) stored.scope = this.scope;
    if (this.#idToken !== undefined) stored.idToken = this.#idToken;
    return stored;
  }

  /** A copy that keeps `previous`'s refresh token when this reply did not rotate it. */
  withRefreshTokenFrom(previous: TokenSet): TokenSet {
    if (this.#refreshToken !== undefined || previous.refreshToken === undefined) return this;
    // The carried-over refresh token keeps its own expiry (none for an offline token), whatever
    // refresh_expires_in this reply named for a token it did not send.
    return new TokenSet({ ...this.toStored(), refreshToken: previous.refreshToken, refreshExpiresAt: previous.refreshExpiresAt });
  }

  /** A redacted summary: what a log line or `JSON.stringify` may show. */
  toJSON(): Record<string, unknown> {
    return {
      accessToken: REDACTED,
      refreshToken: this.#refreshToken === undefined ? undefined : REDACTED,
      idToken: this.#idToken === undefined ? undefined : REDACTED,
      tokenType: this.tokenType,
      scope: this.scope,
      expiresAt: new Date(this.expiresAt).toISOString(),
      refreshExpiresAt: this.refreshExpiresAt === undefined ? undefined : new Date(this.refreshExpiresAt).toISOString(),
    };
  }

  /** The token type, expiry and whether it is refreshable, never a token. */
  toString(): string {
    return `TokenSet(${this.tokenType}, expires ${new Date(this.expiresAt).toISOString()}${
      this.#refreshToken === undefined ? "" : ", refreshable"
    })`;
  }

  /** What `util.inspect` shows: the same as `toString()`. */
  [INSPECT](): string {
    return this.toString();
  }
}
