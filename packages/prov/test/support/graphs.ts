// Constructed lineage graphs for the unit tests: the shape a model run lodges (upstream's
// §4.5 edge set) and a long chain.
import type { LineageEdge, LineageNode, WireLineageGraph } from "../../src/index.js";

export const node = (id: string, item_subtype: string, item_category: string): LineageNode => ({ id, item_subtype, item_category });

/** A model run MR used input IN (template TI) and generated OUT (template TO); model M, workflow template WT, modeller P, organisation O. */
export function modelRunWire(): WireLineageGraph {
  const nodes = [
    node("MR", "MODEL_RUN", "ACTIVITY"),
    node("IN", "DATASET", "ENTITY"),
    node("OUT", "DATASET", "ENTITY"),
    node("M", "MODEL", "ENTITY"),
    node("WT", "WORKFLOW_TEMPLATE", "ENTITY"),
    node("TI", "DATASET_TEMPLATE", "ENTITY"),
    node("TO", "DATASET_TEMPLATE", "ENTITY"),
    node("P", "PERSON", "AGENT"),
    node("O", "ORGANISATION", "AGENT"),
  ];
  const links: LineageEdge[] = [
    { source: "MR", target: "IN", type: "used" },
    { source: "OUT", target: "MR", type: "wasGeneratedBy" },
    { source: "MR", target: "M", type: "used" },
    { source: "MR", target: "WT", type: "used" },
    { source: "MR", target: "P", type: "wasAssociatedWith" },
    { source: "MR", target: "O", type: "wasAssociatedWith" },
    { source: "OUT", target: "P", type: "wasAttributedTo" },
    { source: "WT", target: "TI", type: "hadMember" },
    { source: "WT", target: "TO", type: "hadMember" },
    { source: "WT", target: "M", type: "hadMember" },
    { source: "IN", target: "TI", type: "wasInfluencedBy" },
    { source: "OUT", target: "TO", type: "wasInfluencedBy" },
  ];
  return { directed: true, multigraph: false, graph: {}, nodes, links };
}

/** c0 -used-> c1 -used-> … -used-> c{n}: n edges. */
export function chain(n: number): { nodes: LineageNode[]; edges: LineageEdge[] } {
  const nodes = Array.from({ length: n + 1 }, (_, i) => node(`c${i}`, i % 2 === 0 ? "MODEL_RUN" : "DATASET", i % 2 === 0 ? "ACTIVITY" : "ENTITY"));
  const edges = Array.from({ length: n }, (_, i): LineageEdge => ({ source: `c${i}`, target: `c${i + 1}`, type: i % 2 === 0 ? "used" : "wasGeneratedBy" }));
  return { nodes, edges };
}
