// Synchronous model run validation (behaviour.md §4.2): every referenced id is fetched through
// the registry's typed fetch with the caller's rights (seeds refused). A registry 401 is passed
// through, any other registry error is a 500, and every rule failure is a 400.
import type { ModelRunRecord, TemplatedDataset } from "@provena-sdk/models/prov";
import { detailReply, type Reply } from "../../http/reply.js";
import type { ServiceContext } from "../context.js";
import type { AccessSubject } from "../registry/access.js";
import { fetchItem } from "../registry/read-ops.js";
import { subtypeDefinition } from "../registry/subtypes.js";
import type { StoredItem } from "../registry/tables.js";

export type Checked<T> = { ok: true; value: T } | { ok: false; reply: Reply };

const invalid = (error: string): { ok: false; reply: Reply } => ({ ok: false, reply: detailReply(400, `Failed to validate an entity's ID in the record, error: ${error}`) });

/** A complete item of `subtype` as the caller may read it, through the registry's fetch. */
export function fetchAs(context: ServiceContext, subject: AccessSubject, subtype: string, id: string, label: string): Checked<StoredItem> {
  const def = subtypeDefinition(subtype);
  if (def === undefined) throw new Error(`No served subtype ${subtype}`);
  const reply = fetchItem(context, def, subject, id, false);
  if (reply.status === 401) return { ok: false, reply };
  if (reply.status !== 200) return { ok: false, reply: detailReply(500, `The registry answered ${reply.status} when fetching ${label} ${id}.`) };
  const body = reply.json as { status: { success: boolean; details: string }; item?: StoredItem | null };
  if (!body.status.success || body.item == null) return invalid(`${label} (id ${id}) is not a valid ${subtype}: ${body.status.details}`);
  return { ok: true, value: body.item };
}

interface TemplateRef {
  readonly template_id: string;
  readonly optional?: boolean;
}

interface DeferredResource {
  readonly key: string;
  readonly optional?: boolean;
}

/** What a valid record resolves to: the workflow template item (for the graph's model node). */
export interface ValidRecord {
  readonly workflowTemplate: StoredItem;
}

function templatesOf(item: StoredItem, side: "input_templates" | "output_templates"): TemplateRef[] {
  return Array.isArray(item[side]) ? (item[side] as TemplateRef[]) : [];
}

function checkSide(
  context: ServiceContext,
  subject: AccessSubject,
  side: "input" | "output",
  provided: readonly TemplatedDataset[],
  expected: readonly TemplateRef[],
  templates: ReadonlyMap<string, StoredItem>,
): Checked<undefined> {
  const known = new Set(expected.map((t) => t.template_id));
  for (const dataset of provided) {
    if (!known.has(dataset.dataset_template_id)) {
      return invalid(`The ${side} dataset ${dataset.dataset_id} names dataset template ${dataset.dataset_template_id}, which is not an ${side} template of the workflow template.`);
    }
  }
  for (const template of expected) {
    if (template.optional === true) continue;
    if (!provided.some((d) => d.dataset_template_id === template.template_id)) {
      return invalid(`The workflow template requires an ${side} dataset for dataset template ${template.template_id}, but none was provided.`);
    }
  }
  for (const dataset of provided) {
    const fetched = fetchAs(context, subject, "DATASET", dataset.dataset_id, `${side} dataset`);
    if (!fetched.ok) return fetched;
    const template = templates.get(dataset.dataset_template_id);
    const deferred = Array.isArray(template?.deferred_resources) ? (template.deferred_resources as DeferredResource[]) : [];
    const keys = Object.keys(dataset.resources ?? {});
    const allowed = new Set(deferred.map((r) => r.key));
    const extra = keys.filter((key) => !allowed.has(key));
    if (extra.length > 0) return invalid(`The ${side} dataset ${dataset.dataset_id} provides resources ${extra.join(", ")} that its template ${dataset.dataset_template_id} does not defer.`);
    const absent = deferred.filter((r) => r.optional !== true && !keys.includes(r.key)).map((r) => r.key);
    if (absent.length > 0) return invalid(`The ${side} dataset ${dataset.dataset_id} is missing the deferred resources ${absent.join(", ")} its template ${dataset.dataset_template_id} requires.`);
  }
  return { ok: true, value: undefined };
}

export function validateRecord(context: ServiceContext, subject: AccessSubject, record: ModelRunRecord): Checked<ValidRecord> {
  if (typeof record.study_id === "string") {
    const study = fetchAs(context, subject, "STUDY", record.study_id, "study");
    if (!study.ok) return study;
  }
  const workflow = fetchAs(context, subject, "MODEL_RUN_WORKFLOW_TEMPLATE", record.workflow_template_id, "workflow template");
  if (!workflow.ok) return workflow;
  const inputs = templatesOf(workflow.value, "input_templates");
  const outputs = templatesOf(workflow.value, "output_templates");
  const templates = new Map<string, StoredItem>();
  for (const ref of [...inputs, ...outputs]) {
    if (templates.has(ref.template_id)) continue;
    const template = fetchAs(context, subject, "DATASET_TEMPLATE", ref.template_id, "dataset template");
    if (!template.ok) return template;
    templates.set(ref.template_id, template.value);
  }
  for (const [side, provided, expected] of [
    ["input", record.inputs, inputs],
    ["output", record.outputs, outputs],
  ] as const) {
    const checked = checkSide(context, subject, side, provided, expected, templates);
    if (!checked.ok) return checked;
  }
  const software = workflow.value.software_id;
  if (typeof software !== "string") return invalid(`The workflow template ${record.workflow_template_id} names no software_id.`);
  const model = fetchAs(context, subject, "MODEL", software, "model (software_id of the workflow template)");
  if (!model.ok) return model;
  const modeller = fetchAs(context, subject, "PERSON", record.associations.modeller_id, "modeller");
  if (!modeller.ok) return modeller;
  const organisation = record.associations.requesting_organisation_id;
  if (typeof organisation === "string") {
    const checked = fetchAs(context, subject, "ORGANISATION", organisation, "requesting organisation");
    if (!checked.ok) return checked;
  }
  const annotations = workflow.value.annotations as { required?: string[] } | undefined;
  const missing = (annotations?.required ?? []).filter((key) => record.annotations == null || !Object.hasOwn(record.annotations, key));
  if (missing.length > 0) return invalid(`The workflow template requires the annotations ${missing.join(", ")}, which the record does not provide.`);
  return { ok: true, value: { workflowTemplate: workflow.value } };
}
