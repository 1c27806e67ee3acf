// lineage(): a graph to any depth. The API answers at most 10 hops per call, so deeper asks are
// stitched: explore the start to 10 hops, then explore each node exactly 10 hops out (the
// frontier) for the hops still wanted, merge, and repeat. Every node within the asked depth is
// then in the graph with the edges of its shortest paths, as one deeper call would have given.
import { ConfigurationError } from "@provena-sdk/http-core";
import type { ProvContext, SignalOption } from "../context.js";
import { LineageGraph } from "../lineage/graph.js";
import { MAX_EXPLORE_DEPTH, explore } from "./explore-client.js";

/** Options of {@link ProvClient.lineage}. */
export interface LineageOptions extends SignalOption {
  /**
   * "upstream": what the start came from; "downstream": what came from it; "both": the two
   * merged in one graph.
   *
   * @defaultValue `"upstream"`
   */
  readonly direction?: "upstream" | "downstream" | "both" | undefined;
  /**
   * Hops to follow: a positive integer, or Infinity for everything reachable. Above 10 several
   * explore calls are stitched together.
   *
   * @defaultValue 2 (the API's)
   */
  readonly depth?: number | undefined;
  /**
   * Explore calls in flight at once while stitching.
   *
   * @defaultValue 4
   */
  readonly concurrency?: number | undefined;
  /** Called after each round of explore calls (for progress bars on deep asks). */
  readonly onRound?: ((round: LineageRound) => void) | undefined;
}

/** Progress of a stitched lineage walk, passed to `onRound` after each round of explore calls. */
export interface LineageRound {
  /** The direction this round walked. */
  readonly direction: "upstream" | "downstream";
  /** Hops covered so far. */
  readonly reached: number;
  /** Explore calls made in this round. */
  readonly calls: number;
  /** Nodes in the graph so far (this direction). */
  readonly nodes: number;
}

export async function lineage(context: ProvContext, startingId: string, options: LineageOptions = {}): Promise<LineageGraph> {
  const depth = options.depth ?? 2;
  if (depth !== Infinity && (!Number.isInteger(depth) || depth < 1)) {
    throw new ConfigurationError(`prov.lineage: depth must be a positive integer or Infinity, got ${String(depth)}`);
  }
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new ConfigurationError(`prov.lineage: concurrency must be a positive integer, got ${String(concurrency)}`);
  const direction = options.direction ?? "upstream";
  const directions = direction === "both" ? (["upstream", "downstream"] as const) : ([direction] as const);
  const graphs = await Promise.all(directions.map((d) => stitch(context, startingId, d, depth, concurrency, options)));
  return LineageGraph.merge(...graphs);
}

async function stitch(
  context: ProvContext,
  start: string,
  direction: "upstream" | "downstream",
  depth: number,
  concurrency: number,
  options: LineageOptions,
): Promise<LineageGraph> {
  const call = (id: string, hops: number) => explore(context, direction, id, { depth: hops, signal: options.signal });
  let reached = Math.min(depth, MAX_EXPLORE_DEPTH);
  let graph = await call(start, reached);
  options.onRound?.({ direction, reached, calls: 1, nodes: graph.size });
  for (;;) {
    if (reached >= depth) return graph;
    const distances = graph.distances(start, direction);
    const frontier = [...distances].filter(([, hops]) => hops === reached).map(([id]) => id);
    if (frontier.length === 0) return graph;
    const step = Math.min(depth - reached, MAX_EXPLORE_DEPTH);
    const parts = await mapLimited(frontier, concurrency, (id) => call(id, step));
    graph = LineageGraph.merge(graph, ...parts);
    reached += step;
    options.onRound?.({ direction, reached, calls: frontier.length, nodes: graph.size });
  }
}

/** `fn` over `items` with at most `limit` calls pending; results in input order; the first failure rejects. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
