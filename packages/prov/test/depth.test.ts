// Explore depth rules over HTTP (defaults, the maximum of 10, unknown starts) and lineage()
// stitching several explore calls into one graph on a chain longer than 10 hops.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError, ServerError } from "@provena-sdk/http-core";
import type { LineageGraph, LineageRound } from "../src/index.js";
import { LineageDepthError, ProvClient } from "../src/index.js";
import type { World } from "./support/world.js";
import { buildWorld, edgeSet } from "./support/world.js";

// d0 <-used- r1 <-wasGeneratedBy- d1 <-used- r2 … d13: d_i is 2i hops downstream of d0.
const RUNS = 13;
let w: World;
const d: string[] = [];
const r: string[] = [""];

beforeAll(async () => {
  w = await buildWorld();
  for (let i = 0; i <= RUNS; i++) d.push(await w.dataset(`chain ${i}`));
  const records = Array.from({ length: RUNS }, (_, k) => w.record(d[k]!, d[k + 1]!, { display_name: `chain run ${k + 1}` }));
  const batch = await w.user.prov.registerBatch(records, { wait: true });
  for (const result of batch.results) {
    if (!result.ok) throw result.error;
    r.push(result.modelRunId);
  }
}, 240_000);

afterAll(() => w?.stop());

const last = () => d[RUNS]!;

describe("explore depth rules", () => {
  it("upstream defaults to 2 hops, the special queries to 4", async () => {
    const two = await w.user.prov.explore.upstream(last());
    expect([two.has(r[RUNS]!), two.has(d[RUNS - 1]!), two.has(r[RUNS - 1]!)]).toEqual([true, true, false]);
    const contributing = await w.user.prov.explore.contributingDatasets(last());
    expect([contributing.has(d[RUNS - 2]!), contributing.has(d[RUNS - 3]!)]).toEqual([true, false]);
  });

  it("10 hops is the most one call follows", async () => {
    const ten = await w.user.prov.explore.upstream(last(), { depth: 10 });
    expect([ten.has(d[RUNS - 5]!), ten.has(r[RUNS - 5]!)]).toEqual([true, false]);
  });

  it("above 10 the client refuses before sending; unchecked, the server answers 400", async () => {
    const error = await w.user.prov.explore.downstream(d[0]!, { depth: 11 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineageDepthError);
    expect((error as LineageDepthError).message).toBe("prov.explore.downstream: depth must be an integer from 1 to 10, got 11; lineage() follows more hops by stitching several explore calls");
    for (const depth of [0, -1, 2.5]) await expect(w.user.prov.explore.upstream(last(), { depth })).rejects.toBeInstanceOf(LineageDepthError);
    const unchecked = new ProvClient({ transport: w.user.transport, validateRequests: false });
    const server = await unchecked.explore.downstream(d[0]!, { depth: 11 }).catch((e: unknown) => e);
    expect(server).toBeInstanceOf(BadRequestError);
    expect((server as BadRequestError).serverMessage).toBe("Depth provided is in excess of depth maximum: 10.");
    // 0 means "the default" to the server.
    expect(edgeSet(await unchecked.explore.upstream(last(), { depth: 0 }))).toEqual(edgeSet(await w.user.prov.explore.upstream(last())));
  });

  it("an unknown starting id is a 500, as upstream", async () => {
    await expect(w.user.prov.explore.upstream("10378.1/does-not-exist")).rejects.toBeInstanceOf(ServerError);
  });
});

describe("lineage() past 10 hops", () => {
  const distances = (graph: LineageGraph, from: string, direction: "upstream" | "downstream") => graph.distances(from, direction);

  it("up to 10 hops it is the one explore call", async () => {
    expect(edgeSet(await w.user.prov.lineage(last(), { depth: 10 }))).toEqual(edgeSet(await w.user.prov.explore.upstream(last(), { depth: 10 })));
  });

  it("stitches exactly to the asked depth: 12, 25 and 26 hops up the chain", async () => {
    const rounds: LineageRound[] = [];
    const g12 = await w.user.prov.lineage(last(), { depth: 12, onRound: (round) => rounds.push(round) });
    expect([g12.has(d[RUNS - 6]!), g12.has(r[RUNS - 6]!)]).toEqual([true, false]);
    expect(rounds.map((x) => [x.direction, x.reached])).toEqual([["upstream", 10], ["upstream", 12]]);
    const g25 = await w.user.prov.lineage(last(), { depth: 25 });
    expect([g25.has(r[1]!), g25.has(d[0]!)]).toEqual([true, false]);
    const g26 = await w.user.prov.lineage(last(), { depth: 26 });
    expect(distances(g26, last(), "upstream").get(d[0]!)).toBe(26);
    const chainPath = g26.paths(last(), d[0]!, { direction: "upstream" });
    expect(chainPath).toHaveLength(1);
    expect(chainPath[0]!.nodes).toEqual(d.flatMap((id, i) => (i === 0 ? [id] : [r[i]!, id])).reverse());
  });

  it("the stitched graph holds nothing beyond the depth, and within 10 hops is the single call's graph", async () => {
    const graph = await w.user.prov.lineage(last(), { depth: 20 });
    const dist = distances(graph, last(), "upstream");
    expect(dist.size).toBe(graph.size);
    expect(Math.max(...dist.values())).toBe(20);
    for (const edge of graph.edges()) expect(dist.get(edge.source)!).toBeLessThan(20);
    const near = graph.subgraph((n) => dist.get(n.id)! <= 10);
    const single = await w.user.prov.explore.upstream(last(), { depth: 10 });
    // The single call lists an edge only on a path of ≤ 10 hops; the subgraph may also hold edges between two near nodes reached later.
    expect(edgeSet(near)).toEqual(expect.arrayContaining(edgeSet(single)));
    expect(near.nodes().map((n) => n.id).sort()).toEqual(single.nodes().map((n) => n.id).sort());
  });

  it("Infinity follows everything; downstream stitches too; both is the union", async () => {
    const all = await w.user.prov.lineage(last(), { depth: Infinity });
    expect(all.has(d[0]!)).toBe(true);
    expect(all.has(w.createActivities.get(d[0]!)!)).toBe(true);
    const down = await w.user.prov.lineage(d[0]!, { direction: "downstream", depth: 26 });
    expect(distances(down, d[0]!, "downstream").get(last())).toBe(26);
    const both = await w.user.prov.lineage(d[6]!, { direction: "both", depth: 14 });
    expect([both.has(d[0]!), both.has(last())]).toEqual([true, true]);
  });

  it("bad options are refused before any call", async () => {
    await expect(w.user.prov.lineage(last(), { depth: 0 })).rejects.toThrow("prov.lineage: depth must be a positive integer or Infinity, got 0");
    await expect(w.user.prov.lineage(last(), { depth: 12, concurrency: 0 })).rejects.toThrow("concurrency must be a positive integer");
  });
});
