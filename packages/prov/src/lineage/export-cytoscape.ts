// Cytoscape.js elements JSON (`cytoscape({ elements })` takes it as is). Node and edge ids share
// one namespace in Cytoscape, so edge ids get a prefix no node id starts with.
import type { LineageGraph } from "./graph.js";
import type { NodeLabel } from "./labels.js";
import { defaultNodeLabel } from "./labels.js";

/** The `data` of a Cytoscape node. */
export interface CytoscapeNodeData {
  /** The registry item's id. */
  readonly id: string;
  /** The text shown (from the `label` option). */
  readonly label: string;
  /** ACTIVITY, AGENT, ENTITY or UNKNOWN, for styling by category. */
  readonly item_category: string;
  /** The item's subtype, for styling by subtype. */
  readonly item_subtype: string;
}

/** The `data` of a Cytoscape edge. */
export interface CytoscapeEdgeData {
  /** A generated id (`edge:<n>`, prefixed further if a node id could clash). */
  readonly id: string;
  /** Id of the effect node. */
  readonly source: string;
  /** Id of the cause node. */
  readonly target: string;
  /** The PROV relation. */
  readonly type: string;
  /** The text shown: the relation. */
  readonly label: string;
}

/** Cytoscape.js elements JSON: `cytoscape({ elements })` takes it as is. */
export interface CytoscapeElements {
  /** One element per node. */
  readonly nodes: {
    /** The node's data. */
    data: CytoscapeNodeData;
  }[];
  /** One element per edge. */
  readonly edges: {
    /** The edge's data. */
    data: CytoscapeEdgeData;
  }[];
}

/** Options of {@link toCytoscape}. */
export interface CytoscapeOptions {
  /**
   * The text of each node.
   *
   * @defaultValue {@link defaultNodeLabel}
   */
  readonly label?: NodeLabel | undefined;
}

/** A lineage graph as Cytoscape.js elements, for drawing it interactively in a browser. */
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
