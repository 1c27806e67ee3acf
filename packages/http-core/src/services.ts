// The Provena services and the subdomain each is served from (`https://<sub>.<domain>`). The
// local server mounts each under `/<sub>` on one origin.
/**
 * The subdomain each Provena service is served from on a deployment's domain
 * (`https://{subdomain}.{domain}`), as {@link deriveEndpoints} uses it.
 */
export const SERVICE_SUBDOMAINS = {
  /** The data store API (datasets, files, credentials): `data-api`. */
  datastore: "data-api",
  /** The entity registry API (people, organisations, models, datasets, …): `registry-api`. */
  registry: "registry-api",
  /** The provenance API (model runs, lineage): `prov-api`. */
  prov: "prov-api",
  /** The auth API (access requests, groups, user links): `auth-api`. */
  auth: "auth-api",
  /** The search API (full-text search over registry items): `search`. */
  search: "search",
  /** The job API (async job status): `job-api`. */
  jobs: "job-api",
  /** The handle service (persistent identifiers): `handle`. */
  handle: "handle",
} as const;

/** The name a service goes by in the SDK (`"registry"`, `"datastore"`, …): an {@link Operation}'s `service` and a key of {@link ServiceEndpoints}. */
export type ServiceName = keyof typeof SERVICE_SUBDOMAINS;
/** Every {@link ServiceName}, in a fixed order. */
export const SERVICE_NAMES = /* @__PURE__ */ Object.keys(SERVICE_SUBDOMAINS) as ServiceName[];

/** Base URL of every service, no trailing slash. */
export type ServiceEndpoints = Record<ServiceName, string>;
