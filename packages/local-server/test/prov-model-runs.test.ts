// Model run lifecycle over real HTTP: updates and study links as graph diffs that leave other
// records' links alone, version activities in the graph, every validation refusal, the sync and
// batch routes, the graph-only delete and the admin re-lodge.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Body } from "./registry/client.js";
import { buildWorld, expectLinks, linksOf, recordOf, register, startProv, type ProvHarness, type World } from "./prov/harness.js";

let h: ProvHarness;
let w: World;

beforeAll(async () => {
  h = await startProv();
  w = await buildWorld(h);
}, 60_000);

afterAll(() => h.stop());

const explore = (path: string, starting_id: string, depth?: number) =>
  h.prov("GET", `/explore/${path}`, { as: "user1", query: { starting_id, ...(depth === undefined ? {} : { depth }) } });

const linkRow = (source: string, target: string): { type: string; record_ids: string[] } | undefined =>
  h.storage.table<{ type: string; record_ids: string[] }>("prov.links").get(JSON.stringify([source, target]));

/** A second run over input 0, writing output 1. */
const sharingRecord = (): Record<string, unknown> => ({ ...recordOf(w), display_name: "Sharing", outputs: [{ dataset_template_id: w.outputTemplate, dataset_id: w.outputs[1], dataset_type: "DATA_STORE" }] });

describe("update", () => {
  it("rewrites only the updated record's links; a link two records share keeps the other's record id", async () => {
    const runA = await register(h, w.user, recordOf(w));
    const runB = await register(h, w.user, sharingRecord());
    expect(linkRow(w.inputs[0]!, w.inputTemplate)?.record_ids).toEqual([runA, runB]);

    const moved = recordOf(w, { inputs: [{ dataset_template_id: w.inputTemplate, dataset_id: w.inputs[1], dataset_type: "DATA_STORE", resources: { item_key: "/data/other.csv" } }] });
    const res = await h.prov("POST", "/model_run/update", { as: w.user, body: { model_run_id: runA, reason: "used the other input", record: moved } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(Object.keys(res.body as object)).toEqual(["session_id"]);
    const job = await h.job(w.user, String(res.body.session_id));
    expect(job.status, String(job.info)).toBe("SUCCEEDED");
    expect(job.result.record.id).toBe(runA);

    const upstreamA = linksOf((await explore("upstream", runA, 1)).body);
    expect(upstreamA).toContain(`${runA} used ${w.inputs[1]}`);
    expect(upstreamA).not.toContain(`${runA} used ${w.inputs[0]}`);
    expect(linksOf((await explore("downstream", w.inputs[0]!, 1)).body)).toEqual(expectLinks([[runB, "used", w.inputs[0]!]]));
    expect(linksOf((await explore("upstream", runB, 1)).body)).toContain(`${runB} used ${w.inputs[0]}`);
    expect(linkRow(w.inputs[0]!, w.inputTemplate)?.record_ids).toEqual([runB]);
    expect(linkRow(w.inputs[1]!, w.inputTemplate)?.record_ids).toEqual([runA]);
    expect(linkRow(w.workflow, w.model)?.record_ids.slice().sort()).toEqual([runA, runB].sort());

    const item = await h.call("GET", "/registry/activity/model_run/fetch", { as: w.user, query: { id: runA } });
    expect(item.body.item.record.inputs[0].dataset_id).toBe(w.inputs[1]);
    expect(item.body.item.record_status).toBe("LODGED");
    expect((item.body.item.history as { reason: string }[]).map((e) => e.reason)).toContain("used the other input");
  });

  it("refuses an update of an id that is not a model run, and an invalid new record", async () => {
    const notRun = await h.prov("POST", "/model_run/update", { as: w.user, body: { model_run_id: w.study, reason: "r", record: recordOf(w) } });
    expect(notRun.status).toBe(400);
    const runA = await register(h, w.user, recordOf(w));
    const invalid = await h.prov("POST", "/model_run/update", { as: w.user, body: { model_run_id: runA, reason: "r", record: recordOf(w, { inputs: [] }) } });
    expect(invalid.status).toBe(400);
  });
});

describe("link to study", () => {
  it("adds wasInformedBy → study, records the study and refuses a second link", async () => {
    const run = await register(h, w.user, recordOf(w));
    const res = await h.prov("POST", "/model_run/edit/link_to_study", { as: w.user, query: { model_run_id: run, study_id: w.study } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: { success: true }, model_run_id: run, study_id: w.study });
    const job = await h.job(w.user, String(res.body.session_id));
    expect(job.status, String(job.info)).toBe("SUCCEEDED");
    expect(job.job_sub_type).toBe("MODEL_RUN_LODGE_ONLY");
    expect(linksOf((await explore("upstream", run, 1)).body)).toContain(`${run} wasInformedBy ${w.study}`);
    expect(linksOf((await explore("downstream", w.study, 1)).body)).toEqual(expectLinks([[run, "wasInformedBy", w.study]]));
    const item = await h.call("GET", "/registry/activity/model_run/fetch", { as: w.user, query: { id: run } });
    expect(item.body.item.record.study_id).toBe(w.study);
    expect(item.body.item.history[0].reason).toBe("Linking model run to study.");

    const again = await h.prov("POST", "/model_run/edit/link_to_study", { as: w.user, query: { model_run_id: run, study_id: w.study } });
    expect(again.status).toBe(400);
    expect(again.body.detail).toContain("already linked to a study");
  });

  it("refuses ids of the wrong subtypes", async () => {
    const run = await register(h, w.user, recordOf(w));
    expect((await h.prov("POST", "/model_run/edit/link_to_study", { as: w.user, query: { model_run_id: run, study_id: w.organisation } })).status).toBe(400);
    expect((await h.prov("POST", "/model_run/edit/link_to_study", { as: w.user, query: { model_run_id: w.study, study_id: w.study } })).status).toBe(400);
  });
});

describe("registry activities in the graph", () => {
  it("writes a version activity: new -wasGeneratedBy-> VERSION -used-> old, attributed to the linked person", async () => {
    const res = await h.call("POST", "/registry/entity/model/version", { as: w.user, body: { id: w.model, reason: "v2" } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const registered = await h.job(w.user, String(res.body.version_job_session_id));
    const version = String(registered.result.version_activity_id);
    const lodged = await h.job(w.user, String(registered.result.lodge_session_id));
    expect(lodged.status, String(lodged.info)).toBe("SUCCEEDED");
    const fresh = String(res.body.new_version_id);
    expect(linksOf((await explore("upstream", fresh, 1)).body)).toEqual(expectLinks([[fresh, "wasGeneratedBy", version], [fresh, "wasAttributedTo", w.person]]));
    const fromVersion = await explore("upstream", version, 1);
    expect(linksOf(fromVersion.body)).toEqual(expectLinks([[version, "wasAssociatedWith", w.person], [version, "used", w.model]]));
    expect(fromVersion.body.graph.nodes).toContainEqual({ id: version, item_category: "ACTIVITY", item_subtype: "VERSION" });
  });

  it("writes a create activity for each versioned item", async () => {
    const create = w.createActivities.get(w.workflow)!;
    const res = await explore("upstream", create, 1);
    expect(linksOf(res.body)).toEqual(expectLinks([[create, "wasAssociatedWith", w.person]]));
    expect(linksOf((await explore("downstream", create, 1)).body)).toEqual(expectLinks([[w.workflow, "wasGeneratedBy", create]]));
  });
});

describe("validation", () => {
  const dataset = (id: string, template: string, resources?: Record<string, string>): Record<string, unknown> => ({ dataset_template_id: template, dataset_id: id, dataset_type: "DATA_STORE", ...(resources ? { resources } : {}) });
  const cases: [string, () => Record<string, unknown>, number, string][] = [
    ["a study id that is not a study", () => recordOf(w, { study_id: w.organisation }), 400, "study"],
    ["a workflow template id that is not one", () => recordOf(w, { workflow_template_id: w.model }), 400, "workflow template"],
    ["an unknown workflow template id", () => recordOf(w, { workflow_template_id: "10378.1/999999" }), 400, "not found"],
    ["no dataset for a required input template", () => recordOf(w, { inputs: [] }), 400, "requires an input dataset"],
    ["a dataset under a template the workflow does not name", () => recordOf(w, { inputs: [dataset(w.inputs[0]!, w.inputTemplate, { item_key: "x" }), dataset(w.inputs[1]!, w.outputTemplate)] }), 400, "not an input template"],
    ["a dataset id that is not a dataset", () => recordOf(w, { inputs: [dataset(w.model, w.inputTemplate, { item_key: "x" })] }), 400, "DATASET"],
    ["a missing deferred resource", () => recordOf(w, { inputs: [dataset(w.inputs[0]!, w.inputTemplate, {})] }), 400, "missing the deferred resources item_key"],
    ["an extra resource key", () => recordOf(w, { inputs: [dataset(w.inputs[0]!, w.inputTemplate, { item_key: "x", other: "y" })] }), 400, "other"],
    ["a modeller that is not a person", () => recordOf(w, { associations: { modeller_id: w.organisation } }), 400, "modeller"],
    ["a requesting organisation that is not one", () => recordOf(w, { associations: { modeller_id: w.person, requesting_organisation_id: w.person } }), 400, "requesting organisation"],
    ["a missing required annotation", () => recordOf(w, { annotations: { notes: "only optional" } }), 400, "annotations experiment"],
    ["a start after the end", () => recordOf(w, { start_time: 10, end_time: 5 }), 422, "start time"],
    ["an empty display name", () => recordOf(w, { display_name: "" }), 422, "at least 1 characters"],
  ];
  for (const [name, build, status, fragment] of cases) {
    it(`refuses ${name} (${status})`, async () => {
      const res = await h.prov("POST", "/model_run/register", { as: w.user, body: build() });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(JSON.stringify(res.body.detail)).toContain(fragment);
      if (status === 400) expect(String(res.body.detail)).toMatch(/^Failed to validate an entity's ID in the record, error: /);
    });
  }

  it("passes the registry's 401 through when the caller cannot read a referenced item", async () => {
    const settings = await h.call("GET", "/registry/entity/model_run_workflow/auth/configuration", { as: w.user, query: { id: w.workflow } });
    const put = await h.call("PUT", "/registry/entity/model_run_workflow/auth/configuration", { as: w.user, query: { id: w.workflow }, body: { ...settings.body, general: [] } });
    expect(put.status).toBe(200);
    try {
      const res = await h.prov("POST", "/model_run/register", { as: "user2", body: recordOf(w) });
      expect(res.status).toBe(401);
      expect(res.body.detail).toBe("You are not authorised to fetch this item.");
    } finally {
      await h.call("PUT", "/registry/entity/model_run_workflow/auth/configuration", { as: w.user, query: { id: w.workflow }, body: settings.body });
    }
  });

  it("answers 422 for a body that is not a record", async () => {
    expect((await h.prov("POST", "/model_run/register", { as: w.user, body: { display_name: "x" } })).status).toBe(422);
    expect((await h.prov("POST", "/model_run/register", { as: w.user, rawBody: "{not json" })).status).toBe(422);
  });
});

describe("sync and batch registration", () => {
  it("registers synchronously for an admin, and refuses callers without er-admin", async () => {
    const res = await h.prov("POST", "/model_run/register_sync", { as: "admin", body: recordOf(w, {}, 1) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const id = String(res.body.record_info.id);
    expect(res.body.record_info.record.outputs[0].dataset_id).toBe(w.outputs[1]);
    expect(res.body.record_info.record.study_id).toBeNull();
    expect(linksOf((await explore("upstream", id, 1)).body)).toContain(`${id} used ${w.inputs[1]}`);
    expect((await h.prov("POST", "/model_run/register_sync", { as: w.user, body: recordOf(w) })).status).toBe(401);
  });

  it("launches one lodge job per record in one batch; an invalid record fails only its own job", async () => {
    const bad = recordOf(w, { inputs: [{ dataset_template_id: w.inputTemplate, dataset_id: "10378.1/999999", dataset_type: "DATA_STORE", resources: { item_key: "x" } }] });
    const res = await h.prov("POST", "/model_run/register_batch", { as: w.user, body: { records: [recordOf(w, {}, 0), recordOf(w, {}, 1), bad] } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const submit = await h.job(w.user, String(res.body.session_id));
    expect(submit.job_sub_type).toBe("MODEL_RUN_BATCH_SUBMIT");
    const batchId = String(submit.result.batch_id);
    const jobsBase = h.server.endpoints.jobs.replace(/\/$/, "");
    const listed = await fetch(`${jobsBase}/jobs/user/list_batch`, {
      method: "POST",
      headers: { authorization: `Bearer ${h.server.mintToken(w.user)}`, "content-type": "application/json" },
      body: JSON.stringify({ batch_id: batchId }),
    });
    const jobs = ((await listed.json()) as { jobs: Body[] }).jobs;
    expect(jobs).toHaveLength(3);
    const settled = await Promise.all(jobs.map((job) => h.job(w.user, String(job.session_id))));
    const byOutcome = settled.map((job) => job.status as string).sort();
    expect(byOutcome).toEqual(["FAILED", "SUCCEEDED", "SUCCEEDED"]);
    const failed = settled.find((job) => job.status === "FAILED");
    expect(String(failed.info)).toContain("Failed to validate an entity's ID");
    for (const job of settled.filter((j) => j.status === "SUCCEEDED")) {
      expect(job.payload.revalidate).toBe(true);
      expect(String(job.result.record.id)).toMatch(/\d/);
    }
  });
});

describe("delete and admin", () => {
  it("deletes only the graph of a run (trial mode changes nothing), and refuses unknown ids", async () => {
    const keep = await register(h, w.user, recordOf(w));
    const run = await register(h, w.user, sharingRecord());
    const trial = await h.prov("POST", "/model_run/delete", { as: "admin", body: { record_id: run, trial_mode: true } });
    expect(trial.status).toBe(200);
    const types = (trial.body.diff as Body[]).map((a) => a.action_type as string);
    expect(types).toContain("REMOVE_LINK");
    expect(types).toContain("REMOVE_RECORD_ID_FROM_LINK");
    expect(linksOf((await explore("upstream", run, 1)).body)).toContain(`${run} used ${w.inputs[0]}`);

    const real = await h.prov("POST", "/model_run/delete", { as: "admin", body: { record_id: run } });
    expect(real.body.diff).toEqual(trial.body.diff);
    expect((await explore("upstream", run, 1)).body.graph.links).toEqual([]);
    expect(linksOf((await explore("upstream", keep, 1)).body)).toContain(`${keep} used ${w.inputs[0]}`);
    expect(linkRow(w.inputs[0]!, w.inputTemplate)?.record_ids).not.toContain(run);
    expect((await h.call("GET", "/registry/activity/model_run/fetch", { as: w.user, query: { id: run } })).body.status.success).toBe(true);

    expect((await h.prov("POST", "/model_run/delete", { as: "admin", body: { record_id: w.study } })).status).toBe(400);
    expect((await h.prov("POST", "/model_run/delete", { as: w.user, body: { record_id: keep } })).status).toBe(401);
  });

  it("clears the graph and re-lodges the registry's model runs", async () => {
    const run = await register(h, w.user, recordOf(w));
    const before = linksOf((await explore("upstream", run, 1)).body);
    expect((await h.prov("DELETE", "/graph/admin/clear", { as: "admin" })).body.status.success).toBe(true);
    expect((await explore("upstream", run, 1)).body.graph.links).toEqual([]);

    const item = await h.call("GET", "/registry/activity/model_run/fetch", { as: w.user, query: { id: run } });
    const one = await h.prov("POST", "/admin/store_record", { as: "admin", body: item.body.item });
    expect(one.status, JSON.stringify(one.body)).toBe(200);
    expect(linksOf((await explore("upstream", run, 1)).body)).toEqual(before);

    await h.prov("DELETE", "/graph/admin/clear", { as: "admin" });
    const all = await h.prov("POST", "/admin/store_all_registry_records", { as: "admin", query: { validate_record: false } });
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    expect(linksOf((await explore("upstream", run, 1)).body)).toEqual(before);
    const many = await h.prov("POST", "/admin/store_records", { as: "admin", body: [item.body.item] });
    expect(many.status).toBe(200);
    expect((await h.prov("POST", "/admin/store_record", { as: w.user, body: item.body.item })).status).toBe(401);
  });
});
