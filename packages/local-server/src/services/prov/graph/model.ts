// The graph's vocabulary (behaviour.md §4.5): nodes are registry items labelled with their
// category and subtype; links carry a PROV-O relation name. A "record graph" is what one record
// (a model run, a create or version activity) contributes, under that record's id.
import type { ProvORelationType } from "@provena-sdk/models/prov";

/** A link's relation: one of upstream's PROV-O relation names (shared with the SDK). */
export type ProvRelation = ProvORelationType;

export type ItemCategory = "ENTITY" | "AGENT" | "ACTIVITY";

/** A node as a record graph names it. */
export interface GraphNode {
  readonly id: string;
  readonly item_category: ItemCategory;
  readonly item_subtype: string;
}

/** A link of a record graph: source → target with its relation. */
export interface GraphLink {
  readonly source: GraphNode;
  readonly target: GraphNode;
  readonly type: ProvRelation;
}

/** One record's graph: at most one link per (source, target) pair, as upstream's GraphBuilder. */
export interface RecordGraph {
  readonly recordId: string;
  readonly links: readonly GraphLink[];
}

/** A stored node row (`prov.nodes`). */
export interface NodeRow extends GraphNode {
  readonly record_ids: readonly string[];
}

/** A stored link row (`prov.links`), keyed by its (source, target) pair. */
export interface LinkRow {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly record_ids: readonly string[];
}

/** Builds a record graph link by link; a later link for the same pair replaces the earlier. */
export class RecordGraphBuilder {
  readonly #links = new Map<string, GraphLink>();

  constructor(readonly recordId: string) {}

  link(source: GraphNode, type: ProvRelation, target: GraphNode): this {
    this.#links.set(pairKey(source.id, target.id), { source, target, type });
    return this;
  }

  build(): RecordGraph {
    return { recordId: this.recordId, links: [...this.#links.values()] };
  }
}

/** The storage key of a (source, target) pair: JSON, so no id can collide with another pair. */
export const pairKey = (source: string, target: string): string => JSON.stringify([source, target]);
