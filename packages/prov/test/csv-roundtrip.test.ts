// The bulk CSV round trip over HTTP: the server's template, filled from typed records by the
// SDK, converted back to the same records by the server, registered as a batch, and the
// batch's CSV regenerated with each row's job and model run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModelRunRecord } from "../src/index.js";
import { fillTemplate, formatCsv, parseCsv, readTemplate } from "../src/index.js";
import { recordKey } from "../src/model-runs/batch.js";
import type { World } from "./support/world.js";
import { buildWorld } from "./support/world.js";

let w: World;
let records: ModelRunRecord[];

beforeAll(async () => {
  w = await buildWorld();
  const [i1, o1, i2, o2] = [await w.dataset("csv in 1"), await w.dataset("csv out 1"), await w.dataset("csv in 2"), await w.dataset("csv out 2")];
  records = [
    // The template has no requesting-organisation column (as upstream), so these records name none.
    w.record(i1, o1, { display_name: 'Run "one", with commas', annotations: { experiment: "a,b", notes: "line 1\nline 2" }, study_id: w.study, associations: { modeller_id: w.person } }),
    w.record(i2, o2, { display_name: "Run two", model_version: null, annotations: { experiment: "baseline" }, associations: { modeller_id: w.person }, start_time: 1_700_100_000, end_time: 1_700_100_000 }),
  ];
}, 120_000);

afterAll(() => w?.stop());

describe("bulk CSV", () => {
  it("the template names the workflow template and a column per field, dataset, resource and annotation", async () => {
    const template = readTemplate(await w.user.prov.csv.template(w.workflow));
    expect(template.workflowTemplateId).toBe(w.workflow);
    const kinds = template.columns.map((c) => (c.kind === "field" ? c.field : c.kind === "job" ? `_${c.field}` : c.kind));
    expect(kinds).toEqual(expect.arrayContaining(["display_name", "description", "modeller_id", "start_time", "end_time", "dataset", "resource", "annotation", "_job_id"]));
    expect(template.columns.filter((c) => c.kind === "dataset").map((c) => (c.kind === "dataset" ? [c.role, c.datasetTemplateId] : []))).toEqual([
      ["input", w.inputTemplate],
      ["output", w.outputTemplate],
    ]);
    expect(template.columns.filter((c) => c.kind === "annotation").map((c) => (c.kind === "annotation" ? c.key : ""))).toEqual(["experiment", "notes"]);
    // A record naming a requesting organisation cannot be written into it without losing that.
    expect(() => fillTemplate(template, [w.record(records[0]!.inputs[0]!.dataset_id, records[0]!.outputs[0]!.dataset_id)])).toThrow("no column for requesting_organisation_id");
  });

  it("filled by the SDK and converted by the server, the records come back as they were", async () => {
    const template = await w.user.prov.csv.template(w.workflow);
    const filled = fillTemplate(template, records);
    const converted = await w.user.prov.csv.convert(filled);
    expect(converted.warnings).toEqual([]);
    expect(converted.existingRecords).toEqual([]);
    expect(converted.newRecords.map(recordKey)).toEqual(records.map(recordKey));
  });

  it("an extra column is a warning, not a failure", async () => {
    const rows = parseCsv(fillTemplate(await w.user.prov.csv.template(w.workflow), records));
    const withExtra = formatCsv(rows.map((row, i) => [...row, i === 0 ? "colour" : "blue"]));
    const converted = await w.user.prov.csv.convert(new Blob([withExtra], { type: "text/csv" }), { filename: "runs.csv" });
    expect(converted.warnings).toEqual(["Extra column with header 'colour' provided, ignoring"]);
    expect(converted.newRecords).toHaveLength(2);
  });

  it("registered as a batch, the regenerated CSV carries each row's job and model run", async () => {
    const converted = await w.user.prov.csv.convert(fillTemplate(await w.user.prov.csv.template(w.workflow), records));
    const batch = await w.user.prov.registerBatch(converted.newRecords, { wait: true });
    const ids = batch.results.map((r) => (r.ok ? r.modelRunId : r.error.message));
    const [header, ...rows] = parseCsv(await w.user.prov.csv.regenerate(batch.batchId));
    const col = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(2);
    const byName = new Map(rows.map((row) => [row[col("display name")]!, row]));
    for (const [index, record] of records.entries()) {
      const row = byName.get(record.display_name)!;
      expect(row[col("_job_status")]).toBe("SUCCEEDED");
      expect(row[col("_model_run_record_id")]).toBe(ids[index]);
      expect(row[col("_job_id")]).toBe(batch.results[index]!.sessionId);
    }
    // Converting the regenerated CSV sees every row as already submitted.
    const again = await w.user.prov.csv.convert(formatCsv([header!, ...rows]));
    expect(again.newRecords).toEqual([]);
    expect(again.existingRecords.sort()).toEqual(batch.results.map((r) => r.sessionId).sort());
  });
});
