// The bulk CSV's columns for one workflow template (behaviour.md §4.7), and the conversions both
// ways: a row to a ModelRunRecord, a record (and its lodge job) to a row. Templates are resolved
// through the registry with the caller's rights.
import type { JobStatusTable } from "@provena-sdk/models/jobs";
import type { ModelRunRecord, TemplatedDataset } from "@provena-sdk/models/prov";
import { detailReply } from "../../../http/reply.js";
import type { ServiceContext } from "../../context.js";
import type { AccessSubject } from "../../registry/access.js";
import type { StoredItem } from "../../registry/tables.js";
import { fetchAs, type Checked } from "../validate-record.js";
import { epochToIso, isoToEpoch } from "./times.js";

export const WORKFLOW_FLAG_PREFIX = "_workflow template id";
export const GENERIC = {
  displayName: "display name",
  description: "description",
  modelVersion: "model version (optional)",
  agent: "agent id",
  study: "study id",
  start: "execution start time (YYYY-MM-DD HH:MM:SS+HH:MM)",
  end: "execution end time (YYYY-MM-DD HH:MM:SS+HH:MM)",
} as const;
export const ANNOTATION_PREFIX = "annotation: ";
export const JOB_HEADERS = { id: "_job_id", status: "_job_status", recordId: "_model_run_record_id", error: "_error_info" } as const;

interface DatasetColumns {
  readonly templateId: string;
  readonly idHeader: string;
  readonly resourceHeaders: readonly string[];
  readonly resourceKeys: readonly string[];
  readonly side: "input" | "output";
}

export interface TemplateColumns {
  readonly workflowTemplateId: string;
  readonly flag: string;
  readonly datasets: readonly DatasetColumns[];
  readonly required: readonly string[];
  readonly optional: readonly string[];
  readonly headers: readonly string[];
}

export type Row = ReadonlyMap<string, string>;

const bad = (detail: string): { ok: false; reply: ReturnType<typeof detailReply> } => ({ ok: false, reply: detailReply(400, detail) });

function datasetColumns(template: StoredItem, side: "input" | "output"): DatasetColumns {
  const label = side === "input" ? "Input" : "Output";
  const keys = (Array.isArray(template.deferred_resources) ? (template.deferred_resources as { key: string }[]) : []).map((r) => r.key);
  return {
    templateId: template.id,
    idHeader: `${label} dataset id for template: ${String(template.display_name)} [template id: ${template.id}]`,
    resourceHeaders: keys.map((key) => `${label} resource: ${key}`),
    resourceKeys: keys,
    side,
  };
}

export function templateColumns(context: ServiceContext, subject: AccessSubject, workflowTemplateId: string): Checked<TemplateColumns> {
  const workflow = fetchAs(context, subject, "MODEL_RUN_WORKFLOW_TEMPLATE", workflowTemplateId, "workflow template");
  if (!workflow.ok) return workflow.reply.status === 400 ? bad(`The provided workflow template ID was invalid, error: ${String((workflow.reply.json as { detail: unknown }).detail)}`) : workflow;
  const datasets: DatasetColumns[] = [];
  for (const side of ["input", "output"] as const) {
    const refs = workflow.value[`${side}_templates`];
    for (const ref of Array.isArray(refs) ? (refs as { template_id: string }[]) : []) {
      const template = fetchAs(context, subject, "DATASET_TEMPLATE", ref.template_id, "dataset template");
      if (!template.ok) return template.reply.status === 400 ? bad(`The provided workflow template contained a dataset template id ${ref.template_id} which was invalid.`) : template;
      datasets.push(datasetColumns(template.value, side));
    }
  }
  const annotations = workflow.value.annotations as { required?: string[]; optional?: string[] } | undefined;
  const required = annotations?.required ?? [];
  const optional = annotations?.optional ?? [];
  const flag = `${WORKFLOW_FLAG_PREFIX} ${workflowTemplateId}`;
  const headers = [
    flag,
    ...Object.values(GENERIC),
    ...datasets.flatMap((d) => [d.idHeader, ...d.resourceHeaders]),
    ...[...required, ...optional].map((key) => ANNOTATION_PREFIX + key),
    ...Object.values(JOB_HEADERS),
  ];
  return { ok: true, value: { workflowTemplateId, flag, datasets, required, optional, headers } };
}

/** The workflow template id named by the flag column (`_workflow template id <id>`). */
export function flaggedTemplateId(headers: readonly string[]): Checked<string> {
  const flags = headers.filter((h) => h.startsWith(`${WORKFLOW_FLAG_PREFIX} `));
  if (flags.length === 0) return bad("None of the provided headers matched the expected workflow template flag to identify the workflow template.");
  if (flags.length > 1) return bad("Multiple provided headers matched the expected workflow template flag to identify the workflow template.");
  const id = (flags[0] as string).slice(WORKFLOW_FLAG_PREFIX.length + 1).trim();
  return id === "" ? bad("The workflow template flag header names no workflow template id.") : { ok: true, value: id };
}

const cell = (row: Row, header: string): string => row.get(header) ?? "";

/** A new record from a filled row, its datasets checked through the registry. */
export function recordFromRow(context: ServiceContext, subject: AccessSubject, columns: TemplateColumns, row: Row, line: number): Checked<ModelRunRecord> {
  const where = `row ${line}`;
  const inputs: TemplatedDataset[] = [];
  const outputs: TemplatedDataset[] = [];
  for (const dataset of columns.datasets) {
    const id = cell(row, dataset.idHeader);
    const fetched = fetchAs(context, subject, "DATASET", id, `${dataset.side} dataset`);
    if (!fetched.ok) return fetched.reply.status === 400 ? bad(`The provided CSV (${where}) contained a dataset id ${id} which was invalid.`) : fetched;
    const resources: Record<string, string> = {};
    for (const [index, key] of dataset.resourceKeys.entries()) {
      const path = cell(row, dataset.resourceHeaders[index] as string);
      if (path === "") return bad(`The provided CSV (${where}) has no path for the deferred resource ${key} of dataset template ${dataset.templateId}.`);
      resources[key] = path;
    }
    const entry: TemplatedDataset = { dataset_template_id: dataset.templateId, dataset_id: id, dataset_type: "DATA_STORE", ...(dataset.resourceKeys.length > 0 ? { resources } : {}) };
    (dataset.side === "input" ? inputs : outputs).push(entry);
  }
  const annotations: Record<string, string> = {};
  for (const key of columns.required) {
    const value = cell(row, ANNOTATION_PREFIX + key);
    if (value === "") return bad(`Required annotation with key ${key} was either empty or None (${where}).`);
    annotations[key] = value;
  }
  for (const key of columns.optional) {
    const value = cell(row, ANNOTATION_PREFIX + key);
    if (value !== "") annotations[key] = value;
  }
  const displayName = cell(row, GENERIC.displayName);
  const description = cell(row, GENERIC.description);
  if (displayName === "" || description === "") return bad(`Expected display name and description to be non-empty strings (${where}).`);
  const start = isoToEpoch(cell(row, GENERIC.start));
  const end = isoToEpoch(cell(row, GENERIC.end));
  if (start === undefined || end === undefined) return bad(`The execution start and end times (${where}) must look like YYYY-MM-DD HH:MM:SS+HH:MM.`);
  const modelVersion = cell(row, GENERIC.modelVersion);
  const study = cell(row, GENERIC.study);
  return {
    ok: true,
    value: {
      workflow_template_id: columns.workflowTemplateId,
      ...(modelVersion === "" ? {} : { model_version: modelVersion }),
      inputs,
      outputs,
      ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
      display_name: displayName,
      description,
      ...(study === "" ? {} : { study_id: study }),
      associations: { modeller_id: cell(row, GENERIC.agent) },
      start_time: start,
      end_time: end,
    },
  };
}

/** The row of a record (and its lodge job's outcome, when regenerating from a batch). */
export function rowFromRecord(columns: TemplateColumns, record: ModelRunRecord, job?: JobStatusTable): Checked<string[]> {
  const out: string[] = ["", record.display_name, record.description, record.model_version ?? "", record.associations.modeller_id, record.study_id ?? "", epochToIso(record.start_time), epochToIso(record.end_time)];
  for (const dataset of columns.datasets) {
    const entry = (dataset.side === "input" ? record.inputs : record.outputs).find((d) => d.dataset_template_id === dataset.templateId);
    if (entry === undefined) return bad(`No ${dataset.side} found in model run record for dataset template: ${dataset.templateId}.`);
    out.push(entry.dataset_id);
    for (const key of dataset.resourceKeys) {
      const value = entry.resources?.[key];
      if (value === undefined) return bad(`Expected deferred resource: ${key} but was not found in model run record.`);
      out.push(value);
    }
  }
  for (const key of columns.required) {
    const value = record.annotations?.[key];
    if (value === undefined) return bad(`Workflow template expected annotation with key ${key} but it was not provided in the model run record.`);
    out.push(value);
  }
  for (const key of columns.optional) out.push(record.annotations?.[key] ?? "");
  if (job === undefined) out.push("", "", "", "");
  else {
    const result = job.result as { record?: { id?: unknown } } | null | undefined;
    out.push(job.session_id, job.status, typeof result?.record?.id === "string" ? result.record.id : "", job.status === "FAILED" ? (job.info ?? "") : "");
  }
  return { ok: true, value: out };
}
