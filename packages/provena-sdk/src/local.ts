// Where `provena-local` lives by default, and its one-origin layout: each service under
// `/<its subdomain>`, the realm under `/auth/realms/<realm>` (kept in step with the local server).
import { SERVICE_NAMES, SERVICE_SUBDOMAINS, type ServiceEndpoints } from "@provena-sdk/http-core";

/** provena-local's default port (`provena-local --port 0` picks a free one instead). */
export const DEFAULT_LOCAL_PORT = 8790;
/** Where `provena-local` listens by default: `http://127.0.0.1:8790`. */
export const DEFAULT_LOCAL_ORIGIN = `http://127.0.0.1:${DEFAULT_LOCAL_PORT}`;
/** The Keycloak realm used when none is given, as upstream's deployments name it. */
export const DEFAULT_REALM = "provena";

/**
 * The endpoint of every service on a `provena-local` at `origin`: each under `/<its subdomain>`,
 * e.g. `http://127.0.0.1:8790/registry`.
 */
export function localEndpoints(origin: string): ServiceEndpoints {
  const out = {} as ServiceEndpoints;
  for (const service of SERVICE_NAMES) out[service] = `${origin}/${SERVICE_SUBDOMAINS[service]}`;
  return out;
}

/** The issuer URL of `realm` on a `provena-local` at `origin` (`<origin>/auth/realms/<realm>`). */
export function localIssuer(origin: string, realm: string): string {
  return `${origin}/auth/realms/${encodeURIComponent(realm)}`;
}
