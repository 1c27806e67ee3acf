import * as z from "zod/mini";

/**
 * The plain record a token store keeps. It holds secrets on purpose (that is what a store is
 * for); everything else in the SDK only ever sees a redacting `TokenSet`.
 */
export interface StoredTokens {
  /** The access token. */
  accessToken: string;
  /** The refresh (or offline) token, if the grant gave one. */
  refreshToken?: string | undefined;
  /** Epoch milliseconds. */
  expiresAt: number;
  /** Epoch milliseconds; absent when the refresh token has no known expiry (offline tokens). */
  refreshExpiresAt?: number | undefined;
  /** Epoch milliseconds when the tokens were issued to us. */
  obtainedAt: number;
  /** The token type, normally "Bearer". */
  tokenType: string;
  /** The granted scopes, space-separated. */
  scope?: string | undefined;
  /** The OpenID Connect ID token, if the grant gave one. */
  idToken?: string | undefined;
}

export const storedTokensSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.optional(z.string()),
  expiresAt: z.number(),
  refreshExpiresAt: z.optional(z.number()),
  obtainedAt: z.number(),
  tokenType: z.string(),
  scope: z.optional(z.string()),
  idToken: z.optional(z.string()),
});
