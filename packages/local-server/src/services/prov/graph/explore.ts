// The lineage queries of behaviour.md §4.4, answered from the in-memory adjacency. Each Cypher
// query returns every path of length 1..d from the start (following outgoing links for
// "upstream", incoming for "downstream") that satisfies the query, and the response holds every
// node and link on those paths. A link u→v lies on such a path when the distance from the
// path's start set to u, plus one, plus the distance from v to the path's end set is at most d:
// two breadth-first searches give both distances. Traversals walk the node objects' own link
// maps, so a hop costs no id lookup.
import type { MemLink, MemNode, ProvGraphStore, WireLink, WireNode } from "./graph-store.js";

export type Direction = "out" | "in";

export interface Subgraph {
  readonly nodes: WireNode[];
  readonly links: WireLink[];
}

export type ExploreQuery = "upstream" | "downstream" | "contributing_datasets" | "effected_datasets" | "contributing_agents" | "effected_agents";

/** Plain reachability: every link walked from a node within d-1 hops (upstream, downstream). */
function reach(start: MemNode, direction: Direction, depth: number): Subgraph {
  const out = direction === "out";
  const seen = new Set<MemNode>([start]);
  const nodes: WireNode[] = [start.wire];
  const links: WireLink[] = [];
  let frontier = [start];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: MemNode[] = [];
    for (const node of frontier) {
      for (const link of (out ? node.out : node.in).values()) {
        links.push(link.wire);
        const other = out ? link.target : link.source;
        if (!seen.has(other)) {
          seen.add(other);
          nodes.push(other.wire);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return links.length === 0 ? { nodes: [], links } : { nodes, links };
}

const linksOf = (node: MemNode, direction: Direction): ReadonlyMap<string, MemLink> => (direction === "out" ? node.out : node.in);
const far = (link: MemLink, direction: Direction): MemNode => (direction === "out" ? link.target : link.source);

/** Breadth-first distances from `sources` (distance 0), at most `depth`, optionally inside `within`. */
function distances(sources: Iterable<MemNode>, direction: Direction, depth: number, within?: ReadonlyMap<MemNode, number>): Map<MemNode, number> {
  const dist = new Map<MemNode, number>();
  let frontier: MemNode[] = [];
  for (const node of sources) {
    if (!dist.has(node)) {
      dist.set(node, 0);
      frontier.push(node);
    }
  }
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next: MemNode[] = [];
    for (const node of frontier) {
      for (const link of linksOf(node, direction).values()) {
        const other = far(link, direction);
        if (dist.has(other) || (within !== undefined && !within.has(other))) continue;
        dist.set(other, level);
        next.push(other);
      }
    }
    frontier = next;
  }
  return dist;
}

/** Collects links once each, and the nodes at their ends in first-seen order. */
class Collector {
  readonly #links = new Set<MemLink>();

  add(link: MemLink): void {
    this.#links.add(link);
  }

  /** Links u→v (walking `direction`) on some walk from the `from` set to the `to` set of length ≤ depth. */
  addBetween(from: ReadonlyMap<MemNode, number>, to: ReadonlyMap<MemNode, number>, direction: Direction, depth: number): void {
    for (const [node, d] of from) {
      if (d >= depth) continue;
      for (const link of linksOf(node, direction).values()) {
        const rest = to.get(far(link, direction));
        if (rest !== undefined && d + 1 + rest <= depth) this.#links.add(link);
      }
    }
  }

  result(): Subgraph {
    const nodes = new Set<MemNode>();
    const links: WireLink[] = [];
    for (const link of this.#links) {
      links.push(link.wire);
      nodes.add(link.source).add(link.target);
    }
    return { nodes: [...nodes].map((node) => node.wire), links };
  }
}

/** Paths of length 1..depth from `start` walking `direction` that end at a node matching `isEnd`. */
function pathsToMatching(start: MemNode, direction: Direction, depth: number, isEnd: (node: WireNode) => boolean): Subgraph {
  const fromStart = distances([start], direction, depth);
  const ends = [...fromStart.keys()].filter((node) => isEnd(node.wire));
  const toEnd = distances(ends, direction === "out" ? "in" : "out", depth, fromStart);
  const collector = new Collector();
  collector.addBetween(fromStart, toEnd, direction, depth);
  return collector.result();
}

const isAgent = (node: WireNode): boolean => node.item_category === "AGENT";
const isDataset = (node: WireNode): boolean => node.item_category === "ENTITY" && node.item_subtype === "DATASET";

/** `(agent:AGENT)<-[]-(downstream)-[*0..d]->(start)`: agents of anything that leads to start. */
function effectedAgents(start: MemNode, depth: number): Subgraph {
  const toStart = distances([start], "in", depth);
  const collector = new Collector();
  const attached: MemNode[] = [];
  for (const node of toStart.keys()) {
    let hasAgent = false;
    for (const link of node.out.values()) {
      if (isAgent(link.target.wire)) {
        collector.add(link);
        hasAgent = true;
      }
    }
    if (hasAgent) attached.push(node);
  }
  collector.addBetween(distances(attached, "out", depth, toStart), toStart, "out", depth);
  return collector.result();
}

export function explore(store: ProvGraphStore, query: ExploreQuery, startId: string, depth: number): Subgraph {
  const start = store.handle(startId);
  if (start === undefined) return { nodes: [], links: [] };
  switch (query) {
    case "upstream":
      return reach(start, "out", depth);
    case "downstream":
      return reach(start, "in", depth);
    case "contributing_datasets":
      return pathsToMatching(start, "out", depth, isDataset);
    case "effected_datasets":
      return pathsToMatching(start, "in", depth, isDataset);
    case "contributing_agents":
      return pathsToMatching(start, "out", depth, isAgent);
    case "effected_agents":
      return effectedAgents(start, depth);
  }
}
