// Upstream's realm role catalogue (behaviour.md §1.7): four components × read/write/admin.
export const REALM_ROLE_CATALOGUE = [
  "entity-registry-read",
  "entity-registry-write",
  "entity-registry-admin",
  "sys-admin-read",
  "sys-admin-write",
  "sys-admin-admin",
  "job-service-read",
  "job-service-write",
  "job-service-admin",
  "handle-read",
  "handle-write",
  "handle-admin",
] as const;

export type CatalogueRole = (typeof REALM_ROLE_CATALOGUE)[number];
