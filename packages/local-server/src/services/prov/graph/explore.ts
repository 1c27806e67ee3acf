// The lineage queries of behaviour.md §4.4, answered from the in-memory adjacency. Each Cypher
// query returns every path of length 1..d from the start (following outgoing links for
// "upstream", incoming for "downstream") that satisfies the query, and the response holds every
// node and link on those paths. A link u→v lies on such a path when the distance from the
// path's start set to u, plus one, plus the distance from v to the path's end set is at most d:
// two breadth-first searches give both distances.
import type { MemLink, ProvGraphStore, WireLink, WireNode } from "./graph-store.js";

export type Direction = "out" | "in";

export interface Subgraph {
  readonly nodes: WireNode[];
  readonly links: WireLink[];
}

export type ExploreQuery = "upstream" | "downstream" | "contributing_datasets" | "effected_datasets" | "contributing_agents" | "effected_agents";

const reverse = (direction: Direction): Direction => (direction === "out" ? "in" : "out");

function neighbours(store: ProvGraphStore, id: string, direction: Direction): ReadonlyMap<string, MemLink> {
  return direction === "out" ? store.outgoing(id) : store.incoming(id);
}

/** Plain reachability: every link walked from a node within d-1 hops (upstream, downstream). */
function reach(store: ProvGraphStore, start: string, direction: Direction, depth: number): Subgraph {
  const seen = new Set<string>([start]);
  const links: WireLink[] = [];
  let frontier = [start];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const [other, link] of neighbours(store, id, direction)) {
        links.push(link.wire);
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  if (links.length === 0) return { nodes: [], links };
  const nodes: WireNode[] = [];
  for (const id of seen) nodes.push(nodeOf(store, id));
  return { nodes, links };
}

/** Breadth-first distances from `sources` (distance 0), at most `depth`, optionally inside `within`. */
function distances(store: ProvGraphStore, sources: Iterable<string>, direction: Direction, depth: number, within?: ReadonlyMap<string, number>): Map<string, number> {
  const dist = new Map<string, number>();
  let frontier: string[] = [];
  for (const id of sources) {
    if (!dist.has(id)) {
      dist.set(id, 0);
      frontier.push(id);
    }
  }
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of neighbours(store, id, direction).keys()) {
        if (dist.has(other) || (within !== undefined && !within.has(other))) continue;
        dist.set(other, level);
        next.push(other);
      }
    }
    frontier = next;
  }
  return dist;
}

/** Links u→v (walking `direction`) on some walk from the `from` set to the `to` set of length ≤ depth. */
function linksBetween(store: ProvGraphStore, from: ReadonlyMap<string, number>, to: ReadonlyMap<string, number>, direction: Direction, depth: number, out: Collector): void {
  for (const [id, d] of from) {
    if (d >= depth) continue;
    for (const [other, link] of neighbours(store, id, direction)) {
      const rest = to.get(other);
      if (rest !== undefined && d + 1 + rest <= depth) out.add(link);
    }
  }
}

/** Collects links once each, and the nodes at their ends in first-seen order. */
class Collector {
  readonly #links = new Set<MemLink>();
  constructor(readonly store: ProvGraphStore) {}

  add(link: MemLink): void {
    this.#links.add(link);
  }

  result(): Subgraph {
    const nodes = new Map<string, WireNode>();
    const links: WireLink[] = [];
    for (const link of this.#links) {
      links.push(link.wire);
      if (!nodes.has(link.row.source)) nodes.set(link.row.source, nodeOf(this.store, link.row.source));
      if (!nodes.has(link.row.target)) nodes.set(link.row.target, nodeOf(this.store, link.row.target));
    }
    return { nodes: [...nodes.values()], links };
  }
}

/** Paths of length 1..depth from `start` walking `direction` that end at a node matching `isEnd`. */
function pathsToMatching(store: ProvGraphStore, start: string, direction: Direction, depth: number, isEnd: (node: WireNode) => boolean): Subgraph {
  const fromStart = distances(store, [start], direction, depth);
  const ends: string[] = [];
  for (const id of fromStart.keys()) {
    const node = store.node(id);
    if (node !== undefined && isEnd(node)) ends.push(id);
  }
  const toEnd = distances(store, ends, reverse(direction), depth, fromStart);
  const collector = new Collector(store);
  linksBetween(store, fromStart, toEnd, direction, depth, collector);
  return collector.result();
}

const isAgent = (node: WireNode): boolean => node.item_category === "AGENT";
const isDataset = (node: WireNode): boolean => node.item_category === "ENTITY" && node.item_subtype === "DATASET";

/** `(agent:AGENT)<-[]-(downstream)-[*0..d]->(start)`: agents of anything that leads to start. */
function effectedAgents(store: ProvGraphStore, start: string, depth: number): Subgraph {
  const toStart = distances(store, [start], "in", depth);
  const collector = new Collector(store);
  const attached: string[] = [];
  for (const id of toStart.keys()) {
    let hasAgent = false;
    for (const [target, link] of store.outgoing(id)) {
      const node = store.node(target);
      if (node !== undefined && isAgent(node)) {
        collector.add(link);
        hasAgent = true;
      }
    }
    if (hasAgent) attached.push(id);
  }
  const fromAttached = distances(store, attached, "out", depth, toStart);
  linksBetween(store, fromAttached, toStart, "out", depth, collector);
  return collector.result();
}

export function explore(store: ProvGraphStore, query: ExploreQuery, start: string, depth: number): Subgraph {
  switch (query) {
    case "upstream":
      return reach(store, start, "out", depth);
    case "downstream":
      return reach(store, start, "in", depth);
    case "contributing_datasets":
      return pathsToMatching(store, start, "out", depth, isDataset);
    case "effected_datasets":
      return pathsToMatching(store, start, "in", depth, isDataset);
    case "contributing_agents":
      return pathsToMatching(store, start, "out", depth, isAgent);
    case "effected_agents":
      return effectedAgents(store, start, depth);
  }
}

function nodeOf(store: ProvGraphStore, id: string): WireNode {
  // A link always has both nodes stored; the fallback only guards a hand-edited storage.
  return store.node(id) ?? { id, item_category: "ENTITY", item_subtype: "UNKNOWN" };
}
