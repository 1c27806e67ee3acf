// Where everything lives on the one origin: each service under `/<its real subdomain>`,
// Keycloak under `/auth/realms/<realm>`.
import { SERVICE_NAMES, SERVICE_SUBDOMAINS, type ServiceEndpoints, type ServiceName } from "@provena-sdk/http-core";

/** The realm name used when the `realm` option is not given. */
export const DEFAULT_REALM = "provena";

/** Path prefix of a service on the local origin, e.g. `/registry-api`. */
export function servicePrefix(service: ServiceName): string {
  return `/${SERVICE_SUBDOMAINS[service]}`;
}

/** Every service's base URL on `origin` (no trailing slash), ready for the SDK's `endpoints`. */
export function localEndpoints(origin: string): ServiceEndpoints {
  const base = origin.replace(/\/+$/, "");
  const out = {} as ServiceEndpoints;
  for (const service of SERVICE_NAMES) out[service] = `${base}${servicePrefix(service)}`;
  return out;
}

/** The realm's issuer URL on `origin`, e.g. `http://127.0.0.1:4000/auth/realms/provena`. */
export function localIssuer(origin: string, realm: string = DEFAULT_REALM): string {
  return `${origin.replace(/\/+$/, "")}/auth/realms/${encodeURIComponent(realm)}`;
}
