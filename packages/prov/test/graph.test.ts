// The lineage graph type and its walks, on constructed graphs.
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "@provena-sdk/http-core";
import { LineageGraph, LineageModels } from "../src/index.js";
import { chain, modelRunWire, node } from "./support/graphs.js";

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);
const sorted = (nodes: { id: string }[]) => ids(nodes).sort();

describe("building a graph", () => {
  it("reads the edge list from `links`, from `edges`, or from both without doubling", () => {
    const wire = modelRunWire();
    const fromLinks = LineageGraph.fromWire(wire);
    const fromEdges = LineageGraph.fromWire({ ...wire, links: undefined, edges: wire.links });
    const fromBoth = LineageGraph.fromWire({ ...wire, edges: wire.links });
    for (const graph of [fromLinks, fromEdges, fromBoth]) {
      expect(graph.size).toBe(9);
      expect(graph.edges()).toEqual(wire.links);
    }
    // Old and new servers that list different edges under each key: the union.
    const split = LineageGraph.fromWire({ ...wire, links: wire.links!.slice(0, 5), edges: wire.links!.slice(3) });
    expect(split.edges()).toEqual(wire.links);
  });

  it("keeps one edge per (source, target) pair, the first one", () => {
    const graph = new LineageGraph([node("a", "DATASET", "ENTITY"), node("b", "MODEL_RUN", "ACTIVITY")], [
      { source: "b", target: "a", type: "used" },
      { source: "b", target: "a", type: "wasInformedBy" },
      { source: "a", target: "b", type: "wasGeneratedBy" },
    ]);
    expect(graph.edges()).toEqual([
      { source: "b", target: "a", type: "used" },
      { source: "a", target: "b", type: "wasGeneratedBy" },
    ]);
    expect(graph.edge("b", "a")?.type).toBe("used");
    expect(graph.edge("a", "a")).toBeUndefined();
  });

  it("adds an edge endpoint missing from the node list as UNKNOWN", () => {
    const graph = new LineageGraph([node("a", "DATASET", "ENTITY")], [{ source: "a", target: "ghost", type: "used" }]);
    expect(graph.node("ghost")).toEqual({ id: "ghost", item_category: "UNKNOWN", item_subtype: "UNKNOWN" });
    expect(ids(graph.parents("a"))).toEqual(["ghost"]);
  });

  it("an empty explore answer (a start with no relations) is an empty graph", () => {
    const graph = LineageGraph.fromWire({ directed: true, multigraph: false, graph: {}, nodes: [], links: [] });
    expect([graph.size, graph.edges().length, graph.ancestors("x").length, graph.parents("x").length]).toEqual([0, 0, 0, 0]);
    expect(LineageGraph.fromWire(null).size).toBe(0);
  });

  it("ids that look like Object.prototype keys are plain ids", () => {
    const graph = new LineageGraph([node("__proto__", "DATASET", "ENTITY"), node("constructor", "MODEL_RUN", "ACTIVITY")], [{ source: "constructor", target: "__proto__", type: "used" }]);
    expect(ids(graph.parents("constructor"))).toEqual(["__proto__"]);
    expect(ids(graph.children("__proto__"))).toEqual(["constructor"]);
    expect(graph.has("toString")).toBe(false);
    expect(graph.parents("toString")).toEqual([]);
  });

  it("merge unions nodes and edges; toJSON writes the list under links and edges", () => {
    const a = new LineageGraph([node("x", "DATASET", "ENTITY")], [{ source: "x", target: "y", type: "used" }]);
    const b = new LineageGraph([node("y", "MODEL", "ENTITY")], [{ source: "x", target: "y", type: "wasDerivedFrom" }, { source: "y", target: "z", type: "used" }]);
    const merged = LineageGraph.merge(a, b);
    expect(merged.edges()).toEqual([
      { source: "x", target: "y", type: "used" },
      { source: "y", target: "z", type: "used" },
    ]);
    // y is only an endpoint (UNKNOWN) in `a` and typed in `b`; x the other way round: the typed node wins.
    expect(merged.nodes().map((n) => [n.id, n.item_subtype])).toEqual([["x", "DATASET"], ["y", "MODEL"], ["z", "UNKNOWN"]]);
    const json = LineageGraph.merge(b, a).toJSON();
    expect(json.links).toEqual(json.edges);
    expect(json.nodes.map((n) => [n.id, n.item_subtype])).toEqual([["y", "MODEL"], ["x", "DATASET"], ["z", "UNKNOWN"]]);
    expect(LineageGraph.fromWire(json).edges()).toEqual(json.links);
  });
});

describe("the wire model", () => {
  it("strict mode refuses a graph whose nodes come without any edge list, and unknown relation names", () => {
    const strict = LineageModels.strict.WireLineageGraph;
    const wire = modelRunWire();
    expect(strict.safeParse(wire).success).toBe(true);
    expect(strict.safeParse({ ...wire, links: undefined }).success).toBe(false);
    expect(strict.safeParse({ ...wire, links: [{ source: "a", target: "b", type: "wasSeenBy" }] }).success).toBe(false);
    expect(LineageModels.lenient.WireLineageGraph.safeParse({ ...wire, links: [{ source: "a", target: "b", type: "wasSeenBy" }] }).success).toBe(true);
    expect(strict.safeParse({ nodes: [], links: [] }).success).toBe(true);
  });
});

describe("walks", () => {
  const graph = LineageGraph.fromWire(modelRunWire());

  it("parents follow edges (upstream), children go against them (downstream)", () => {
    expect(sorted(graph.parents("MR"))).toEqual(["IN", "M", "O", "P", "WT"]);
    expect(sorted(graph.children("MR"))).toEqual(["OUT"]);
    expect(sorted(graph.children("P"))).toEqual(["MR", "OUT"]);
    expect(graph.outgoing("OUT").map((e) => e.type).sort()).toEqual(["wasAttributedTo", "wasGeneratedBy", "wasInfluencedBy"]);
    expect(graph.incoming("TI").map((e) => e.source).sort()).toEqual(["IN", "WT"]);
  });

  it("ancestors and descendants to a depth, nearest first", () => {
    expect(sorted(graph.ancestors("OUT", { depth: 1 }))).toEqual(["MR", "P", "TO"]);
    const two = ids(graph.ancestors("OUT", { depth: 2 }));
    expect(two.slice(0, 3).sort()).toEqual(["MR", "P", "TO"]);
    expect(two.slice(3).sort()).toEqual(["IN", "M", "O", "WT"]);
    expect(sorted(graph.ancestors("OUT"))).toEqual(["IN", "M", "MR", "O", "P", "TI", "TO", "WT"]);
    expect(graph.ancestors("OUT", { depth: 0 })).toEqual([]);
    expect(sorted(graph.descendants("TI", { depth: 1 }))).toEqual(["IN", "WT"]);
    expect(sorted(graph.descendants("TI"))).toEqual(["IN", "MR", "OUT", "WT"]);
    expect(graph.distances("OUT", "upstream").get("TI")).toBe(3);
  });

  it("a bad depth is a ConfigurationError naming it", () => {
    for (const depth of [-1, 1.5, Number.NaN]) {
      expect(() => graph.ancestors("OUT", { depth })).toThrow(ConfigurationError);
    }
    expect(() => graph.descendants("TI", { depth: -2 })).toThrow("depth must be a non-negative integer (or Infinity), got -2");
  });

  it("paths between two nodes, in either direction, with their edges", () => {
    const up = graph.paths("OUT", "TI", { direction: "upstream" });
    expect(up.map((p) => p.nodes.join(">")).sort()).toEqual(["OUT>MR>IN>TI", "OUT>MR>WT>TI"]);
    const viaIn = up.find((p) => p.nodes.includes("IN"))!;
    expect(viaIn.edges.map((e) => e.type)).toEqual(["wasGeneratedBy", "used", "wasInfluencedBy"]);
    expect(graph.paths("OUT", "TI", { direction: "downstream" })).toEqual([]);
    // From the cause to its effect: found going downstream; "both" (the default) finds it too.
    const down = graph.paths("TI", "OUT");
    expect(down.map((p) => p.nodes.join(">")).sort()).toEqual(["TI>IN>MR>OUT", "TI>WT>MR>OUT"]);
    expect(down[0]!.edges.every((e, i) => e.source === down[0]!.nodes[i + 1] && e.target === down[0]!.nodes[i])).toBe(true);
    expect(graph.paths("OUT", "TI", { maxLength: 2 })).toEqual([]);
    expect(graph.paths("OUT", "TI", { maxLength: 3 })).toHaveLength(2);
    expect(graph.paths("OUT", "TI", { limit: 1 })).toHaveLength(1);
    expect(graph.paths("OUT", "OUT")).toEqual([{ nodes: ["OUT"], edges: [] }]);
    expect(graph.paths("OUT", "nowhere")).toEqual([]);
  });

  it("paths stay simple on a cycle", () => {
    const cyclic = new LineageGraph([], [
      { source: "a", target: "b", type: "used" },
      { source: "b", target: "a", type: "used" },
      { source: "b", target: "c", type: "used" },
    ]);
    expect(cyclic.paths("a", "c", { direction: "upstream" }).map((p) => p.nodes)).toEqual([["a", "b", "c"]]);
    expect(sorted(cyclic.ancestors("a"))).toEqual(["b", "c"]);
  });

  it("filters by subtype and takes induced subgraphs", () => {
    expect(sorted(graph.nodesOfSubtype("DATASET"))).toEqual(["IN", "OUT"]);
    expect(sorted(graph.nodesOfSubtype("PERSON", "ORGANISATION"))).toEqual(["O", "P"]);
    expect(graph.nodesOfSubtype("STUDY")).toEqual([]);
    const entities = graph.subgraph((n) => n.item_category === "ENTITY");
    expect(entities.size).toBe(6);
    expect(entities.edges().every((e) => entities.has(e.source) && entities.has(e.target))).toBe(true);
    expect(entities.edges()).toHaveLength(5);
  });

  it("walks a long chain without recursion limits", () => {
    const { nodes, edges } = chain(5_000);
    const long = new LineageGraph(nodes, edges);
    expect(long.ancestors("c0")).toHaveLength(5_000);
    expect(long.ancestors("c0", { depth: 25 }).at(-1)?.id).toBe("c25");
    expect(long.paths("c0", "c5000")[0]!.nodes).toHaveLength(5_001);
  });
});
