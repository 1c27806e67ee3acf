import type { StoredTokens } from "./stored-tokens.js";

/**
 * Keeps tokens between runs. Implement it over anything (a keychain, a database, browser
 * storage); keys come from `tokenStoreKey`. `get` resolves undefined when nothing is stored.
 */
export interface TokenStore {
  /** The tokens stored under `key`, or undefined when there are none. */
  get(key: string): Promise<StoredTokens | undefined>;
  /** Stores `tokens` under `key`, replacing what was there. */
  set(key: string, tokens: StoredTokens): Promise<void>;
  /** Forgets the tokens under `key` (no error when there are none). */
  delete(key: string): Promise<void>;
}

/** What a token store key is made of (see {@link tokenStoreKey}). */
export interface TokenStoreKeyParts {
  /** The issuer (realm URL) the tokens are from. */
  issuer: string;
  /** The OAuth client they were issued to. */
  clientId: string;
  /** Whose tokens: a username or a profile label. */
  user: string;
}

/** The key tokens are stored under: issuer, client id and user, each URI-encoded. */
export function tokenStoreKey(parts: TokenStoreKeyParts): string {
  return [parts.issuer, parts.clientId, parts.user].map(encodeURIComponent).join(" ");
}
