// The six explore routes: upstream and downstream (default depth 2), and the four special
// queries (default depth 4). The API refuses depths above 10 (400); the client says so before
// sending unless request checks are off. Each answer is a LineageGraph.
import type { LineageGraph } from "../lineage/graph.js";
import type { ProvContext, SignalOption } from "../context.js";
import { call } from "../context.js";
import { LineageDepthError } from "../errors/prov-errors.js";
import { LineageGraph as Graph } from "../lineage/graph.js";
import { LineageModels } from "../lineage/wire.js";

/** The API's maximum explore depth. */
export const MAX_EXPLORE_DEPTH = 10;

/** Options of each explore query. */
export interface ExploreOptions extends SignalOption {
  /**
   * Hops to follow, 1 to 10; outside that range is a LineageDepthError before sending (unless
   * request checks are off).
   *
   * @defaultValue the route's: 2 for upstream and downstream, 4 for the special queries.
   */
  readonly depth?: number | undefined;
}

/** The explore queries by name, and their paths. */
export const EXPLORE_QUERIES = {
  upstream: "/explore/upstream",
  downstream: "/explore/downstream",
  contributingDatasets: "/explore/special/contributing_datasets",
  effectedDatasets: "/explore/special/effected_datasets",
  contributingAgents: "/explore/special/contributing_agents",
  effectedAgents: "/explore/special/effected_agents",
} as const;

/** The name of an explore query: a key of {@link EXPLORE_QUERIES}. */
export type ExploreQuery = keyof typeof EXPLORE_QUERIES;

/** `ProvClient.explore`: one method per explore query, each one API call answered with a {@link LineageGraph}. */
export type ExploreClient = {
  /**
   * `upstream`: what the start came from (follows edges); `downstream`: what came from it;
   * `contributingDatasets` / `contributingAgents`: upstream paths ending at datasets / agents;
   * `effectedDatasets`: downstream paths from datasets; `effectedAgents`: agents attached to
   * anything downstream of the start.
   */
  readonly [Q in ExploreQuery]: (startingId: string, options?: ExploreOptions) => Promise<LineageGraph>;
};

export function checkDepth(context: ProvContext, operationName: string, depth: number | undefined): void {
  if (depth === undefined || !context.validateRequests) return;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_EXPLORE_DEPTH) {
    throw new LineageDepthError({ operationName, depth, maximum: MAX_EXPLORE_DEPTH, hint: depth > MAX_EXPLORE_DEPTH ? "lineage() follows more hops by stitching several explore calls" : undefined });
  }
}

export async function explore(context: ProvContext, query: ExploreQuery, startingId: string, options: ExploreOptions = {}): Promise<LineageGraph> {
  const operationName = `prov.explore.${query}`;
  checkDepth(context, operationName, options.depth);
  const body = await call(context, {
    method: "GET",
    path: EXPLORE_QUERIES[query],
    query: { starting_id: startingId, depth: options.depth },
    schema: (mode) => LineageModels.get(mode).ExploreResponse,
    signal: options.signal,
    operationName,
  });
  return Graph.fromWire(body.graph);
}

export function createExploreClient(context: ProvContext): ExploreClient {
  const client = {} as Record<ExploreQuery, ExploreClient[ExploreQuery]>;
  for (const query of Object.keys(EXPLORE_QUERIES) as ExploreQuery[]) {
    client[query] = (startingId, options) => explore(context, query, startingId, options);
  }
  return client;
}
