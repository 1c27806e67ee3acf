// The one table every subtype client is built from (behaviour.md §2.1): the client's property
// name → the registry subtype, its route prefix, its route set and where its version route is.
// Both the runtime builder and the types (which methods exist) read this table, so a subtype
// gets exactly the actions its routes have and a missing one is a compile error.
import type { RegistrySubtype } from "@provena-sdk/models/registry";

/** STANDARD: plain seed/create/update/revert. READ_ONLY: none of them. SERVICE_PROXY: only through `proxy(user)`. */
export type RouteSet = "STANDARD" | "READ_ONLY" | "SERVICE_PROXY";

/** One row of {@link SUBTYPE_TABLE}: where a subtype's routes are and which of them exist. */
export interface SubtypeEntry {
  /** The registry's name for the subtype (`item_subtype`), e.g. `"MODEL_RUN_WORKFLOW_TEMPLATE"`. */
  readonly subtype: RegistrySubtype;
  /** Route prefix relative to the registry service root. */
  readonly prefix: string;
  /** Which write routes exist, and whether directly or through `proxy(user)`: see {@link RouteSet}. */
  readonly routes: RouteSet;
  /** Which version route exists: `/version`, `/proxy/version`, or none. */
  readonly versionRoute: "plain" | "proxy" | "none";
  /** Items carry `versioning_info`; create and seed→complete update spawn a create-activity job. */
  readonly versioned: boolean;
  /** Has `{P}/user/releases`, the datasets a reviewer is asked to release (DATASET only upstream). */
  readonly releaseReviews: boolean;
}

// One row per subtype, so a program that builds one subtype client bundles only its row.
export const organisation = { subtype: "ORGANISATION", prefix: "/registry/agent/organisation", routes: "STANDARD", versionRoute: "none", versioned: false, releaseReviews: false } as const satisfies SubtypeEntry;
export const person = { subtype: "PERSON", prefix: "/registry/agent/person", routes: "STANDARD", versionRoute: "none", versioned: false, releaseReviews: false } as const satisfies SubtypeEntry;
export const model = { subtype: "MODEL", prefix: "/registry/entity/model", routes: "STANDARD", versionRoute: "plain", versioned: true, releaseReviews: false } as const satisfies SubtypeEntry;
export const workflowTemplate = { subtype: "MODEL_RUN_WORKFLOW_TEMPLATE", prefix: "/registry/entity/model_run_workflow", routes: "STANDARD", versionRoute: "plain", versioned: true, releaseReviews: false } as const satisfies SubtypeEntry;
export const datasetTemplate = { subtype: "DATASET_TEMPLATE", prefix: "/registry/entity/dataset_template", routes: "STANDARD", versionRoute: "plain", versioned: true, releaseReviews: false } as const satisfies SubtypeEntry;
export const dataset = { subtype: "DATASET", prefix: "/registry/entity/dataset", routes: "SERVICE_PROXY", versionRoute: "proxy", versioned: true, releaseReviews: true } as const satisfies SubtypeEntry;
export const study = { subtype: "STUDY", prefix: "/registry/activity/study", routes: "STANDARD", versionRoute: "none", versioned: false, releaseReviews: false } as const satisfies SubtypeEntry;
// Read-only clients of the CREATE and VERSION activity items a create or version registers;
// named so they cannot be mistaken for the `create`/`version` actions of the other subtypes.
export const createActivity = { subtype: "CREATE", prefix: "/registry/activity/create", routes: "READ_ONLY", versionRoute: "none", versioned: false, releaseReviews: false } as const satisfies SubtypeEntry;
export const versionActivity = { subtype: "VERSION", prefix: "/registry/activity/version", routes: "READ_ONLY", versionRoute: "none", versioned: false, releaseReviews: false } as const satisfies SubtypeEntry;
export const modelRun = { subtype: "MODEL_RUN", prefix: "/registry/activity/model_run", routes: "SERVICE_PROXY", versionRoute: "none", versioned: false, releaseReviews: false } as const satisfies SubtypeEntry;

/**
 * The ten registry subtypes with routes, under the names of their `RegistryClient` properties:
 * each row's subtype, route prefix, route set, version route, whether items are versioned and
 * whether it has the release-review listing (as upstream's registry routes them). Both the clients and their
 * types are built from it.
 */
export const SUBTYPE_TABLE = { organisation, person, model, workflowTemplate, datasetTemplate, dataset, study, createActivity, versionActivity, modelRun } as const satisfies Record<string, SubtypeEntry>;

/** The property names of the subtype clients on `RegistryClient`. */
export type SubtypeKey = keyof typeof SUBTYPE_TABLE;

/** The keys of {@link SUBTYPE_TABLE} in table order: `["organisation", "person", …, "modelRun"]`. */
export const SUBTYPE_KEYS = /* @__PURE__ */ Object.keys(SUBTYPE_TABLE) as SubtypeKey[];
