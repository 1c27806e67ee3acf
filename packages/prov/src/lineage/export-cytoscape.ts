// Cytoscape.js elements JSON (`cytoscape({ elements })` takes it as is). Node and edge ids share
// one namespace in Cytoscape, so edge ids get a prefix no node id starts with.
import type { LineageGraph } from "./graph.js";
import type { NodeLabel } from "./labels.js";
import { defaultNodeLabel } from "./labels.js";

export interface CytoscapeNodeData {
  readonly id: string;
  readonly label: string;
  readonly item_category: string;
  readonly item_subtype: string;
}

export interface CytoscapeEdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly label: string;
}

export interface CytoscapeElements {
  readonly nodes: { data: CytoscapeNodeData }[];
  readonly edges: { data: CytoscapeEdgeData }[];
}

export interface CytoscapeOptions {
  readonly label?: NodeLabel | undefined;
}

export function toCytoscape(graph: LineageGraph, options: CytoscapeOptions = {}): CytoscapeElements {
  const label = options.label ?? defaultNodeLabel;
  const nodes = graph.nodes();
  let prefix = "edge:";
  while (nodes.some((n) => n.id.startsWith(prefix))) prefix = `_${prefix}`;
  return {
    nodes: nodes.map((n) => ({ data: { id: n.id, label: label(n), item_category: n.item_category, item_subtype: n.item_subtype } })),
    edges: graph.edges().map((e, i) => ({ data: { id: `${prefix}${i}`, source: e.source, target: e.target, type: e.type, label: e.type } })),
  };
}
