// Admin and hidden routes through prov.admin, and the access checks, over HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UnauthorizedError } from "@provena-sdk/http-core";
import type { World } from "./support/world.js";
import { buildWorld, edgeSet, edges } from "./support/world.js";

let w: World;
let input: string, output: string;

beforeAll(async () => {
  w = await buildWorld();
  input = await w.dataset("admin input");
  output = await w.dataset("admin output");
}, 120_000);

afterAll(() => w?.stop());

const runEdges = (run: string) =>
  edges([run, "used", input], [run, "used", w.model], [run, "used", w.workflow], [run, "wasAssociatedWith", w.person], [run, "wasAssociatedWith", w.organisation]);

describe("access checks", () => {
  it("echo the caller when its token holds the roles, 401 otherwise", async () => {
    for (const kind of ["general", "read", "write"] as const) {
      expect((await w.user.prov.checkAccess[kind]()).username).toBe("user1");
    }
    await expect(w.user.prov.checkAccess.admin()).rejects.toBeInstanceOf(UnauthorizedError);
    expect((await w.admin.prov.checkAccess.admin()).username).toBe("admin");
  });
});

describe("hidden routes", () => {
  it("registerSync lodges in one request (admins only)", async () => {
    await expect(w.user.prov.admin.registerSync(w.record(input, output))).rejects.toBeInstanceOf(UnauthorizedError);
    const info = await w.admin.prov.admin.registerSync(w.record(input, output, { display_name: "sync run" }));
    expect(info.record.display_name).toBe("sync run");
    expect(JSON.parse(info.prov_json)).toBeTypeOf("object");
    expect(edgeSet(await w.user.prov.explore.upstream(info.id, { depth: 1 }))).toEqual(runEdges(info.id));
  });

  it("deleteGraph removes only that run's edges (a trial changes nothing), not its registry item", async () => {
    const { modelRunId: run } = await w.user.prov.register(w.record(input, output), { wait: true });
    const keep = await w.user.prov.explore.upstream(output, { depth: 1 });
    const trial = await w.admin.prov.admin.deleteGraph(run, { trialMode: true });
    expect(trial.length).toBeGreaterThan(0);
    expect(edgeSet(await w.user.prov.explore.upstream(run, { depth: 1 }))).toEqual(runEdges(run));
    await w.admin.prov.admin.deleteGraph(run);
    expect((await w.user.prov.explore.upstream(run, { depth: 1 })).size).toBe(0);
    // The output keeps its create activity's edges (another record's); the deleted run's are gone.
    const after = await w.user.prov.explore.upstream(output, { depth: 1 });
    expect(after.edge(output, run)).toBeUndefined();
    expect(after.edge(output, w.createActivities.get(output)!)?.type).toBe("wasGeneratedBy");
    expect(edgeSet(after)).toEqual(edgeSet(keep).filter((e) => !e.includes(run)));
    expect((await w.user.registry.modelRun.fetch(run)).item.id).toBe(run);

    // store_record puts it back from the registry item.
    const item = (await w.admin.registry.modelRun.fetch(run)).item;
    await w.admin.prov.admin.storeRecord(item);
    expect(edgeSet(await w.user.prov.explore.upstream(run, { depth: 1 }))).toEqual(runEdges(run));
  });

  it("clearGraph wipes the graph; storeRecords and storeAllRegistryRecords re-lodge model runs", async () => {
    const { modelRunId: a } = await w.user.prov.register(w.record(input, output, { display_name: "a" }), { wait: true });
    const { modelRunId: b } = await w.user.prov.register(w.record(input, output, { display_name: "b" }), { wait: true });
    await expect(w.user.prov.admin.clearGraph()).rejects.toBeInstanceOf(UnauthorizedError);
    await w.admin.prov.admin.clearGraph();
    expect((await w.user.prov.explore.upstream(a, { depth: 1 })).size).toBe(0);
    const itemA = (await w.admin.registry.modelRun.fetch(a)).item;
    await w.admin.prov.admin.storeRecords([itemA], { validateRecord: false });
    expect(edgeSet(await w.user.prov.explore.upstream(a, { depth: 1 }))).toEqual(runEdges(a));
    expect((await w.user.prov.explore.upstream(b, { depth: 1 })).size).toBe(0);
    await w.admin.prov.admin.storeAllRegistryRecords();
    expect(edgeSet(await w.user.prov.explore.upstream(b, { depth: 1 }))).toEqual(runEdges(b));
  });

  it("config lists the service's settings", async () => {
    const required = await w.admin.prov.admin.config();
    expect(Object.keys(required).length).toBeGreaterThan(0);
    const all = await w.admin.prov.admin.config({ requiredOnly: false });
    expect(Object.keys(all).length).toBeGreaterThanOrEqual(Object.keys(required).length);
    await expect(w.user.prov.admin.config()).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
