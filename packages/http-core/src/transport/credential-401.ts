// Provena answers 401 both for a bad token and for item-level refusals and locks (behaviour.md
// §1.2). Only the first is fixed by a new token, so only it earns a refresh-and-retry.
import { isRecord } from "../errors/server-message.js";

// The token-validation details of upstream's KeycloakFastAPI dependencies.
const CREDENTIAL_DETAILS: ReadonlySet<string> = new Set(["Not authenticated", "Could not validate credentials", "Token had incorrect structure."]);

/** Treat a token this close to its `exp` as the likely cause of a 401. */
const NEAR_EXPIRY_MS = 30_000;

/**
 * True when a 401 is about the credentials: one of upstream's token-validation details, a
 * `WWW-Authenticate` challenge naming an error (RFC 6750 §3), or a sent token at or near expiry.
 */
export function isCredentialFailure(body: unknown, wwwAuthenticate: string | null, sentToken: string | undefined, now = Date.now()): boolean {
  const detail = isRecord(body) ? body["detail"] : undefined;
  if (typeof detail === "string" && CREDENTIAL_DETAILS.has(detail.trim())) return true;
  if (wwwAuthenticate !== null && /\berror\s*=/i.test(wwwAuthenticate)) return true;
  if (sentToken === undefined) return false;
  const exp = jwtExpiry(sentToken);
  return exp !== undefined && exp - now <= NEAR_EXPIRY_MS;
}

/** A JWT's `exp` in epoch ms (read without verifying), or undefined for opaque tokens and JWTs without one. */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split(".")[1];
  if (payload === undefined) return undefined;
  try {
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/")));
    return isRecord(claims) && typeof claims["exp"] === "number" ? claims["exp"] * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** The sent token's `exp` as an ISO date when it had already passed at `now`, else undefined. */
export function expiredAt(sentToken: string | undefined, now = Date.now()): string | undefined {
  const exp = sentToken === undefined ? undefined : jwtExpiry(sentToken);
  return exp !== undefined && exp <= now ? new Date(exp).toISOString() : undefined;
}

/** What a 401 to a request sent without a token should tell the user. */
export function noTokenNote(hasProvider: boolean): string {
  return hasProvider
    ? "no token was sent: the operation was called with auth: false"
    : "no token was sent: this client has no token provider. Give one as `tokenProvider` (e.g. offlineToken() or deviceFlow() from @provena-sdk/auth-core), or use createProvenaClient from provena-sdk with `auth`, `offlineToken` or the PROVENA_* environment variables";
}

/** What a 401 for an expired token should tell the user. */
export function expiredNote(at: string, refreshed: boolean): string {
  const tried = refreshed ? "the token provider gave no fresher one when asked to refresh" : "the token provider did not renew it";
  return `the access token expired at ${at} and ${tried}: a fixed access token cannot be renewed, so use a refreshing provider (offlineToken(), deviceFlow(), clientCredentials() from @provena-sdk/auth-core) or log in again`;
}
