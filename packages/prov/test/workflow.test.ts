// The full provenance workflow over real HTTP against the local server, through the SDK:
// register a run and wait for its id, lineage both ways with the exact edge set, a study link,
// an update that changes only its own record's edges, version activities, batch registration.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JobFailedError } from "@provena-sdk/jobs";
import { LineageGraph } from "../src/index.js";
import type { World } from "./support/world.js";
import { buildWorld, edgeSet, edges } from "./support/world.js";

let w: World;
let input: string, output: string, run: string;

beforeAll(async () => {
  w = await buildWorld();
  input = await w.dataset("rain 2024");
  output = await w.dataset("runoff 2024");
  const registered = await w.user.prov.register(w.record(input, output), { wait: true });
  run = registered.modelRunId;
}, 120_000);

afterAll(() => w?.stop());

describe("registering a model run", () => {
  it("resolves with the new model run id from the lodge job, and the registry item is LODGED", async () => {
    const fetched = await w.user.registry.modelRun.fetch(run);
    expect(fetched.isSeed).toBe(false);
    const item = fetched.item as { record_status: string; record: { display_name: string; inputs: { dataset_id: string }[] }; owner_username: string };
    expect(item.record_status).toBe("LODGED");
    expect(item.owner_username).toBe("user1");
    expect(item.record.inputs[0]!.dataset_id).toBe(input);
  });

  it("without wait, resolves with the lodge job's session id only", async () => {
    // Its own datasets, so the first run's lineage stays exactly as asserted below.
    const launched = await w.user.prov.register(w.record(await w.dataset("in, not waited"), await w.dataset("out, not waited"), { display_name: "not waited" }));
    expect(Object.keys(launched)).toEqual(["sessionId"]);
    const job = await w.user.registry.transport.request<{ job: { job_sub_type: string; status: string } }>({
      service: "jobs",
      method: "GET",
      path: "/jobs/user/fetch",
      query: { session_id: launched.sessionId },
      envelope: false,
    });
    expect(job.job.job_sub_type).toBe("MODEL_RUN_PROV_LODGE");
  });
});

describe("lineage of the run", () => {
  it("upstream of the run, one hop: exactly what the run used and who it was associated with", async () => {
    const graph = await w.user.prov.explore.upstream(run, { depth: 1 });
    expect(edgeSet(graph)).toEqual(
      edges(
        [run, "used", input],
        [run, "used", w.model],
        [run, "used", w.workflow],
        [run, "wasAssociatedWith", w.person],
        [run, "wasAssociatedWith", w.organisation],
      ),
    );
    expect(graph.node(run)).toEqual({ id: run, item_category: "ACTIVITY", item_subtype: "MODEL_RUN" });
    expect(graph.node(w.workflow)?.item_subtype).toBe("WORKFLOW_TEMPLATE");
    expect(graph.node(w.person)?.item_category).toBe("AGENT");
  });

  it("upstream of the output, one hop: the run, the modeller, its template and its create activity", async () => {
    const graph = await w.user.prov.explore.upstream(output, { depth: 1 });
    expect(edgeSet(graph)).toEqual(
      edges(
        [output, "wasGeneratedBy", run],
        [output, "wasAttributedTo", w.person],
        [output, "wasInfluencedBy", w.outputTemplate],
        [output, "wasGeneratedBy", w.createActivities.get(output)!],
      ),
    );
    expect(graph.node(w.createActivities.get(output)!)?.item_subtype).toBe("CREATE");
  });

  it("downstream of the input, two hops: the run that used it and the output it generated", async () => {
    const graph = await w.user.prov.explore.downstream(input, { depth: 2 });
    expect(edgeSet(graph)).toEqual(edges([run, "used", input], [output, "wasGeneratedBy", run]));
    expect(graph.descendants(input).map((n) => n.id)).toEqual([run, output]);
    expect(graph.paths(input, output)[0]!.nodes).toEqual([input, run, output]);
  });

  it("the workflow template holds its dataset templates and model", async () => {
    const graph = await w.user.prov.explore.upstream(w.workflow, { depth: 1 });
    expect(edgeSet(graph)).toEqual(
      edges(
        [w.workflow, "hadMember", w.inputTemplate],
        [w.workflow, "hadMember", w.outputTemplate],
        [w.workflow, "hadMember", w.model],
        [w.workflow, "wasGeneratedBy", w.createActivities.get(w.workflow)!],
        [w.workflow, "wasAttributedTo", w.person],
      ),
    );
    expect(graph.nodesOfSubtype("DATASET_TEMPLATE").map((n) => n.id).sort()).toEqual([w.inputTemplate, w.outputTemplate].sort());
  });

  it("a create activity is associated with the creator's Person", async () => {
    const activity = w.createActivities.get(w.model)!;
    const graph = await w.user.prov.explore.upstream(w.model, { depth: 2 });
    expect(graph.edge(w.model, activity)?.type).toBe("wasGeneratedBy");
    expect(graph.edge(activity, w.person)?.type).toBe("wasAssociatedWith");
    expect(graph.edge(w.model, w.person)?.type).toBe("wasAttributedTo");
  });

  it("the special queries: contributing datasets and agents, effected datasets and agents", async () => {
    const contributing = await w.user.prov.explore.contributingDatasets(output);
    expect(contributing.nodesOfSubtype("DATASET").map((n) => n.id)).toContain(input);
    const agents = await w.user.prov.explore.contributingAgents(output);
    expect(agents.nodes().filter((n) => n.item_category === "AGENT").map((n) => n.id).sort()).toEqual([w.organisation, w.person].sort());
    const effected = await w.user.prov.explore.effectedDatasets(input);
    expect(effected.nodesOfSubtype("DATASET").map((n) => n.id)).toContain(output);
    const effectedAgents = await w.user.prov.explore.effectedAgents(input);
    expect(effectedAgents.nodesOfSubtype("PERSON").map((n) => n.id)).toContain(w.person);
  });

  it("lineage() both ways is the union of upstream and downstream", async () => {
    const both = await w.user.prov.lineage(run, { direction: "both", depth: 1 });
    const up = await w.user.prov.explore.upstream(run, { depth: 1 });
    const down = await w.user.prov.explore.downstream(run, { depth: 1 });
    expect(edgeSet(both)).toEqual(edgeSet(LineageGraph.merge(up, down)));
    expect(edgeSet(down)).toEqual(edges([output, "wasGeneratedBy", run]));
  });
});

describe("study link", () => {
  it("adds MODEL_RUN -wasInformedBy-> STUDY, and a second link is refused", async () => {
    const other = await w.user.prov.register(w.record(await w.dataset("in, linked"), await w.dataset("out, linked"), { display_name: "to link" }), { wait: true });
    const before = await w.user.prov.explore.upstream(other.modelRunId, { depth: 1 });
    expect(before.edge(other.modelRunId, w.study)).toBeUndefined();
    const link = await w.user.prov.linkToStudy(other.modelRunId, w.study, { wait: true });
    expect([link.modelRunId, link.studyId]).toEqual([other.modelRunId, w.study]);
    const after = await w.user.prov.explore.upstream(other.modelRunId, { depth: 1 });
    expect(edgeSet(after)).toEqual([...edgeSet(before), `${other.modelRunId} wasInformedBy ${w.study}`].sort());
    expect(after.node(w.study)).toEqual({ id: w.study, item_category: "ACTIVITY", item_subtype: "STUDY" });
    await expect(w.user.prov.linkToStudy(other.modelRunId, w.study)).rejects.toMatchObject({ status: 400 });
  });
});

describe("update", () => {
  it("changes the updated record's edges and no other record's", async () => {
    const [in2, out2] = [await w.dataset("rain 2025"), await w.dataset("runoff 2025")];
    const second = await w.user.prov.register(w.record(in2, out2, { display_name: "second" }), { wait: true });
    const firstBefore = edgeSet(await w.user.prov.explore.upstream(run, { depth: 1 }));
    expect(edgeSet(await w.user.prov.explore.downstream(in2, { depth: 1 }))).toEqual(edges([second.modelRunId, "used", in2]));

    // The second run now used the first input instead of its own.
    const updated = await w.user.prov.update(second.modelRunId, w.record(input, out2, { display_name: "second, corrected" }), "wrong input", { wait: true });
    expect(updated.recordInfo.id).toBe(second.modelRunId);
    expect(updated.recordInfo.record.inputs[0]!.dataset_id).toBe(input);

    expect((await w.user.prov.explore.downstream(in2, { depth: 1 })).size).toBe(0);
    const users = await w.user.prov.explore.downstream(input, { depth: 1 });
    expect(users.children(input).map((n) => n.id)).toContain(second.modelRunId);
    expect(users.children(input).map((n) => n.id)).toContain(run);
    expect(edgeSet(await w.user.prov.explore.upstream(run, { depth: 1 }))).toEqual(firstBefore);
    const item = (await w.user.registry.modelRun.fetch(second.modelRunId)).item as { history: { reason: string }[] };
    expect(item.history.map((h) => h.reason)).toContain("wrong input");
  });
});

describe("version activities", () => {
  it("a new version of the model is generated by a VERSION activity that used the old one", async () => {
    const adminPerson = (await w.admin.registry.transport.request<{ person_id: string }>({ service: "auth", method: "GET", path: "/link/user/lookup", envelope: false })).person_id;
    const version = await w.admin.registry.model.version(w.model, "recalibrated", { wait: true });
    const activity = version.activity!.activityId;
    const graph = await w.user.prov.explore.upstream(version.newVersionId, { depth: 2 });
    expect(graph.node(activity)?.item_subtype).toBe("VERSION");
    expect(edgeSet(graph)).toEqual(
      expect.arrayContaining(
        edges([version.newVersionId, "wasGeneratedBy", activity], [version.newVersionId, "wasAttributedTo", adminPerson], [activity, "wasAssociatedWith", adminPerson], [activity, "used", w.model]),
      ),
    );
    const down = await w.user.prov.explore.downstream(w.model, { depth: 1 });
    expect(down.edge(activity, w.model)?.type).toBe("used");
  });
});

describe("batch registration", () => {
  it("one result per record, in order, a failed record carrying its job's error", async () => {
    const good = w.record(input, output, { display_name: "batch good" });
    const bad = w.record(input, output, { display_name: "batch bad", annotations: {} }); // missing the required annotation
    const batch = await w.user.prov.registerBatch([good, bad, { ...good, display_name: "batch good 2" }], { wait: true });
    expect(batch.results.map((r) => [r.index, r.ok, r.record.display_name])).toEqual([
      [0, true, "batch good"],
      [1, false, "batch bad"],
      [2, true, "batch good 2"],
    ]);
    const first = batch.results[0]!;
    const failed = batch.results[1]!;
    if (!first.ok || failed.ok) throw new Error("unreachable");
    expect(failed.error).toBeInstanceOf(JobFailedError);
    expect(failed.error.sessionId).toBe(failed.sessionId);
    expect((await w.user.registry.modelRun.fetch(first.modelRunId)).item).toMatchObject({ display_name: "batch good" });
    expect(new Set(batch.results.map((r) => r.sessionId)).size).toBe(3);
  });
});
