// What each column of upstream's model-run CSV template means, read from its header (the
// template route writes one header row; see behaviour.md §4.7). Dataset columns name their
// dataset template's id; resource columns belong to the dataset column before them.
import { CsvTemplateError } from "../errors/prov-errors.js";

/** What one column of a model-run CSV template holds, told apart by `kind`. */
export type TemplateColumn =
  | {
      /** `_workflow template id <id>`: the column naming the workflow template. */
      readonly kind: "workflowTemplate";
      /** The header text as read. */
      readonly header: string;
      /** The workflow template's id, from the header. */
      readonly workflowTemplateId: string;
    }
  | {
      /** A field of the model-run record (display name, times, …). */
      readonly kind: "field";
      /** The header text as read. */
      readonly header: string;
      /** Which record field. */
      readonly field: RecordField;
    }
  | {
      /** `Input|Output dataset id for template: <name> [template id: <id>]`: a dataset the run used or produced. */
      readonly kind: "dataset";
      /** The header text as read. */
      readonly header: string;
      /** Input or output. */
      readonly role: "input" | "output";
      /** The dataset template's name. */
      readonly templateName: string;
      /** The dataset template's id. */
      readonly datasetTemplateId: string;
    }
  | {
      /** `Input|Output resource: <key>`: a resource of the dataset column before it. */
      readonly kind: "resource";
      /** The header text as read. */
      readonly header: string;
      /** Input or output, as its dataset column. */
      readonly role: "input" | "output";
      /** The dataset template of the dataset column before it. */
      readonly datasetTemplateId: string;
      /** The resource key. */
      readonly key: string;
    }
  | {
      /** `Annotation: <key>`: a free-text annotation of the run. */
      readonly kind: "annotation";
      /** The header text as read. */
      readonly header: string;
      /** The annotation key. */
      readonly key: string;
    }
  | {
      /** `_job_id`, `_job_status`, `_model_run_record_id`, `_error_info`: filled in by a regenerated CSV. */
      readonly kind: "job";
      /** The header text as read. */
      readonly header: string;
      /** Which job column. */
      readonly field: JobField;
    }
  | {
      /** A column this SDK does not recognise. */
      readonly kind: "unknown";
      /** The header text as read. */
      readonly header: string;
    };

/** The model-run record fields a template has a column for. */
export type RecordField = "display_name" | "description" | "model_version" | "modeller_id" | "requesting_organisation_id" | "study_id" | "start_time" | "end_time";
/** The columns a regenerated CSV fills in from each row's job. */
export type JobField = "job_id" | "job_status" | "model_run_record_id" | "error_info";

/** A template's columns, in order, and the workflow template it was made for. */
export interface CsvTemplate {
  /** The workflow template the template was generated for. */
  readonly workflowTemplateId: string;
  /** Every column, in header order. */
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
