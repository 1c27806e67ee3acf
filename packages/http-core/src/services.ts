// The Provena services and the subdomain each is served from (`https://<sub>.<domain>`). The
// local server mounts each under `/<sub>` on one origin.
export const SERVICE_SUBDOMAINS = {
  datastore: "data-api",
  registry: "registry-api",
  prov: "prov-api",
  auth: "auth-api",
  search: "search",
  jobs: "job-api",
  handle: "handle",
} as const;

export type ServiceName = keyof typeof SERVICE_SUBDOMAINS;
export const SERVICE_NAMES = /* @__PURE__ */ Object.keys(SERVICE_SUBDOMAINS) as ServiceName[];

/** Base URL of every service, no trailing slash. */
export type ServiceEndpoints = Record<ServiceName, string>;
