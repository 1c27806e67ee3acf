// The provenance workflow over real HTTP: register a model run, read its lineage both ways with
// the exact link set, link a study, update a run without touching another run's links, see the
// registry's create and version activities in the graph, and the special queries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalServer } from "../src/index.js";
import { buildWorld, expectLinks, linksOf, recordOf, register, startProv, type ProvHarness, type World } from "./prov/harness.js";

let h: ProvHarness;
let w: World;
let run: string;

beforeAll(async () => {
  h = await startProv();
  w = await buildWorld(h);
  run = await register(h, w.user, recordOf(w));
}, 60_000);

afterAll(() => h.stop());

const explore = (path: string, starting_id: string, depth?: number, token?: string) =>
  h.prov("GET", `/explore/${path}`, { ...(token === undefined ? { as: "user1" } : { token }), query: { starting_id, ...(depth === undefined ? {} : { depth }) } });

const created = (id: string): string => {
  const activity = w.createActivities.get(id);
  if (activity === undefined) throw new Error(`no create activity for ${id}`);
  return activity;
};

describe("registration", () => {
  it("lodges the model run: COMPLETE then LODGED in the registry, with its PROV-JSON", async () => {
    const res = await h.call("GET", "/registry/activity/model_run/fetch", { as: w.user, query: { id: run } });
    expect(res.body.item.record_status).toBe("LODGED");
    expect(res.body.item.owner_username).toBe(w.user);
    expect(res.body.item.history).toHaveLength(2);
    expect(res.body.item.history[0].reason).toBe("Updating item to mark completion of provenance lodge.");
    expect(res.body.item.record.inputs[0].dataset_id).toBe(w.inputs[0]);
    const prov = JSON.parse(String(res.body.item.prov_serialisation)) as { activity: Record<string, unknown>; used: Record<string, unknown> };
    expect(Object.keys(prov.activity)).toContain(run);
    expect(Object.values(prov.used)).toContainEqual({ "prov:activity": run, "prov:entity": w.inputs[0] });
  });

  it("returns the model run id and record in the job result", async () => {
    const res = await h.prov("POST", "/model_run/register", { as: w.user, body: recordOf(w, {}, 1) });
    expect(res.body.status.success).toBe(true);
    const job = await h.job(w.user, String(res.body.session_id));
    expect(job.job_sub_type).toBe("MODEL_RUN_PROV_LODGE");
    expect(job.payload.revalidate).toBe(false);
    expect(job.result.record.record.outputs[0].dataset_id).toBe(w.outputs[1]);
    expect(job.result.record.id).toMatch(/^10378\.1\/\d+$/);
    expect((JSON.parse(String(job.result.record.prov_json)) as Record<string, unknown>).wasGeneratedBy).toBeDefined();
  });
});

describe("explore", () => {
  it("upstream at depth 1 holds exactly the run's own links, with upstream's node subtypes", async () => {
    const res = await explore("upstream", run, 1);
    expect(res.status).toBe(200);
    expect(linksOf(res.body)).toEqual(
      expectLinks([
        [run, "used", w.inputs[0]!],
        [run, "used", w.model],
        [run, "used", w.workflow],
        [run, "wasAssociatedWith", w.person],
        [run, "wasAssociatedWith", w.organisation],
      ]),
    );
    const nodes = new Map((res.body.graph.nodes as { id: string; item_subtype: string; item_category: string }[]).map((n) => [n.id, n]));
    expect(nodes.get(w.workflow)).toEqual({ id: w.workflow, item_category: "ENTITY", item_subtype: "WORKFLOW_TEMPLATE" });
    expect(nodes.get(run)).toEqual({ id: run, item_category: "ACTIVITY", item_subtype: "MODEL_RUN" });
    expect(nodes.get(w.person)).toEqual({ id: w.person, item_category: "AGENT", item_subtype: "PERSON" });
    expect(res.body.record_count).toBe(6);
    expect(res.body.graph).toMatchObject({ directed: true, multigraph: false, graph: {} });
    expect(res.body.graph.edges).toEqual(res.body.graph.links);
  });

  it("upstream at the default depth 2 adds templates, create activities and attributions", async () => {
    const res = await explore("upstream", run);
    expect(linksOf(res.body)).toEqual(
      expectLinks([
        [run, "used", w.inputs[0]!],
        [run, "used", w.model],
        [run, "used", w.workflow],
        [run, "wasAssociatedWith", w.person],
        [run, "wasAssociatedWith", w.organisation],
        [w.inputs[0]!, "wasInfluencedBy", w.inputTemplate],
        [w.inputs[0]!, "wasGeneratedBy", created(w.inputs[0]!)],
        [w.inputs[0]!, "wasAttributedTo", w.person],
        [w.model, "wasGeneratedBy", created(w.model)],
        [w.model, "wasAttributedTo", w.person],
        [w.workflow, "hadMember", w.inputTemplate],
        [w.workflow, "hadMember", w.outputTemplate],
        [w.workflow, "hadMember", w.model],
        [w.workflow, "wasGeneratedBy", created(w.workflow)],
        [w.workflow, "wasAttributedTo", w.person],
      ]),
    );
    const zero = await explore("upstream", run, 0);
    expect(linksOf(zero.body)).toEqual(linksOf(res.body));
  });

  it("downstream follows incoming links: input ← run ← output", async () => {
    const res = await explore("downstream", w.inputs[0]!, 2);
    expect(linksOf(res.body)).toEqual(expectLinks([[run, "used", w.inputs[0]!], [w.outputs[0]!, "wasGeneratedBy", run]]));
    expect(res.body.record_count).toBe(3);
  });

  it("the special queries keep only paths to datasets or agents", async () => {
    const contributing = await explore("special/contributing_datasets", w.outputs[0]!);
    expect(linksOf(contributing.body)).toEqual(expectLinks([[w.outputs[0]!, "wasGeneratedBy", run], [run, "used", w.inputs[0]!]]));
    const effected = await explore("special/effected_datasets", w.inputs[0]!);
    expect(linksOf(effected.body)).toEqual(expectLinks([[w.outputs[0]!, "wasGeneratedBy", run], [run, "used", w.inputs[0]!]]));
    const agents = await explore("special/contributing_agents", run, 1);
    expect(linksOf(agents.body)).toEqual(expectLinks([[run, "wasAssociatedWith", w.person], [run, "wasAssociatedWith", w.organisation]]));
    const affected = await explore("special/effected_agents", w.inputs[0]!, 1);
    expect(linksOf(affected.body)).toEqual(
      expectLinks([
        [w.inputs[0]!, "wasAttributedTo", w.person],
        [run, "used", w.inputs[0]!],
        [run, "wasAssociatedWith", w.person],
        [run, "wasAssociatedWith", w.organisation],
      ]),
    );
  });

  it("answers 400 above depth 10, 200 at 10, and 500 for an id the registry does not hold", async () => {
    const deep = await explore("upstream", run, 11);
    expect(deep.status).toBe(400);
    expect(deep.body.detail).toBe("Depth provided is in excess of depth maximum: 10.");
    expect((await explore("special/effected_agents", run, 11)).status).toBe(400);
    expect((await explore("downstream", run, 10)).status).toBe(200);
    expect((await explore("upstream", run, -1)).status).toBe(400);
    const unknown = await explore("upstream", "10378.1/999999");
    expect(unknown.status).toBe(500);
    expect(unknown.body.detail).toContain("10378.1/999999");
    expect((await explore("upstream", run, undefined, "not-a-token")).status).toBe(401);
  });

  it("gives an empty graph for an item without links", async () => {
    const res = await explore("upstream", w.study);
    expect(res.body).toMatchObject({ record_count: 0, graph: { nodes: [], links: [], edges: [] } });
  });
});

describe("storage", () => {
  it("rebuilds the same lineage from the storage tables after a restart", async () => {
    const before = await explore("upstream", run, 3);
    const again = await startLocalServer({ storage: h.storage, jobStepDelayMs: 0 });
    try {
      const url = `${again.endpoints.prov.replace(/\/$/, "")}/explore/upstream?starting_id=${encodeURIComponent(run)}&depth=3`;
      const res = await fetch(url, { headers: { authorization: `Bearer ${again.mintToken("user1")}` } });
      const body = (await res.json()) as { record_count: number; graph: { links: unknown[] } };
      expect(linksOf(body)).toEqual(linksOf(before.body));
      expect(body.record_count).toBe(before.body.record_count);
    } finally {
      await again.stop();
    }
  });
});
