// Report generation over real HTTP: the REPORT job renders a real .docx for a study and for a
// model run, stores it in the report bucket and answers with a presigned URL that a plain GET
// downloads; the document is unzipped and its text checked. Upstream's failure cases fail the job.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Body } from "./registry/client.js";
import { buildWorld, recordOf, register, startProv, type ProvHarness, type World } from "./prov/harness.js";
import { readZipEntry, zipEntries } from "./support/zip.js";

let h: ProvHarness;
let w: World;
let run: string;

beforeAll(async () => {
  h = await startProv();
  w = await buildWorld(h);
  run = await register(h, w.user, recordOf(w, { study_id: w.study }));
}, 60_000);

afterAll(() => h.stop());

async function report(id: string, item_subtype: string, depth = 2): Promise<Body> {
  const res = await h.prov("POST", "/explore/generate/report", { as: w.user, body: { id, item_subtype, depth } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(Object.keys(res.body as object)).toEqual(["session_id"]);
  return h.job(w.user, String(res.body.session_id));
}

/** Downloads the report with a plain GET of its presigned URL; the visible text of word/document.xml. */
async function documentText(url: string): Promise<string> {
  const parsed = new URL(url);
  expect(parsed.origin).toBe(h.server.origin);
  expect(parsed.searchParams.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/);
  const res = await fetch(url);
  expect(res.status).toBe(200);
  const archive = Buffer.from(await res.arrayBuffer());
  expect(zipEntries(archive)).toContain("word/document.xml");
  const xml = readZipEntry(archive, "word/document.xml")!.toString("utf8");
  const unescape = (t: string): string => t.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&apos;", "'").replaceAll("&amp;", "&");
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join("|");
}

const nameOf = async (subtypePath: string, id: string): Promise<string> =>
  String((await h.call("GET", `/registry/${subtypePath}/fetch`, { as: w.user, query: { id } })).body.item.display_name);

describe("report generation", () => {
  it("renders a study report listing the run, its inputs and its outputs", async () => {
    const job = await report(w.study, "STUDY", 2);
    expect(job.status, String(job.info)).toBe("SUCCEEDED");
    const url = String(job.result.report_url);
    expect(url).toContain("/s3/provena-local-reports/reports/");
    expect(url).toContain("X-Amz-Expires=3600");
    const text = await documentText(url);
    expect(text).toContain("Model Run Study Close Out Report|Report for Study: |Study|Modelling Team|<enter your team name here>|Inputs|");
    // The study's run, what it used (upstream 2 from the run) and what it wrote (downstream 1).
    expect(text).toContain(`Model Run|: Run 0, |${run}`);
    expect(text).toContain(`Dataset|: ${await nameOf("entity/dataset", w.inputs[0]!)}, |${w.inputs[0]}`);
    expect(text).toContain(`Model|: ${await nameOf("entity/model", w.model)}, |${w.model}`);
    expect(text).toContain(`|Outputs|Dataset|: ${await nameOf("entity/dataset", w.outputs[0]!)}, |${w.outputs[0]}`);
    expect(text).not.toContain(w.inputs[1]);
  });

  it("renders a model run report with its outputs downstream", async () => {
    const job = await report(run, "MODEL_RUN", 1);
    expect(job.status, String(job.info)).toBe("SUCCEEDED");
    const text = await documentText(String(job.result.report_url));
    expect(text).toContain("Report for Model Run: |Run 0|");
    expect(text).toContain(`Dataset|: ${await nameOf("entity/dataset", w.inputs[0]!)}, |${w.inputs[0]}`);
    expect(text).toContain(`|Outputs|Dataset|: ${await nameOf("entity/dataset", w.outputs[0]!)}, |${w.outputs[0]}`);
    // Depth 1 upstream reaches the model but not what the model itself came from.
    expect(text).not.toContain(w.createActivities.get(w.model));
  });

  it("fails the job for a study with no model runs, as upstream", async () => {
    const lonely = await h.call("POST", "/registry/activity/study/create", { as: w.user, body: { display_name: "Lonely", title: "Lonely", description: "No links" } });
    const id = String(lonely.body.created_item.id);
    const job = await report(id, "STUDY", 1);
    expect(job).toMatchObject({ status: "FAILED", result: null });
    expect(String(job.info)).toContain(`The study with id ${id} does not have any associated model runs.`);
  });

  it("fails the job for an unsupported subtype or an invalid id, with upstream's wording", async () => {
    const subtype = await report(w.model, "MODEL");
    expect(subtype).toMatchObject({ status: "FAILED", result: null });
    expect(String(subtype.info)).toContain("Unsupported item subtype for validation.");
    const unknown = await report("10378.1/999999", "STUDY");
    expect(unknown.status).toBe("FAILED");
    expect(String(unknown.info)).toContain("Validation error with provided STUDY");
    const wrong = await report(w.study, "MODEL_RUN");
    expect(String(wrong.info)).toContain("Validation error with provided MODEL_RUN");
  });

  it("answers 422 for a depth outside 1..3", async () => {
    for (const depth of [0, 4]) {
      const res = await h.prov("POST", "/explore/generate/report", { as: w.user, body: { id: w.study, item_subtype: "STUDY", depth } });
      expect(res.status).toBe(422);
    }
  });
});
