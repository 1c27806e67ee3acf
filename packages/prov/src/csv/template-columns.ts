// What each column of upstream's model-run CSV template means, read from its header (the
// template route writes one header row; see behaviour.md §4.7). Dataset columns name their
// dataset template's id; resource columns belong to the dataset column before them.
import { CsvTemplateError } from "../errors/prov-errors.js";

export type TemplateColumn =
  | { readonly kind: "workflowTemplate"; readonly header: string; readonly workflowTemplateId: string }
  | { readonly kind: "field"; readonly header: string; readonly field: RecordField }
  | { readonly kind: "dataset"; readonly header: string; readonly role: "input" | "output"; readonly templateName: string; readonly datasetTemplateId: string }
  | { readonly kind: "resource"; readonly header: string; readonly role: "input" | "output"; readonly datasetTemplateId: string; readonly key: string }
  | { readonly kind: "annotation"; readonly header: string; readonly key: string }
  | { readonly kind: "job"; readonly header: string; readonly field: JobField }
  | { readonly kind: "unknown"; readonly header: string };

export type RecordField = "display_name" | "description" | "model_version" | "modeller_id" | "requesting_organisation_id" | "study_id" | "start_time" | "end_time";
export type JobField = "job_id" | "job_status" | "model_run_record_id" | "error_info";

/** A template's columns, in order, and the workflow template it was made for. */
export interface CsvTemplate {
  readonly workflowTemplateId: string;
  readonly columns: readonly TemplateColumn[];
}

const FIELDS: readonly [RegExp, RecordField][] = [
  [/^display name$/i, "display_name"],
  [/^description$/i, "description"],
  [/^model version\b/i, "model_version"],
  [/^agent id$/i, "modeller_id"],
  [/^requesting organisation id\b/i, "requesting_organisation_id"],
  [/^study id\b/i, "study_id"],
  [/^execution start time\b/i, "start_time"],
  [/^execution end time\b/i, "end_time"],
];
const JOB_FIELDS: Record<string, JobField> = { _job_id: "job_id", _job_status: "job_status", _model_run_record_id: "model_run_record_id", _error_info: "error_info" };
const WORKFLOW = /^_workflow template id\s*(.*)$/i;
const DATASET = /^(input|output) dataset id for template:\s*(.*?)\s*\[template id:\s*(.+?)\]\s*$/i;
const RESOURCE = /^(input|output) resource:\s*(.+?)\s*$/i;
const ANNOTATION = /^annotation:\s*(.+?)\s*$/i;

/** Reads a template's header row. Throws CsvTemplateError if it is not one. */
export function readTemplateHeader(header: readonly string[]): CsvTemplate {
  let workflowTemplateId: string | undefined;
  let lastDataset: { role: "input" | "output"; datasetTemplateId: string } | undefined;
  const columns = header.map((raw): TemplateColumn => {
    const text = raw.trim();
    const workflow = WORKFLOW.exec(text);
    if (workflow !== null) {
      workflowTemplateId = workflow[1]!.trim();
      return { kind: "workflowTemplate", header: raw, workflowTemplateId };
    }
    const field = FIELDS.find(([pattern]) => pattern.test(text));
    if (field !== undefined) return { kind: "field", header: raw, field: field[1] };
    const dataset = DATASET.exec(text);
    if (dataset !== null) {
      const role = dataset[1]!.toLowerCase() as "input" | "output";
      lastDataset = { role, datasetTemplateId: dataset[3]! };
      return { kind: "dataset", header: raw, role, templateName: dataset[2]!, datasetTemplateId: dataset[3]! };
    }
    const resource = RESOURCE.exec(text);
    if (resource !== null) {
      const role = resource[1]!.toLowerCase() as "input" | "output";
      if (lastDataset?.role !== role) throw new CsvTemplateError(`CSV column "${raw}" is a ${role} resource with no ${role} dataset column before it`);
      return { kind: "resource", header: raw, role, datasetTemplateId: lastDataset.datasetTemplateId, key: resource[2]! };
    }
    const annotation = ANNOTATION.exec(text);
    if (annotation !== null) return { kind: "annotation", header: raw, key: annotation[1]! };
    if (Object.hasOwn(JOB_FIELDS, text)) return { kind: "job", header: raw, field: JOB_FIELDS[text]! };
    return { kind: "unknown", header: raw };
  });
  if (workflowTemplateId === undefined || workflowTemplateId === "") {
    throw new CsvTemplateError(`Not a model-run CSV template: no "_workflow template id <id>" column in the header (${header.length} columns)`);
  }
  return { workflowTemplateId, columns };
}
