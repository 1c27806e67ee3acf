// Where each service lives: `https://{subdomain}.{domain}`, or a per-service override (the local
// server, a proxy, a staging host). An override always wins.
import { ConfigurationError } from "./errors/usage-errors.js";
import { SERVICE_NAMES, SERVICE_SUBDOMAINS } from "./services.js";
import type { ServiceEndpoints, ServiceName } from "./services.js";

/** Where the services are: a domain, per-service base URLs, or both (see {@link resolveEndpoints}). */
export interface EndpointOptions {
  /** The Provena deployment's domain, e.g. "mds.gbrrestoration.org" (no scheme). */
  domain?: string | undefined;
  /** Base URL per service; these win over the ones derived from `domain`. */
  endpoints?: Partial<ServiceEndpoints> | undefined;
}

/** Every service's base URL for a domain: `https://{sub}.{domain}`. */
export function deriveEndpoints(domain: string): ServiceEndpoints {
  const bare = checkDomain(domain);
  const out = {} as ServiceEndpoints;
  for (const service of SERVICE_NAMES) out[service] = `https://${SERVICE_SUBDOMAINS[service]}.${bare}`;
  return out;
}

/**
 * The endpoint map from a domain and/or overrides. A service with neither is still a key of
 * the result, but as a non-enumerable getter that throws a ConfigurationError naming the
 * service, so a client that only talks to some services (or only to absolute URLs) can be
 * configured with just those. `Object.keys`, spreading and JSON show only configured ones.
 */
export function resolveEndpoints(options: EndpointOptions): ServiceEndpoints {
  const derived = options.domain === undefined ? undefined : deriveEndpoints(options.domain);
  const out = {} as ServiceEndpoints;
  for (const service of SERVICE_NAMES) {
    const override = options.endpoints?.[service];
    const url = override === undefined ? derived?.[service] : checkBaseUrl(service, override);
    if (url !== undefined) {
      Object.defineProperty(out, service, { value: url, enumerable: true });
    } else {
      Object.defineProperty(out, service, {
        enumerable: false,
        get: () => {
          throw new ConfigurationError(
            `No endpoint for the ${service} service: pass \`domain\` (giving https://${SERVICE_SUBDOMAINS[service]}.<domain>) or \`endpoints.${service}\``,
          );
        },
      });
    }
  }
  return Object.freeze(out);
}

/** True when `endpoints` has a URL for `service` (reading a missing one throws). */
export function hasEndpoint(endpoints: ServiceEndpoints, service: ServiceName): boolean {
  return Object.prototype.propertyIsEnumerable.call(endpoints, service);
}

/** The configured subset, safe to spread or serialise. */
export function configuredEndpoints(endpoints: ServiceEndpoints): Partial<ServiceEndpoints> {
  return { ...endpoints };
}

/** `base` + `path` with exactly one slash between them. */
export function joinUrl(base: string, path: string): string {
  if (path === "") return base;
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

function checkDomain(domain: string): string {
  const bare = domain.trim().replace(/\.+$/, "");
  if (bare === "" || /[/:\s]/.test(bare)) {
    throw new ConfigurationError(`Invalid Provena domain "${domain}": pass the bare domain, e.g. "mds.gbrrestoration.org", without a scheme or path`);
  }
  return bare;
}

function checkBaseUrl(service: ServiceName, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new ConfigurationError(`Invalid endpoint for the ${service} service: "${url}" is not an absolute URL`, { cause });
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new ConfigurationError(`Invalid endpoint for the ${service} service: "${url}" must use http or https`);
  }
  return url.replace(/\/+$/, "");
}
