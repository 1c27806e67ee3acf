// The graph the explore routes send: networkx's node-link data. Upstream's server writes the
// edge list under `links`; clients written against its earlier releases read `edges`; the
// local server writes both. Either key (or both) is accepted here.
import { defineModels } from "@provena-sdk/http-core";
import type { ModelSet, UnknownString } from "@provena-sdk/http-core";
import { ItemCategoryValues, ItemSubTypeValues, PROV_RELATION_TYPES } from "@provena-sdk/models/prov";
import type { ItemCategory, ItemSubType, Status } from "@provena-sdk/models/prov";
import * as z from "zod/mini";

/** Upstream's PROV-O relation vocabulary (`ProvORelationType`), one list shared with the local server. */
export { PROV_RELATION_TYPES };

/** One of {@link PROV_RELATION_TYPES}; lenient parsing keeps relation names this SDK does not know. */
export type ProvRelationType = (typeof PROV_RELATION_TYPES)[number] | UnknownString;

/** A node as the graph stores it: the registry item's id, category and subtype. */
export interface LineageNode {
  /** The registry item's id (a handle). */
  readonly id: string;
  /** ACTIVITY, AGENT or ENTITY (or UNKNOWN for an id known only from an edge). */
  readonly item_category: ItemCategory;
  /** Note: workflow templates appear as `WORKFLOW_TEMPLATE` in the graph. */
  readonly item_subtype: ItemSubType;
}

/** A relation, pointing effect → cause as PROV does (`model run -used-> dataset`). */
export interface LineageEdge {
  /** Id of the effect (the node the relation starts from). */
  readonly source: string;
  /** Id of the cause. */
  readonly target: string;
  /** The PROV relation, e.g. `used`, `wasGeneratedBy`. */
  readonly type: ProvRelationType;
}

/** The wire form of a lineage graph (what `LineageGraph.toJSON()` writes back). */
export interface WireLineageGraph {
  /** networkx's flag; lineage graphs are directed. */
  directed?: boolean | null;
  /** networkx's flag; false (one edge per pair). */
  multigraph?: boolean | null;
  /** networkx's graph attributes (empty in practice). */
  graph?: Record<string, unknown> | null;
  /** Every node. */
  nodes: LineageNode[];
  /** The edges, as upstream writes them. */
  links?: LineageEdge[] | null;
  /** The edges, as clients of earlier releases read them. */
  edges?: LineageEdge[] | null;
}

/** An explore response with its graph checked (the generated LineageResponse types it loosely). */
export interface ExploreResponse {
  /** The API's `{ success, details }` status. */
  status: Status;
  /** Number of records the query returned. */
  record_count?: number | null;
  /** The lineage found (absent when there is none). */
  graph?: WireLineageGraph | null;
}

/** The zod schemas of the lineage wire types, one per type. */
export interface LineageModelSet {
  /** Schema of {@link LineageNode}. */
  readonly LineageNode: z.ZodMiniType<LineageNode>;
  /** Schema of {@link LineageEdge}. */
  readonly LineageEdge: z.ZodMiniType<LineageEdge>;
  /** Schema of {@link WireLineageGraph}; a graph with nodes must have `links` or `edges`. */
  readonly WireLineageGraph: z.ZodMiniType<WireLineageGraph>;
  /** Schema of {@link ExploreResponse}. */
  readonly ExploreResponse: z.ZodMiniType<ExploreResponse>;
}

/**
 * The lineage wire schemas in both validation modes: `LineageModels.get("lenient" | "strict")`
 * (lenient keeps unknown relation names and extra fields, strict refuses them).
 */
export const LineageModels: ModelSet<LineageModelSet> = /* @__PURE__ */ defineModels((k) => {
  const LineageNode = k.object({ id: z.string(), item_category: k.enum(ItemCategoryValues), item_subtype: k.enum(ItemSubTypeValues) });
  const LineageEdge = k.object({ source: z.string(), target: z.string(), type: k.enum(PROV_RELATION_TYPES) });
  const WireLineageGraph = k
    .object({
      directed: k.optional(z.boolean()),
      multigraph: k.optional(z.boolean()),
      graph: k.optional(z.record(z.string(), z.unknown())),
      nodes: z.array(LineageNode),
      links: k.optional(z.array(LineageEdge)),
      edges: k.optional(z.array(LineageEdge)),
    })
    .check(
      z.refine((g) => g.nodes.length === 0 || Array.isArray(g.links) || Array.isArray(g.edges), {
        message: "a graph with nodes needs its edge list under `links` or `edges`",
      }),
    );
  const status = k.object({ success: z.boolean(), details: z.string() });
  const ExploreResponse = k.object({ status, record_count: k.optional(z.number().check(z.int())), graph: k.optional(WireLineageGraph) });
  return { LineageNode, LineageEdge, WireLineageGraph, ExploreResponse };
});
