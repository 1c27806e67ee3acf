// Mermaid, Graphviz DOT and Cytoscape JSON exports, with hostile ids and labels.
import { describe, expect, it } from "vitest";
import { LineageGraph, escapeMermaid, quoteDot, toCytoscape, toDot, toMermaid } from "../src/index.js";
import { modelRunWire, node } from "./support/graphs.js";

const hostile = new LineageGraph(
  [node('10378.1/1 "x"', "DATASET", "ENTITY"), node("a\\b\nc;d#e", "MODEL_RUN", "ACTIVITY"), node("edge:0", "PERSON", "AGENT")],
  [
    { source: "a\\b\nc;d#e", target: '10378.1/1 "x"', type: "used" },
    { source: "a\\b\nc;d#e", target: "edge:0", type: "wasAssociatedWith" },
  ],
);

describe("Mermaid", () => {
  it("writes a flowchart with generated ids and every edge", () => {
    const text = toMermaid(LineageGraph.fromWire(modelRunWire()));
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("flowchart LR");
    expect(lines[1]).toBe('  n0["MODEL_RUN MR"]');
    expect(lines.filter((l) => l.includes("-->"))).toHaveLength(12);
    expect(lines).toContain("  n0 -->|used| n1");
    expect(lines).toContain("  n2 -->|wasGeneratedBy| n0");
  });

  it("escapes quotes, backslashes, line breaks, # and ; into entity codes", () => {
    expect(escapeMermaid('say "hi"; #1 <b>|x|')).toBe("say #34;hi#34;#59; #35;1 #60;b#62;#124;x#124;");
    expect(escapeMermaid("two\nlines")).toBe("two<br/>lines");
    const text = toMermaid(hostile, { direction: "TB", label: (n) => n.id });
    expect(text).toContain('  n0["10378.1/1 #34;x#34;"]');
    expect(text).toContain('  n1["a#92;b<br/>c#59;d#35;e"]');
    expect(text.startsWith("flowchart TB\n")).toBe(true);
    // Nothing user-written survives unescaped inside a label.
    for (const line of text.split("\n").slice(1, 4)) expect(line.match(/"/g)).toHaveLength(2);
  });
});

describe("Graphviz DOT", () => {
  it("quotes every id and label", () => {
    expect(quoteDot('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
    const text = toDot(LineageGraph.fromWire(modelRunWire()), { name: "run 1" });
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe('digraph "run 1" {');
    expect(lines[1]).toBe("  rankdir=LR;");
    expect(lines).toContain('  "MR" [label="MODEL_RUN MR", shape=box];');
    expect(lines).toContain('  "P" [label="PERSON P", shape=house];');
    expect(lines).toContain('  "IN" [label="DATASET IN", shape=ellipse];');
    expect(lines).toContain('  "OUT" -> "MR" [label="wasGeneratedBy"];');
    expect(lines.filter((l) => l.includes("->"))).toHaveLength(12);
    expect(lines.at(-1)).toBe("}");
  });

  it("hostile ids stay inside their quotes", () => {
    const text = toDot(hostile);
    expect(text).toContain('  "a\\\\b\\nc;d#e" -> "10378.1/1 \\"x\\"" [label="used"];');
    expect(text).toContain('  "10378.1/1 \\"x\\"" [label="DATASET 10378.1/1 \\"x\\"", shape=ellipse];');
    // Every line holds an even number of unescaped quotes.
    for (const line of text.split("\n")) expect((line.replace(/\\\\/g, "").replace(/\\"/g, "").match(/"/g) ?? []).length % 2).toBe(0);
  });
});

describe("Cytoscape JSON", () => {
  it("lists nodes and edges as cytoscape elements", () => {
    const elements = toCytoscape(LineageGraph.fromWire(modelRunWire()));
    expect(elements.nodes).toHaveLength(9);
    expect(elements.edges).toHaveLength(12);
    expect(elements.nodes[0]).toEqual({ data: { id: "MR", label: "MODEL_RUN MR", item_category: "ACTIVITY", item_subtype: "MODEL_RUN" } });
    expect(elements.edges[1]).toEqual({ data: { id: "edge:1", source: "OUT", target: "MR", type: "wasGeneratedBy", label: "wasGeneratedBy" } });
  });

  it("edge ids never collide with node ids", () => {
    const elements = toCytoscape(hostile);
    const nodeIds = new Set(elements.nodes.map((n) => n.data.id));
    expect(elements.edges.map((e) => e.data.id)).toEqual(["_edge:0", "_edge:1"]);
    expect(elements.edges.some((e) => nodeIds.has(e.data.id))).toBe(false);
    // A custom label is used as is (JSON needs no escaping of its own).
    expect(toCytoscape(hostile, { label: (n) => `<${n.item_subtype}>` }).nodes[1]!.data.label).toBe("<MODEL_RUN>");
  });
});

describe("graph methods", () => {
  it("toMermaid, toDot and toCytoscape on the graph give the functions' output", () => {
    const graph = LineageGraph.fromWire(modelRunWire());
    expect(graph.toMermaid({ direction: "TB" })).toBe(toMermaid(graph, { direction: "TB" }));
    expect(graph.toDot({ name: "x" })).toBe(toDot(graph, { name: "x" }));
    expect(graph.toCytoscape()).toEqual(toCytoscape(graph));
  });
});
