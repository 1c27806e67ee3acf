// The token requests the providers share.
import type { Clock } from "../clock.js";
import type { OAuthClient } from "../oauth/oauth-client.js";
import { TokenSet } from "../token-set.js";

export async function refreshGrant(client: OAuthClient, refreshToken: string, clock: Clock, signal: AbortSignal): Promise<TokenSet> {
  const response = await client.requestToken({ grant_type: "refresh_token", refresh_token: refreshToken }, signal);
  return TokenSet.fromResponse(response, clock.now());
}

/** Joins scopes, adding `offline_access` when asked, without duplicates. */
export function joinScopes(scope: string | undefined, offline: boolean): string | undefined {
  const scopes = new Set((scope ?? "").split(/\s+/).filter((s) => s !== ""));
  if (offline) scopes.add("offline_access");
  return scopes.size === 0 ? undefined : [...scopes].join(" ");
}
