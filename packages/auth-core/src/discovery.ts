import type { OidcEndpoints } from "./endpoints.js";
import { normaliseIssuer } from "./endpoints.js";
import { IdentityProviderError } from "./errors/oauth-error.js";
import { isRealmMissing, issuerNotFound, realmNotFound } from "./oauth/not-found.js";
import { discoveryDocumentSchema, oauthErrorSchema } from "./oauth/schemas.js";
import { safeUrl, sanitizeServerText } from "./redact.js";
import { fetchJson, type FetchLike } from "./oauth/fetch-json.js";

/** Options of {@link discoverEndpoints}. */
export interface DiscoveryOptions {
  /** The fetch to use (default: the global fetch). */
  fetch?: FetchLike | undefined;
  /** Aborts the discovery request. */
  signal?: AbortSignal | undefined;
  /** Gives up on the discovery document after this many milliseconds. */
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
  if (reply.status === 404) {
    const said = oauthErrorSchema.safeParse(reply.body);
    const description = said.success && said.data.error_description !== undefined ? sanitizeServerText(said.data.error_description) : undefined;
    const details = said.success ? { code: sanitizeServerText(said.data.error), description, status: 404, url: safeUrl(url) } : undefined;
    throw details !== undefined && isRealmMissing(details) ? realmNotFound(details, issuer) : issuerNotFound(issuer, "GET", url);
  }
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
