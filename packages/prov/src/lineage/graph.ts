// A lineage graph you can walk: nodes by id, one edge per (source, target) pair as upstream
// keeps them, and adjacency both ways. Built from an explore response (edges under `links` or
// `edges`) or from parts; immutable once built (merging makes a new graph).
import type { ItemSubType } from "@provena-sdk/models/prov";
import type { CytoscapeElements, CytoscapeOptions } from "./export-cytoscape.js";
import { toCytoscape } from "./export-cytoscape.js";
import type { DotOptions } from "./export-dot.js";
import { toDot } from "./export-dot.js";
import type { MermaidOptions } from "./export-mermaid.js";
import { toMermaid } from "./export-mermaid.js";
import type { LineageEdge, LineageNode, WireLineageGraph } from "./wire.js";
import type { LineagePath, PathOptions, WalkOptions } from "./walk.js";
import { distancesFrom, simplePaths } from "./walk.js";

/** What {@link LineageGraph.toJSON} writes: networkx node-link data, readable by `LineageGraph.fromWire`. */
export interface LineageGraphJson extends WireLineageGraph {
  /** Always true. */
  directed: true;
  /** Always false: one edge per (source, target) pair. */
  multigraph: false;
  /** Always empty. */
  graph: Record<string, never>;
  /** Every node. */
  nodes: LineageNode[];
  /** Every edge (upstream's key). */
  links: LineageEdge[];
  /** The same edges again (the key clients of earlier releases read). */
  edges: LineageEdge[];
}

/**
 * A lineage graph to walk and draw: nodes by id, one edge per (source, target) pair, adjacency
 * both ways. Edges point effect → cause, as PROV does, so "upstream" follows them. Every explore
 * call and `ProvClient.lineage` answer with one; immutable once built.
 */
export class LineageGraph {
  readonly #nodes = new Map<string, LineageNode>();
  readonly #edges: LineageEdge[] = [];
  readonly #out = new Map<string, LineageEdge[]>();
  readonly #in = new Map<string, LineageEdge[]>();
  /** source → target → edge: the one-edge-per-pair rule. */
  readonly #pairs = new Map<string, Map<string, LineageEdge>>();
  /** Ids known only as an edge endpoint so far (typed UNKNOWN until a listed node says otherwise). */
  readonly #placeholders = new Set<string>();

  /**
   * Nodes and edges; an edge whose pair (source, target) is already present is dropped (the
   * first one wins, as upstream keeps one edge per pair); so is a repeated node. An edge
   * endpoint missing from `nodes` is added with category and subtype "UNKNOWN" so every walk
   * stays well defined (a graph merged with one that lists the node gets its real type).
   */
  constructor(nodes: Iterable<LineageNode> = [], edges: Iterable<LineageEdge> = []) {
    for (const node of nodes) {
      const placeholder = node.item_subtype === "UNKNOWN" && node.item_category === "UNKNOWN";
      if (this.#nodes.has(node.id) && (placeholder || !this.#placeholders.has(node.id))) continue;
      this.#nodes.set(node.id, { ...node });
      if (placeholder) this.#placeholders.add(node.id);
      else this.#placeholders.delete(node.id);
    }
    for (const edge of edges) this.#addEdge(edge);
  }

  /** The graph of an explore response's `graph` (edges under `links`, `edges` or both). */
  static fromWire(wire: WireLineageGraph | null | undefined): LineageGraph {
    if (wire === null || wire === undefined) return new LineageGraph();
    return new LineageGraph(wire.nodes, [...(wire.links ?? []), ...(wire.edges ?? [])]);
  }

  /** One graph holding every node and edge of the given graphs. */
  static merge(...graphs: LineageGraph[]): LineageGraph {
    return new LineageGraph(
      graphs.flatMap((g) => g.nodes()),
      graphs.flatMap((g) => g.edges()),
    );
  }

  #addEdge(edge: LineageEdge): void {
    let targets = this.#pairs.get(edge.source);
    if (targets === undefined) this.#pairs.set(edge.source, (targets = new Map<string, LineageEdge>()));
    if (targets.has(edge.target)) return;
    const copy: LineageEdge = { source: edge.source, target: edge.target, type: edge.type };
    targets.set(edge.target, copy);
    this.#edges.push(copy);
    for (const id of [edge.source, edge.target]) {
      if (this.#nodes.has(id)) continue;
      this.#nodes.set(id, { id, item_category: "UNKNOWN", item_subtype: "UNKNOWN" });
      this.#placeholders.add(id);
    }
    push(this.#out, edge.source, copy);
    push(this.#in, edge.target, copy);
  }

  /** Number of nodes. */
  get size(): number {
    return this.#nodes.size;
  }

  /** True when the graph holds a node with this id. */
  has(id: string): boolean {
    return this.#nodes.has(id);
  }

  /** The node with this id, or undefined. */
  node(id: string): LineageNode | undefined {
    return this.#nodes.get(id);
  }

  /** Every node, in the order first seen (a fresh array). */
  nodes(): LineageNode[] {
    return [...this.#nodes.values()];
  }

  /** Every edge, in the order first seen (a fresh array). */
  edges(): LineageEdge[] {
    return [...this.#edges];
  }

  /** The edge from `source` to `target`, if any. */
  edge(source: string, target: string): LineageEdge | undefined {
    return this.#pairs.get(source)?.get(target);
  }

  /** Edges leaving `id` (what it used, was generated by, was associated with, …). */
  outgoing(id: string): LineageEdge[] {
    return [...(this.#out.get(id) ?? [])];
  }

  /** Edges arriving at `id` (what used it, was generated by it, …). */
  incoming(id: string): LineageEdge[] {
    return [...(this.#in.get(id) ?? [])];
  }

  /** The nodes `id` points to: one step upstream (the API's "upstream" direction). */
  parents(id: string): LineageNode[] {
    return this.outgoing(id).map((e) => this.#nodes.get(e.target)!);
  }

  /** The nodes pointing at `id`: one step downstream. */
  children(id: string): LineageNode[] {
    return this.incoming(id).map((e) => this.#nodes.get(e.source)!);
  }

  /** Everything upstream of `id` (following edges), nearest first, within `depth` hops (default: all). */
  ancestors(id: string, options: WalkOptions = {}): LineageNode[] {
    return this.#reach(id, "upstream", options);
  }

  /** Everything downstream of `id` (against edges), nearest first, within `depth` hops (default: all). */
  descendants(id: string, options: WalkOptions = {}): LineageNode[] {
    return this.#reach(id, "downstream", options);
  }

  /** Hops from `id` to each node it reaches in `direction` (the start at 0). */
  distances(id: string, direction: "upstream" | "downstream", options: WalkOptions = {}): Map<string, number> {
    return distancesFrom(id, this.#neighbours(direction), options);
  }

  #reach(id: string, direction: "upstream" | "downstream", options: WalkOptions): LineageNode[] {
    const found = this.distances(id, direction, options);
    found.delete(id);
    return [...found.keys()].map((n) => this.#nodes.get(n)!);
  }

  #neighbours(direction: "upstream" | "downstream"): (id: string) => string[] {
    return direction === "upstream" ? (id) => (this.#out.get(id) ?? []).map((e) => e.target) : (id) => (this.#in.get(id) ?? []).map((e) => e.source);
  }

  /**
   * Every simple path between two nodes. `direction` "upstream" follows edges from `from` (so
   * `to` is in `from`'s lineage), "downstream" goes against them, "both" (default) gives the
   * paths of either kind. Each path lists its nodes from `from` to `to` and the edges between
   * them as stored.
   */
  paths(from: string, to: string, options: PathOptions = {}): LineagePath[] {
    const direction = options.direction ?? "both";
    const run = (d: "upstream" | "downstream"): LineagePath[] =>
      simplePaths(from, to, this.#neighbours(d), options).map((nodes) => ({
        nodes,
        edges: nodes.slice(1).map((next, i) => (d === "upstream" ? this.edge(nodes[i]!, next)! : this.edge(next, nodes[i]!)!)),
      }));
    if (direction !== "both") return run(direction);
    if (from === to) return run("upstream");
    return [...run("upstream"), ...run("downstream")];
  }

  /** The nodes whose subtype is one of `subtypes`. */
  nodesOfSubtype(...subtypes: ItemSubType[]): LineageNode[] {
    const wanted = new Set<string>(subtypes);
    return this.nodes().filter((n) => wanted.has(n.item_subtype));
  }

  /** The subgraph induced by the nodes that pass `keep` (edges between two kept nodes). */
  subgraph(keep: (node: LineageNode) => boolean): LineageGraph {
    const nodes = this.nodes().filter(keep);
    const ids = new Set(nodes.map((n) => n.id));
    return new LineageGraph(
      nodes,
      this.#edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    );
  }

  /** Mermaid flowchart text (see `toMermaid`). */
  toMermaid(options?: MermaidOptions): string {
    return toMermaid(this, options);
  }

  /** Graphviz DOT text (see `toDot`). */
  toDot(options?: DotOptions): string {
    return toDot(this, options);
  }

  /** Cytoscape.js elements (see `toCytoscape`). */
  toCytoscape(options?: CytoscapeOptions): CytoscapeElements {
    return toCytoscape(this, options);
  }

  /** The wire form, with the edge list under `links` (as upstream) and `edges` (as older clients read). */
  toJSON(): LineageGraphJson {
    const edges = this.edges();
    return { directed: true, multigraph: false, graph: {}, nodes: this.nodes(), links: edges, edges: [...edges] };
  }
}

function push(map: Map<string, LineageEdge[]>, key: string, edge: LineageEdge): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [edge]);
  else list.push(edge);
}
