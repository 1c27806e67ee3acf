// The one table the per-subtype routes are generated from (behaviour.md §2.1): where each
// subtype lives, which route set it gets, whether it versions, whether writes need a Person
// link, its default general roles and the item roles it offers.
import type { RegistrySubtype } from "@provena-sdk/models/registry";

/** STANDARD, READ_ONLY (no plain writes) or SERVICE_PROXY (writes only through proxy routes). */
export type RouteSet = "STANDARD" | "READ_ONLY" | "SERVICE_PROXY";

export const METADATA_ROLES = ["metadata-read", "metadata-write", "admin"] as const;
export const DATASET_ROLES = ["metadata-read", "metadata-write", "admin", "dataset-data-read", "dataset-data-write"] as const;

export interface SubtypeDefinition {
  readonly subtype: RegistrySubtype;
  readonly category: "AGENT" | "ENTITY" | "ACTIVITY";
  /** Route prefix relative to the service root. */
  readonly prefix: string;
  readonly routeSet: RouteSet;
  /** Items carry `versioning_info`; create and seed→complete spawn a create-activity job. */
  readonly versioned: boolean;
  /** Which version route exists: plain `/version`, `/proxy/version`, or none. */
  readonly versionRoute: "plain" | "proxy" | "none";
  /** Seed/create/update/revert/version need a username → Person link. */
  readonly linkEnforced: boolean;
  /** The service role the proxy write routes require (besides entity-registry-admin). */
  readonly proxyWriteRole?: "data-store-api" | "prov-api";
  readonly defaultGeneralRoles: readonly string[];
  readonly availableRoles: readonly string[];
}

/** A subtype with the defaults most share: standard routes, metadata roles, no versioning. */
const subtype = (
  category: SubtypeDefinition["category"],
  name: RegistrySubtype,
  path: string,
  extra: Partial<SubtypeDefinition> = {},
): SubtypeDefinition => ({
  subtype: name,
  category,
  prefix: `/registry/${category.toLowerCase()}/${path}`,
  routeSet: "STANDARD",
  versioned: false,
  versionRoute: "none",
  linkEnforced: true,
  defaultGeneralRoles: ["metadata-read"],
  availableRoles: METADATA_ROLES,
  ...extra,
});

const agent = (name: RegistrySubtype, path: string): SubtypeDefinition => subtype("AGENT", name, path, { linkEnforced: false });
const entity = (name: RegistrySubtype, path: string, extra: Partial<SubtypeDefinition> = {}): SubtypeDefinition =>
  subtype("ENTITY", name, path, { versioned: true, versionRoute: "plain", ...extra });
const activity = (name: RegistrySubtype, path: string, extra: Partial<SubtypeDefinition> = {}): SubtypeDefinition => subtype("ACTIVITY", name, path, extra);

export const SUBTYPES: readonly SubtypeDefinition[] = [
  agent("ORGANISATION", "organisation"),
  agent("PERSON", "person"),
  entity("MODEL", "model"),
  entity("MODEL_RUN_WORKFLOW_TEMPLATE", "model_run_workflow"),
  entity("DATASET_TEMPLATE", "dataset_template"),
  entity("DATASET", "dataset", {
    routeSet: "SERVICE_PROXY",
    versionRoute: "proxy",
    proxyWriteRole: "data-store-api",
    defaultGeneralRoles: ["metadata-read", "dataset-data-read"],
    availableRoles: DATASET_ROLES,
  }),
  activity("STUDY", "study"),
  activity("CREATE", "create", { routeSet: "READ_ONLY" }),
  activity("VERSION", "version", { routeSet: "READ_ONLY" }),
  activity("MODEL_RUN", "model_run", { routeSet: "SERVICE_PROXY", linkEnforced: false, proxyWriteRole: "prov-api" }),
];

const BY_SUBTYPE = new Map<string, SubtypeDefinition>(SUBTYPES.map((def) => [def.subtype, def]));

/** The definition of a served subtype, or undefined for abstract/unknown ones. */
export function subtypeDefinition(subtype: string): SubtypeDefinition | undefined {
  return BY_SUBTYPE.get(subtype);
}
