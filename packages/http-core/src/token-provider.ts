// What the transport needs from auth: a bearer token, and a way to force a fresh one after a
// 401. auth-core implements this; anything with the same shape works (it is structural).
/** What the transport passes to {@link TokenProvider.getToken}. */
export interface GetTokenOptions {
  /** Skip any cached token and obtain a new one (the transport sets this once after a 401). */
  forceRefresh?: boolean;
  /**
   * With `forceRefresh`: the token the server refused. A provider whose current token is
   * already a different one (another caller refreshed meanwhile) may return that instead of
   * refreshing again.
   */
  rejectedToken?: string;
  /** Aborts obtaining the token (the call's own signal). */
  signal?: AbortSignal;
}

/**
 * Where the transport gets bearer tokens: auth-core's providers implement it, and so can anything
 * with the same shape (it is structural).
 */
export interface TokenProvider {
  /** A current access token; `forceRefresh` asks for a new one. */
  getToken(options?: GetTokenOptions): Promise<string>;
  /**
   * The secret values this provider holds (password, client secret, refresh token, …). The
   * transport removes them, by exact value, from any server text that reaches an error.
   */
  secrets?(): readonly string[];
}
