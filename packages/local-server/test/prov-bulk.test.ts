// The bulk CSV round trip over real HTTP: a template for a workflow template, a filled CSV
// converted to records (multipart upload, warnings for extra columns), those records registered
// as a batch, the batch's CSV regenerated with job outcomes and converted back to existing jobs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv, writeCsv } from "../src/services/prov/bulk/csv-codec.js";
import type { Body } from "./registry/client.js";
import { buildWorld, startProv, type ProvHarness, type World } from "./prov/harness.js";
import { assertMatchesSpec } from "./support/spec-check.js";

let h: ProvHarness;
let w: World;
let headers: string[];

beforeAll(async () => {
  h = await startProv();
  w = await buildWorld(h);
}, 60_000);

afterAll(() => h.stop());

const START = "execution start time (YYYY-MM-DD HH:MM:SS+HH:MM)";
const END = "execution end time (YYYY-MM-DD HH:MM:SS+HH:MM)";

async function getCsv(path: string, query: Record<string, string>): Promise<{ status: number; text: string; type: string | null; disposition: string | null }> {
  const url = new URL(`${h.server.endpoints.prov.replace(/\/$/, "")}${path}`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const res = await fetch(url, { headers: { authorization: `Bearer ${h.server.mintToken(w.user)}` } });
  return { status: res.status, text: await res.text(), type: res.headers.get("content-type"), disposition: res.headers.get("content-disposition") };
}

async function convert(csv: string | undefined, field = "csv_file"): Promise<{ status: number; body: Body }> {
  const form = new FormData();
  if (csv !== undefined) form.set(field, new Blob([csv], { type: "text/csv" }), "runs.csv");
  const res = await fetch(`${h.server.endpoints.prov.replace(/\/$/, "")}/bulk/convert_model_runs/csv`, {
    method: "POST",
    headers: { authorization: `Bearer ${h.server.mintToken(w.user)}` },
    body: form,
  });
  const body: Body = await res.json();
  assertMatchesSpec("prov", "POST", "/bulk/convert_model_runs/csv", res.status, body);
  return { status: res.status, body };
}

/** A filled row for `headers`: input i → output i, with the given cells overridden. */
function row(i: number, cells: Record<string, string> = {}): string[] {
  const values: Record<string, string> = {
    "display name": `Bulk run ${i}`,
    description: "From a CSV, with a comma, and \"quotes\"",
    "model version (optional)": i === 0 ? "2.1" : "",
    "agent id": w.person,
    "study id": i === 0 ? w.study : "",
    [START]: "2024-01-02 03:04:05+10:00",
    [END]: "2024-01-02 04:04:05+10:00",
    [`Input dataset id for template: Example template [template id: ${w.inputTemplate}]`]: w.inputs[i]!,
    "Input resource: item_key": `/data/in-${i}.csv`,
    [`Output dataset id for template: Output template [template id: ${w.outputTemplate}]`]: w.outputs[i]!,
    "annotation: experiment": `exp-${i}`,
    "annotation: notes": i === 0 ? "" : "a note",
    ...cells,
  };
  return headers.map((header) => values[header] ?? "");
}

describe("bulk CSV", () => {
  it("generates the template's header row in upstream's column order", async () => {
    const res = await getCsv("/bulk/generate_template/csv", { workflow_template_id: w.workflow });
    expect(res.status).toBe(200);
    expect(res.type).toContain("text/csv");
    expect(res.disposition).toContain('filename="test.csv"');
    const rows = parseCsv(res.text);
    expect(rows).toHaveLength(1);
    headers = rows[0]!;
    expect(headers).toEqual([
      `_workflow template id ${w.workflow}`,
      "display name",
      "description",
      "model version (optional)",
      "agent id",
      "study id",
      START,
      END,
      `Input dataset id for template: Example template [template id: ${w.inputTemplate}]`,
      "Input resource: item_key",
      `Output dataset id for template: Output template [template id: ${w.outputTemplate}]`,
      "annotation: experiment",
      "annotation: notes",
      "_job_id",
      "_job_status",
      "_model_run_record_id",
      "_error_info",
    ]);
    expect((await getCsv("/bulk/generate_template/csv", { workflow_template_id: w.model })).status).toBe(400);
  });

  it("converts a filled CSV to records, warns about extra columns, then round-trips through a batch", async () => {
    const csv = writeCsv([[...headers, "comments"], [...row(0), "ignored"], [...row(1), ""]]);
    const converted = await convert(csv);
    expect(converted.status, JSON.stringify(converted.body)).toBe(200);
    expect(converted.body.warnings).toEqual(["Extra column with header 'comments' provided, ignoring"]);
    expect(converted.body.existing_records).toEqual([]);
    const records = converted.body.new_records as Body[];
    expect(records).toHaveLength(2);
    expect(records[0]).toEqual({
      workflow_template_id: w.workflow,
      model_version: "2.1",
      inputs: [{ dataset_template_id: w.inputTemplate, dataset_id: w.inputs[0], dataset_type: "DATA_STORE", resources: { item_key: "/data/in-0.csv" } }],
      outputs: [{ dataset_template_id: w.outputTemplate, dataset_id: w.outputs[0], dataset_type: "DATA_STORE", resources: null }],
      annotations: { experiment: "exp-0" },
      display_name: "Bulk run 0",
      description: 'From a CSV, with a comma, and "quotes"',
      study_id: w.study,
      associations: { modeller_id: w.person, requesting_organisation_id: null },
      start_time: Date.parse("2024-01-02T03:04:05+10:00") / 1000,
      end_time: Date.parse("2024-01-02T04:04:05+10:00") / 1000,
    });
    expect(records[1]).toMatchObject({ model_version: null, study_id: null, annotations: { experiment: "exp-1", notes: "a note" } });

    const batch = await h.prov("POST", "/model_run/register_batch", { as: w.user, body: { records } });
    const submit = await h.job(w.user, String(batch.body.session_id));
    const batchId = String(submit.result.batch_id);
    const regenerate = async () => parseCsv((await getCsv("/bulk/regenerate_from_batch/csv", { batch_id: batchId })).text);
    // Wait until both lodge jobs have settled, through the regenerated CSV itself.
    let rows = await regenerate();
    for (let i = 0; i < 200 && rows.slice(1).some((r) => r[headers.indexOf("_job_status")] !== "SUCCEEDED"); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      rows = await regenerate();
    }
    expect(rows[0]).toEqual(headers);
    expect(rows).toHaveLength(3);
    const runs = rows.slice(1);
    for (const [i, r] of runs.entries()) {
      const original = row(i);
      // Everything but the status columns matches what was uploaded (times in UTC).
      expect(r.slice(1, 6)).toEqual(original.slice(1, 6));
      expect(r[headers.indexOf(START)]).toBe("2024-01-01 17:04:05+00:00");
      expect(r.slice(8, 13)).toEqual(original.slice(8, 13));
      expect(r[headers.indexOf("_job_status")]).toBe("SUCCEEDED");
      expect(r[headers.indexOf("_model_run_record_id")]).toMatch(/^10378\.1\//);
      expect(r[headers.indexOf("_error_info")]).toBe("");
    }
    const again = await convert(writeCsv(rows));
    expect(again.status).toBe(200);
    expect(again.body.new_records).toEqual([]);
    expect(again.body.existing_records).toEqual(runs.map((r) => r[headers.indexOf("_job_id")]));
  });

  it("refuses malformed uploads with 400, and a missing csv_file with 422", async () => {
    const cases: [string, string][] = [
      ["duplicate headers", writeCsv([[...headers, "display name"], [...row(0), "x"]])],
      ["no rows", writeCsv([headers])],
      ["a missing column", writeCsv([headers.filter((x) => x !== "agent id"), row(0).filter((_, i) => headers[i] !== "agent id")])],
      ["no workflow flag", writeCsv([headers.slice(1), row(0).slice(1)])],
      ["a bad time", writeCsv([headers, row(0, { [START]: "yesterday" })])],
      ["an unknown dataset", writeCsv([headers, row(0, { "Input resource: item_key": "x", [`Input dataset id for template: Example template [template id: ${w.inputTemplate}]`]: "10378.1/999999" })])],
      ["an unknown job id", writeCsv([headers, row(0, { _job_id: "6f1c1f40-0e1b-4c1e-9a55-2a8f3c1d2e3f" })])],
      ["an empty required annotation", writeCsv([headers, row(0, { "annotation: experiment": "" })])],
    ];
    for (const [name, csv] of cases) {
      const res = await convert(csv);
      expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(400);
    }
    const missing = await convert(undefined);
    expect(missing.status).toBe(422);
    expect(missing.body.detail[0].loc).toEqual(["body", "csv_file"]);
  });

  it("refuses to regenerate an unknown batch", async () => {
    expect((await getCsv("/bulk/regenerate_from_batch/csv", { batch_id: "no-such-batch" })).status).toBe(400);
  });
});
