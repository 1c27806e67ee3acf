// `/explore/*` (behaviour.md §4.4): depth defaults per query, 400 above the maximum, 500 for a
// start id the registry does not hold, and the networkx node-link body. The edge list goes out
// under `links` (upstream's key) and `edges` (what clients of upstream's earlier releases read).
// A `server-timing` header reports the handler's own time (`app`: checks, traversal and body
// building) and the traversal's (`traverse`); the server adds its whole time (`total`).
import { performance } from "node:perf_hooks";
import type { AuthenticatedUser } from "../../auth/bearer.js";
import type { LineageResponse } from "@provena-sdk/models/prov";
import { detailReply, jsonReply, type Reply } from "../../http/reply.js";
import type { OperationHandler } from "../handler.js";
import { requireBody } from "../common/request-body.js";
import { JOB_RUNNER } from "../jobs/runner.js";
import { registryStore } from "../registry/registry-store.js";
import { provGraph } from "./graph/graph-store.js";
import { explore, type ExploreQuery, type Subgraph } from "./graph/explore.js";
import { provRequestModels } from "./request-models.js";
import { provReply, status } from "./responses.js";
import { encodeUserInfo } from "./user-info.js";

export const MAX_DEPTH = 10;

const DEFAULT_DEPTH: Readonly<Record<ExploreQuery, number>> = {
  upstream: 2,
  downstream: 2,
  contributing_datasets: 4,
  effected_datasets: 4,
  contributing_agents: 4,
  effected_agents: 4,
};

/** The networkx `node_link_data` body, with `edges` beside `links`. */
export function lineageGraph(subgraph: Subgraph): Record<string, unknown> {
  return { directed: true, multigraph: false, graph: {}, nodes: subgraph.nodes, links: subgraph.links, edges: subgraph.links };
}

export type DepthCheck = { ok: true; depth: number } | { ok: false; reply: Reply };

export function checkDepth(requested: unknown, fallback: number): DepthCheck {
  if (typeof requested !== "number" || requested === 0) return { ok: true, depth: fallback };
  if (requested > MAX_DEPTH) return { ok: false, reply: detailReply(400, `Depth provided is in excess of depth maximum: ${MAX_DEPTH}.`) };
  // Upstream's Cypher fails on a negative range; a clear 400 says what was wrong instead.
  if (requested < 0) return { ok: false, reply: detailReply(400, `Depth must be a positive integer (at most ${MAX_DEPTH}), got ${requested}.`) };
  return { ok: true, depth: requested };
}

// The body is built whole here rather than run through `provReply`'s null filler: every field
// of LineageResponse is present, and the graph is a free dict the filler would only copy.
const EXPLORED = Object.freeze(status(true, "Successfully explored the lineage."));

function exploreRoute(query: ExploreQuery): OperationHandler<AuthenticatedUser> {
  return ({ query: params, context }) => {
    const started = performance.now();
    const depth = checkDepth(params.depth, DEFAULT_DEPTH[query]);
    if (!depth.ok) return depth.reply;
    const start = String(params.starting_id);
    if (registryStore(context).item(start) === undefined) {
      return detailReply(500, `The provided id ${start} was not a valid registry item. Cannot explore the lineage of an item that does not exist.`);
    }
    const traversalStarted = performance.now();
    const subgraph = explore(provGraph(context), query, start, depth.depth);
    const traversalEnded = performance.now();
    const body: LineageResponse = { status: EXPLORED, record_count: subgraph.nodes.length, graph: lineageGraph(subgraph) };
    const ended = performance.now();
    return jsonReply(200, body, { "server-timing": `traverse;dur=${(traversalEnded - traversalStarted).toFixed(3)}, app;dur=${(ended - started).toFixed(3)}` });
  };
}

/** `POST /explore/generate/report`: launches the REPORT job (depth 1..3, else 422). */
const generateReportRoute: OperationHandler<AuthenticatedUser> = async ({ http, user, context }) => {
  const body = await requireBody(http, provRequestModels().GenerateReportRequest);
  if (!body.ok) return body.reply;
  const { id, item_subtype, depth } = body.value;
  const launched = context.store(JOB_RUNNER).launch({
    username: user.username,
    job_type: "REPORT",
    job_sub_type: "GENERATE_REPORT",
    payload: { id, item_subtype, depth, user_info: encodeUserInfo(user) },
  });
  return provReply("GenerateReportResponse", { session_id: launched.session_id });
};

export const exploreRoutes = {
  "POST /explore/generate/report": generateReportRoute,
  "GET /explore/upstream": exploreRoute("upstream"),
  "GET /explore/downstream": exploreRoute("downstream"),
  "GET /explore/special/contributing_datasets": exploreRoute("contributing_datasets"),
  "GET /explore/special/effected_datasets": exploreRoute("effected_datasets"),
  "GET /explore/special/contributing_agents": exploreRoute("contributing_agents"),
  "GET /explore/special/effected_agents": exploreRoute("effected_agents"),
} as const;
