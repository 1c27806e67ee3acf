// Upstream's realm role catalogue (behaviour.md §1.7): four components × read/write/admin.
/**
 * Upstream's realm roles: `entity-registry`, `sys-admin`, `job-service` and `handle`, each with
 * `-read`, `-write` and `-admin`. The default `admin` user holds all of them.
 */
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

/** One of the {@link REALM_ROLE_CATALOGUE} role names. */
export type CatalogueRole = (typeof REALM_ROLE_CATALOGUE)[number];
