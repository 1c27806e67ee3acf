import { discoverEndpoints } from "../discovery.js";
import { keycloakEndpoints, keycloakIssuer, normaliseIssuer, type OidcEndpoints } from "../endpoints.js";
import { AuthConfigurationError } from "../errors/auth-error.js";
import type { FetchLike } from "./fetch-json.js";

/**
 * Where the identity provider is. Give exactly one of `issuer`, `domain` + `realm`, or
 * `endpoints`. Keycloak's endpoint layout is assumed unless `discovery: true`.
 */
export interface IdentityProviderOptions {
  /** The issuer / Keycloak realm URL, e.g. `http://127.0.0.1:8080/auth/realms/provena`. */
  issuer?: string | undefined;
  /** A Provena domain; the issuer becomes `https://auth.{domain}/auth/realms/{realm}`. */
  domain?: string | undefined;
  /** The Keycloak realm (with `domain`). */
  realm?: string | undefined;
  /** Explicit endpoints, for a non-Keycloak server without discovery. */
  endpoints?: OidcEndpoints | undefined;
  /** Read `{issuer}/.well-known/openid-configuration` (cached per issuer) instead of assuming Keycloak's layout. */
  discovery?: boolean | undefined;
  /** A custom `fetch` (proxies, logging, tests). Defaults to the global one. */
  fetch?: FetchLike | undefined;
  /** Per-request timeout for identity provider calls, in ms (default 30 000). */
  timeoutMs?: number | undefined;
}

/** The issuer named by the options, validated, without any network request. */
export function issuerFrom(options: IdentityProviderOptions): string {
  const given = [options.issuer !== undefined, options.domain !== undefined, options.endpoints !== undefined].filter(Boolean);
  if (given.length !== 1) {
    throw new AuthConfigurationError(
      "Say where the identity provider is with exactly one of: issuer, domain + realm, or endpoints.",
    );
  }
  if (options.endpoints !== undefined) return normaliseIssuer(options.endpoints.issuer);
  if (options.issuer !== undefined) return normaliseIssuer(options.issuer);
  if (options.realm === undefined) throw new AuthConfigurationError("`domain` needs a `realm` as well.");
  return keycloakIssuer({ domain: options.domain!, realm: options.realm });
}

/** Resolves the endpoints: explicit, discovered, or Keycloak's layout under the issuer. */
export function resolveEndpoints(options: IdentityProviderOptions, signal?: AbortSignal): Promise<OidcEndpoints> {
  if (options.endpoints !== undefined) return Promise.resolve(options.endpoints);
  const issuer = issuerFrom(options);
  if (options.discovery === true) {
    return discoverEndpoints(issuer, { fetch: options.fetch, signal, timeoutMs: options.timeoutMs });
  }
  return Promise.resolve(keycloakEndpoints(issuer));
}
