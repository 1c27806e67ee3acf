// upstream's custom validators (behaviour.md §2.4), run after the model parses: each failure
// is a soft failure, `{"status":{"success":false,"details":"Validation Error: …"}}`. They read
// referenced items straight from the table, without access checks, as upstream does.
import type { RegistryStore } from "./registry-store.js";
import { checkEwkt } from "./ewkt.js";

type Domain = Readonly<Record<string, unknown>>;

/** A referenced id must be an existing, complete item of `expected`; else the reason. */
function referenceProblem(store: RegistryStore, id: string, expected: string, label: string): string | undefined {
  const item = store.item(id);
  if (item === undefined) return `Could not find ${label} with ID ${id} in registry.`;
  if (item.record_type === "SEED_ITEM") return `Seed items (${id}) are not allowed as ${label}. Complete the item first.`;
  if (item.item_subtype !== expected) {
    return `Mismatch between expected item types for ${label} ${id}: expected ${expected}, found ${item.item_subtype}.`;
  }
  return undefined;
}

function workflowTemplateProblem(store: RegistryStore, domain: Domain): string | undefined {
  const software = domain.software_id;
  if (typeof software === "string") {
    const problem = referenceProblem(store, software, "MODEL", "Software ID");
    if (problem !== undefined) return problem;
  }
  for (const side of ["input_templates", "output_templates"] as const) {
    const list = Array.isArray(domain[side]) ? (domain[side] as { template_id?: unknown }[]) : [];
    for (const template of list) {
      if (typeof template.template_id !== "string") continue;
      const problem = referenceProblem(store, template.template_id, "DATASET_TEMPLATE", "Dataset Template ID");
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}

function datasetProblem(store: RegistryStore, domain: Domain): string | undefined {
  const cf = domain.collection_format as
    | {
        associations?: { organisation_id?: unknown; data_custodian_id?: unknown };
        dataset_info?: { publisher_id?: unknown; spatial_info?: { coverage?: unknown; extent?: unknown } | null };
      }
    | undefined;
  const checks: [unknown, string, string][] = [
    [cf?.associations?.organisation_id, "ORGANISATION", "Record Creator Organisation"],
    [cf?.dataset_info?.publisher_id, "ORGANISATION", "Publisher"],
    [cf?.associations?.data_custodian_id, "PERSON", "Dataset Custodian"],
  ];
  for (const [id, expected, label] of checks) {
    if (typeof id !== "string") continue;
    const problem = referenceProblem(store, id, expected, label);
    if (problem !== undefined) return problem;
  }
  const spatial = cf?.dataset_info?.spatial_info;
  for (const field of ["coverage", "extent"] as const) {
    const value = spatial?.[field];
    if (typeof value !== "string") continue;
    const check = checkEwkt(value);
    if (!check.ok) return `Spatial ${field} "${value}" is not valid EWKT: ${check.reason}.`;
  }
  return undefined;
}

/** The soft-failure details for `domain`, or undefined when it passes. */
export function customValidationFailure(store: RegistryStore, subtype: string, domain: Domain): string | undefined {
  let problem: string | undefined;
  if (subtype === "PERSON" && domain.ethics_approved !== true) {
    problem = "Please ensure mandatory ethics consent is obtained before registering a Person (ethics_approved must be true).";
  } else if (subtype === "MODEL_RUN_WORKFLOW_TEMPLATE") {
    problem = workflowTemplateProblem(store, domain);
  } else if (subtype === "DATASET") {
    problem = datasetProblem(store, domain);
  }
  return problem === undefined ? undefined : `Validation Error: ${problem}`;
}
