// The lineage graph on durable storage (`--data`): every write lands in the tables once, the
// in-memory index holds the table's own rows (no second copy, no read-back), and a reopened
// folder gives back the same graph, record ids and all, so a later removal still takes only
// its own record's share.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sqliteStorage, type Storage } from "../src/index.js";
import type { ServiceContext } from "../src/services/context.js";
import { explore } from "../src/services/prov/graph/explore.js";
import { PROV_TABLES, ProvGraphStore } from "../src/services/prov/graph/graph-store.js";
import { RecordGraphBuilder, type GraphNode } from "../src/services/prov/graph/model.js";

let dir: string;
const opened: Storage[] = [];
const open = (): { storage: Storage; graph: ProvGraphStore } => {
  const storage = sqliteStorage(dir);
  opened.push(storage);
  // The graph store reads only the context's storage.
  return { storage, graph: new ProvGraphStore({ storage } as unknown as ServiceContext) };
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "provena-local-graph-"));
});
afterEach(() => {
  for (const storage of opened.splice(0)) storage.close();
  rmSync(dir, { recursive: true, force: true });
});

const run: GraphNode = { id: "run", item_category: "ACTIVITY", item_subtype: "MODEL_RUN" };
const input: GraphNode = { id: "in", item_category: "ENTITY", item_subtype: "DATASET" };
const output: GraphNode = { id: "out", item_category: "ENTITY", item_subtype: "DATASET" };
const person: GraphNode = { id: "person", item_category: "AGENT", item_subtype: "PERSON" };
const other: GraphNode = { id: "other", item_category: "ACTIVITY", item_subtype: "CREATE" };

const recordA = new RecordGraphBuilder("A").link(run, "used", input).link(output, "wasGeneratedBy", run).link(run, "wasAssociatedWith", person).build();
const recordB = new RecordGraphBuilder("B").link(run, "used", input).link(input, "wasGeneratedBy", other).build();
const edges = (graph: ProvGraphStore, start: string): string[] =>
  explore(graph, "upstream", start, 10)
    .links.map((l) => `${l.source} ${l.type} ${l.target}`)
    .sort();

describe("the lineage graph on sqlite storage", () => {
  it("indexes the rows the tables hold, one copy each", () => {
    const { storage, graph } = open();
    graph.applyRecord(recordA);
    graph.applyRecord(recordB);
    const nodes = storage.table(PROV_TABLES.nodes);
    for (const id of ["run", "in", "out", "person", "other"]) expect(graph.nodeRow(id)).toBe(nodes.get(id));
    const links = graph.recordElements("B").links;
    expect(links.map((l) => l.record_ids)).toEqual([["A", "B"], ["B"]]);
    for (const link of links) expect(link).toBe(storage.table(PROV_TABLES.links).get(JSON.stringify([link.source, link.target])));
    expect(Object.isFrozen(graph.nodeRow("run"))).toBe(true);
  });

  it("comes back whole after a reopen, and a removal there takes only its record's share", () => {
    const first = open();
    first.graph.applyRecord(recordA);
    first.graph.applyRecord(recordB);
    const before = edges(first.graph, "out");
    expect(before).toEqual(["in wasGeneratedBy other", "out wasGeneratedBy run", "run used in", "run wasAssociatedWith person"]);
    first.storage.close();

    const second = open();
    expect(edges(second.graph, "out")).toEqual(before);
    expect(second.graph.recordElements("A").nodes.map((n) => n.id).sort()).toEqual(["in", "out", "person", "run"]);
    second.graph.removeRecord("A");
    expect(edges(second.graph, "run")).toEqual(["in wasGeneratedBy other", "run used in"]);
    expect(second.graph.nodeRow("out")).toBeUndefined();
    second.storage.close();

    const third = open();
    expect(third.graph.linkCount).toBe(2);
    expect(third.graph.nodeCount).toBe(3);
    expect(third.graph.recordElements("A")).toEqual({ nodes: [], links: [] });
    expect(third.graph.recordElements("B").links.map((l) => l.record_ids)).toEqual([["B"], ["B"]]);
  });
});
