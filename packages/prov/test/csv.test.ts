// CSV text handling and filling upstream's model-run template from typed records (the header
// below follows behaviour.md §4.7 column for column).
import { describe, expect, it } from "vitest";
import type { ModelRunRecord } from "../src/index.js";
import { CsvTemplateError, fillTemplate, formatCsv, formatCsvTime, parseCsv, readTemplate } from "../src/index.js";

const HEADER = [
  "_workflow template id WT-1",
  "display name",
  "description",
  "model version (optional)",
  "agent id",
  "study id",
  "execution start time (YYYY-MM-DD HH:MM:SS+HH:MM)",
  "execution end time (YYYY-MM-DD HH:MM:SS+HH:MM)",
  "Input dataset id for template: Rainfall, daily [template id: TI-1]",
  "Input resource: rain_file",
  "Output dataset id for template: Runoff [template id: TO-1]",
  "annotation: calibration",
  "annotation: notes",
  "_job_id",
  "_job_status",
  "_model_run_record_id",
  "_error_info",
];
const TEMPLATE = formatCsv([HEADER]);

const record = (overrides: Partial<ModelRunRecord> = {}): ModelRunRecord => ({
  workflow_template_id: "WT-1",
  model_version: "v2.1",
  inputs: [{ dataset_template_id: "TI-1", dataset_id: "DS-in", dataset_type: "DATA_STORE", resources: { rain_file: "data/rain, 2024.csv" } }],
  outputs: [{ dataset_template_id: "TO-1", dataset_id: "DS-out", dataset_type: "DATA_STORE" }],
  annotations: { calibration: 'said "fine"', notes: "line one\nline two" },
  display_name: "Run, the first",
  description: "A run",
  study_id: null,
  associations: { modeller_id: "P-1" },
  start_time: 1_700_000_000,
  end_time: 1_700_003_600,
  ...overrides,
});

describe("CSV text", () => {
  it("round-trips commas, quotes, line breaks and leading zeros exactly", () => {
    const rows = [["a", "b,c", 'say "hi"'], ["multi\nline", "", "00123"], ["=1+1", " padded ", "é✓"]];
    const text = formatCsv(rows);
    expect(text).toBe('a,"b,c","say ""hi"""\r\n"multi\nline",,00123\r\n=1+1," padded ",é✓\r\n');
    expect(parseCsv(text)).toEqual(rows);
    expect(parseCsv(text.replace(/\r\n/g, "\n"))).toEqual(rows);
    expect(parseCsv(`\uFEFF${text}`)).toEqual(rows);
    expect(parseCsv("")).toEqual([]);
  });

  it("an unterminated quote is a CsvTemplateError", () => {
    expect(() => parseCsv('a,"b\n1,2\n')).toThrow(CsvTemplateError);
  });
});

describe("reading a template", () => {
  it("names what every column holds", () => {
    const template = readTemplate(TEMPLATE);
    expect(template.workflowTemplateId).toBe("WT-1");
    expect(template.columns.map((c) => c.kind)).toEqual([
      "workflowTemplate", "field", "field", "field", "field", "field", "field", "field", "dataset", "resource", "dataset", "annotation", "annotation", "job", "job", "job", "job",
    ]);
    expect(template.columns[8]).toEqual({ kind: "dataset", header: HEADER[8], role: "input", templateName: "Rainfall, daily", datasetTemplateId: "TI-1" });
    expect(template.columns[9]).toEqual({ kind: "resource", header: HEADER[9], role: "input", datasetTemplateId: "TI-1", key: "rain_file" });
    expect(template.columns[4]).toEqual({ kind: "field", header: "agent id", field: "modeller_id" });
    expect(template.columns[16]).toEqual({ kind: "job", header: "_error_info", field: "error_info" });
  });

  it("refuses a CSV that is not a template, and a resource column with no dataset column before it", () => {
    expect(() => readTemplate("display name,description\r\n")).toThrow(/no "_workflow template id <id>" column/);
    expect(() => readTemplate("")).toThrow(CsvTemplateError);
    expect(() => readTemplate(formatCsv([["_workflow template id W", "Output resource: x"]]))).toThrow('CSV column "Output resource: x" is a output resource with no output dataset column before it');
  });

  it("keeps columns it does not know as unknown", () => {
    expect(readTemplate(formatCsv([["_workflow template id W", "colour"]])).columns[1]).toEqual({ kind: "unknown", header: "colour" });
  });
});

describe("filling a template", () => {
  it("writes one row per record under the right headers", () => {
    const text = fillTemplate(TEMPLATE, [record(), record({ display_name: "Second", model_version: null, annotations: null, inputs: [{ ...record().inputs[0]!, resources: { rain_file: "r2" } }] })]);
    const [header, first, second] = parseCsv(text);
    expect(header).toEqual(HEADER);
    expect(first).toEqual(["", "Run, the first", "A run", "v2.1", "P-1", "", "2023-11-14 22:13:20+00:00", "2023-11-14 23:13:20+00:00", "DS-in", "data/rain, 2024.csv", "DS-out", 'said "fine"', "line one\nline two", "", "", "", ""]);
    expect(second!.slice(1, 4)).toEqual(["Second", "A run", ""]);
    expect(second!.slice(9, 13)).toEqual(["r2", "DS-out", "", ""]);
  });

  it("formats epoch seconds in the template's time format", () => {
    expect(formatCsvTime(0)).toBe("1970-01-01 00:00:00+00:00");
    expect(formatCsvTime(1_700_000_000)).toBe("2023-11-14 22:13:20+00:00");
  });

  it("refuses a record that would lose data", () => {
    const cases: [Partial<ModelRunRecord>, string][] = [
      [{ workflow_template_id: "WT-2" }, "Record 0 uses workflow template WT-2, but the CSV template is for WT-1"],
      [{ inputs: [...record().inputs, { dataset_template_id: "TX", dataset_id: "D", dataset_type: "DATA_STORE" }] }, "Record 0 has an input dataset for dataset template TX, which has no column in the CSV template"],
      [{ inputs: [{ ...record().inputs[0]!, resources: { other: "x" } }] }, 'Record 0: the CSV template has no column for input resource "other" of dataset template TI-1'],
      [{ annotations: { extra: "1" } }, 'Record 0: the CSV template has no column for annotation "extra"'],
      [{ associations: { modeller_id: "P", requesting_organisation_id: "ORG" } }, "Record 0: the CSV template has no column for requesting_organisation_id"],
      [{ outputs: [...record().outputs, ...record().outputs] }, "Record 0 has two output datasets for dataset template TO-1; the CSV holds one per template"],
    ];
    for (const [overrides, message] of cases) {
      expect(() => fillTemplate(TEMPLATE, [record(overrides)])).toThrow(message);
    }
  });
});
