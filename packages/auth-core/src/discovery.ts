import type { OidcEndpoints } from "./endpoints.js";
import { normaliseIssuer } from "./endpoints.js";
import { IdentityProviderError } from "./errors/oauth-error.js";
import { discoveryDocumentSchema } from "./oauth/schemas.js";
import { fetchJson, type FetchLike } from "./oauth/fetch-json.js";

export interface DiscoveryOptions {
  fetch?: FetchLike | undefined;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  /** Reuse an earlier answer for the same issuer (default true). */
  cache?: boolean | undefined;
}

// One discovery per issuer per process; failures are not cached so the next call retries.
const cache = new Map<string, Promise<OidcEndpoints>>();

/** Reads `{issuer}/.well-known/openid-configuration` and returns the endpoints it names. */
export function discoverEndpoints(issuer: string, options: DiscoveryOptions = {}): Promise<OidcEndpoints> {
  const base = normaliseIssuer(issuer);
  const useCache = options.cache ?? true;
  const cached = useCache ? cache.get(base) : undefined;
  if (cached !== undefined) return cached;
  const pending = fetchDiscovery(base, options);
  if (useCache) {
    cache.set(base, pending);
    pending.catch(() => cache.delete(base));
  }
  return pending;
}

/** Forgets cached discovery documents (all, or one issuer's). */
export function clearDiscoveryCache(issuer?: string): void {
  if (issuer === undefined) cache.clear();
  else cache.delete(normaliseIssuer(issuer));
}

async function fetchDiscovery(issuer: string, options: DiscoveryOptions): Promise<OidcEndpoints> {
  const url = `${issuer}/.well-known/openid-configuration`;
  const reply = await fetchJson(url, {
    fetch: options.fetch ?? globalThis.fetch,
    method: "GET",
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? 30_000,
  });
  const parsed = discoveryDocumentSchema.safeParse(reply.body);
  if (reply.status !== 200 || !parsed.success) {
    throw new IdentityProviderError(
      `OIDC discovery failed: GET ${url} returned HTTP ${reply.status}${parsed.success ? "" : " without a valid discovery document"}.`,
      { url, status: reply.status },
    );
  }
  const doc = parsed.data;
  return {
    issuer: doc.issuer.replace(/\/+$/, ""),
    token: doc.token_endpoint,
    // Keycloak always serves it here even when older versions omit it from discovery.
    deviceAuthorization: doc.device_authorization_endpoint ?? `${issuer}/protocol/openid-connect/auth/device`,
    jwks: doc.jwks_uri,
    userinfo: doc.userinfo_endpoint,
    revocation: doc.revocation_endpoint,
    endSession: doc.end_session_endpoint,
  };
}
