// Filling a template with typed records: one row per record, each value in the column its
// header names. A record that would lose data (a dataset, resource or annotation with no
// column, another workflow template) is refused with a CsvTemplateError naming it.
import { CsvTemplateError } from "../errors/prov-errors.js";
import type { ModelRunRecord, TemplatedDataset } from "../models.js";
import { formatCsv, parseCsv } from "./csv-format.js";
import type { CsvTemplate, RecordField, TemplateColumn } from "./template-columns.js";
import { readTemplateHeader } from "./template-columns.js";

/** Reads a template (the CSV text the template route returns, or any CSV with its header row). */
export function readTemplate(csv: string): CsvTemplate {
  const [header] = parseCsv(csv);
  if (header === undefined) throw new CsvTemplateError("The CSV is empty: a model-run template needs its header row");
  return readTemplateHeader(header);
}

/** `YYYY-MM-DD HH:MM:SS+00:00` for epoch seconds, the time format the template's columns ask for. */
export function formatCsvTime(epochSeconds: number): string {
  const iso = new Date(epochSeconds * 1000).toISOString(); // 2024-01-02T03:04:05.000Z
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}+00:00`;
}

function fieldValue(record: ModelRunRecord, field: RecordField): string {
  switch (field) {
    case "display_name":
      return record.display_name;
    case "description":
      return record.description;
    case "model_version":
      return record.model_version ?? "";
    case "modeller_id":
      return record.associations.modeller_id;
    case "requesting_organisation_id":
      return record.associations.requesting_organisation_id ?? "";
    case "study_id":
      return record.study_id ?? "";
    case "start_time":
      return formatCsvTime(record.start_time);
    case "end_time":
      return formatCsvTime(record.end_time);
  }
}

function datasetsByTemplate(record: ModelRunRecord, role: "input" | "output", index: number): Map<string, TemplatedDataset> {
  const map = new Map<string, TemplatedDataset>();
  for (const dataset of role === "input" ? record.inputs : record.outputs) {
    if (map.has(dataset.dataset_template_id)) {
      throw new CsvTemplateError(`Record ${index} has two ${role} datasets for dataset template ${dataset.dataset_template_id}; the CSV holds one per template`);
    }
    map.set(dataset.dataset_template_id, dataset);
  }
  return map;
}

/** One CSV row for `record` under `template`'s columns. */
export function recordRow(template: CsvTemplate, record: ModelRunRecord, index = 0): string[] {
  if (record.workflow_template_id !== template.workflowTemplateId) {
    throw new CsvTemplateError(`Record ${index} uses workflow template ${record.workflow_template_id}, but the CSV template is for ${template.workflowTemplateId}`);
  }
  const datasets = { input: datasetsByTemplate(record, "input", index), output: datasetsByTemplate(record, "output", index) };
  const used = { input: new Set<string>(), output: new Set<string>(), resources: new Set<string>(), annotations: new Set<string>() };
  const annotations = record.annotations ?? {};
  const fields = new Set<RecordField>();
  const cell = (column: TemplateColumn): string => {
    switch (column.kind) {
      case "field":
        fields.add(column.field);
        return fieldValue(record, column.field);
      case "dataset": {
        const dataset = datasets[column.role].get(column.datasetTemplateId);
        if (dataset !== undefined) used[column.role].add(column.datasetTemplateId);
        return dataset?.dataset_id ?? "";
      }
      case "resource": {
        const resources = datasets[column.role].get(column.datasetTemplateId)?.resources ?? {};
        used.resources.add(`${column.role}\u0000${column.datasetTemplateId}\u0000${column.key}`);
        return Object.hasOwn(resources, column.key) ? resources[column.key]! : "";
      }
      case "annotation":
        used.annotations.add(column.key);
        return Object.hasOwn(annotations, column.key) ? annotations[column.key]! : "";
      default:
        return "";
    }
  };
  const row = template.columns.map(cell);
  // Refuse whatever the row could not hold, rather than drop it silently.
  for (const role of ["input", "output"] as const) {
    for (const [templateId, dataset] of datasets[role]) {
      if (!used[role].has(templateId)) throw new CsvTemplateError(`Record ${index} has an ${role} dataset for dataset template ${templateId}, which has no column in the CSV template`);
      for (const key of Object.keys(dataset.resources ?? {})) {
        if (!used.resources.has(`${role}\u0000${templateId}\u0000${key}`)) throw new CsvTemplateError(`Record ${index}: the CSV template has no column for ${role} resource "${key}" of dataset template ${templateId}`);
      }
    }
  }
  for (const key of Object.keys(annotations)) {
    if (!used.annotations.has(key)) throw new CsvTemplateError(`Record ${index}: the CSV template has no column for annotation "${key}"`);
  }
  for (const [field, present] of [
    ["requesting_organisation_id", record.associations.requesting_organisation_id],
    ["study_id", record.study_id],
    ["model_version", record.model_version],
  ] as const) {
    if (present !== null && present !== undefined && present !== "" && !fields.has(field)) throw new CsvTemplateError(`Record ${index}: the CSV template has no column for ${field}`);
  }
  return row;
}

/** The template's header and one row per record, as CSV text (RFC 4180 quoting, CRLF line ends). */
export function fillTemplate(template: string | CsvTemplate, records: readonly ModelRunRecord[]): string {
  const parsed = typeof template === "string" ? readTemplate(template) : template;
  return formatCsv([parsed.columns.map((c) => c.header), ...records.map((record, index) => recordRow(parsed, record, index))]);
}
