import type { StoredTokens } from "./stored-tokens.js";

/**
 * Keeps tokens between runs. Implement it over anything (a keychain, a database, browser
 * storage); keys come from `tokenStoreKey`. `get` resolves undefined when nothing is stored.
 */
export interface TokenStore {
  get(key: string): Promise<StoredTokens | undefined>;
  set(key: string, tokens: StoredTokens): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface TokenStoreKeyParts {
  issuer: string;
  clientId: string;
  /** Whose tokens: a username or a profile label. */
  user: string;
}

/** The key tokens are stored under: issuer, client id and user, each URI-encoded. */
export function tokenStoreKey(parts: TokenStoreKeyParts): string {
  return [parts.issuer, parts.clientId, parts.user].map(encodeURIComponent).join(" ");
}
