// The lineage graph, Neo4j's role upstream. Rows live in two storage tables (`prov.nodes`,
// `prov.links`) so a durable storage keeps them; in-memory indexes built from those rows at
// start (adjacency both ways, and which nodes and links each record id holds) serve explore
// and the record diffs without scanning. Every write goes through `applyRecord`, which diffs
// one record's current graph against its new one as upstream's `diff_graphs` does: an element
// shared with another record only loses this record's id; it is removed with its last record.
import type { ServiceContext } from "../../context.js";
import { defineStore } from "../../context.js";
import type { Table } from "../../../store/storage.js";
import { diffRecord, sortActions, type DiffAction } from "./diff.js";
import { pairKey, type GraphNode, type LinkRow, type NodeRow, type RecordGraph } from "./model.js";

export const PROV_TABLES = { nodes: "prov.nodes", links: "prov.links" } as const;

/** What explore emits for a node: exactly upstream's node attributes. */
export interface WireNode {
  readonly id: string;
  readonly item_category: string;
  readonly item_subtype: string;
}

/** What explore emits for a link. */
export interface WireLink {
  readonly source: string;
  readonly target: string;
  readonly type: string;
}

/**
 * A node in memory: its stored row, the object explore emits, and its links both ways keyed by
 * the node at the other end. Traversals walk these objects directly (no id lookups); a node
 * keeps its identity when its row changes, so links always point at the current one.
 */
export interface MemNode {
  row: NodeRow;
  wire: WireNode;
  readonly out: Map<string, MemLink>;
  readonly in: Map<string, MemLink>;
}

/** A link in memory: its stored row, the object explore emits (built once, shared), its ends. */
export interface MemLink {
  readonly row: LinkRow;
  readonly wire: WireLink;
  readonly source: MemNode;
  readonly target: MemNode;
}

interface RecordIndex {
  readonly nodes: Set<string>;
  readonly links: Set<string>;
}

const EMPTY: ReadonlyMap<string, MemLink> = new Map();

const wireOf = (row: NodeRow): WireNode => ({ id: row.id, item_category: row.item_category, item_subtype: row.item_subtype });

export class ProvGraphStore {
  readonly #nodeTable: Table<NodeRow>;
  readonly #linkTable: Table<LinkRow>;
  readonly #nodes = new Map<string, MemNode>();
  readonly #links = new Map<string, MemLink>();
  readonly #records = new Map<string, RecordIndex>();

  constructor(context: ServiceContext) {
    this.#nodeTable = context.storage.table<NodeRow>(PROV_TABLES.nodes);
    this.#linkTable = context.storage.table<LinkRow>(PROV_TABLES.links);
    for (const row of this.#nodeTable.values()) this.#indexNode(row);
    for (const row of this.#linkTable.values()) this.#indexLink(row);
  }

  get nodeCount(): number {
    return this.#nodes.size;
  }

  get linkCount(): number {
    return this.#links.size;
  }

  node(id: string): WireNode | undefined {
    return this.#nodes.get(id)?.wire;
  }

  /** The in-memory node (with its adjacency) that traversals start from. */
  handle(id: string): MemNode | undefined {
    return this.#nodes.get(id);
  }

  nodeRow(id: string): NodeRow | undefined {
    return this.#nodes.get(id)?.row;
  }

  /** Links leaving `id`, keyed by target. */
  outgoing(id: string): ReadonlyMap<string, MemLink> {
    return this.#nodes.get(id)?.out ?? EMPTY;
  }

  /** Links arriving at `id`, keyed by source. */
  incoming(id: string): ReadonlyMap<string, MemLink> {
    return this.#nodes.get(id)?.in ?? EMPTY;
  }

  /** The stored nodes and links that carry `recordId` (upstream's `get_graph_by_record_id`). */
  recordElements(recordId: string): { nodes: NodeRow[]; links: LinkRow[] } {
    const index = this.#records.get(recordId);
    if (index === undefined) return { nodes: [], links: [] };
    const nodes: NodeRow[] = [];
    for (const id of index.nodes) {
      const node = this.#nodes.get(id);
      if (node !== undefined) nodes.push(node.row);
    }
    const links: LinkRow[] = [];
    for (const key of index.links) {
      const link = this.#links.get(key);
      if (link !== undefined) links.push(link.row);
    }
    return { nodes, links };
  }

  /**
   * Makes `graph` the graph of its record: the diff from what the record holds now, applied in
   * upstream's order (adds before removals). `trial` computes the actions without applying them.
   */
  applyRecord(graph: RecordGraph, trial = false): DiffAction[] {
    const actions = sortActions(diffRecord(this.recordElements(graph.recordId), graph, (id) => this.#nodes.get(id)?.row, (key) => this.#links.get(key)?.row));
    if (trial) return actions;
    // Upstream's merge sets a node's subtype and category from the latest record that names it
    // (a workflow template's create activity says MODEL_RUN_WORKFLOW_TEMPLATE, a model run's
    // graph WORKFLOW_TEMPLATE).
    const named = new Map<string, GraphNode>();
    for (const link of graph.links) named.set(link.source.id, link.source).set(link.target.id, link.target);
    for (const action of actions) this.#apply(action, graph.recordId, named);
    return actions;
  }

  /** Removes a record's share of the graph (an empty new graph). */
  removeRecord(recordId: string, trial = false): DiffAction[] {
    return this.applyRecord({ recordId, links: [] }, trial);
  }

  /** Wipes the graph (`/graph/admin/clear`). */
  clear(): void {
    this.#linkTable.clear();
    this.#nodeTable.clear();
    this.#nodes.clear();
    this.#links.clear();
    this.#records.clear();
  }

  #apply(action: DiffAction, recordId: string, named: ReadonlyMap<string, GraphNode>): void {
    switch (action.action_type) {
      case "ADD_NEW_NODE":
      case "ADD_RECORD_ID_TO_NODE": {
        const id = action.action_type === "ADD_NEW_NODE" ? action.node.id : action.node_id;
        const existing = this.#nodes.get(id)?.row;
        const base: GraphNode = named.get(id) ?? existing ?? (action.action_type === "ADD_NEW_NODE" ? toGraphNode(action.node) : missing(id));
        this.#putNode({ id, item_category: base.item_category, item_subtype: base.item_subtype, record_ids: withId(existing?.record_ids, recordId) });
        return;
      }
      case "REMOVE_RECORD_ID_FROM_NODE":
      case "REMOVE_NODE": {
        const existing = this.#nodes.get(action.node_id)?.row;
        if (existing === undefined) return;
        const remaining = existing.record_ids.filter((r) => r !== recordId);
        if (remaining.length === 0) this.#deleteNode(existing.id);
        else this.#putNode({ ...existing, record_ids: remaining });
        return;
      }
      case "ADD_NEW_LINK":
      case "ADD_RECORD_ID_TO_LINK": {
        const { source, target, relation } = action.link;
        const key = pairKey(source.id, target.id);
        const existing = this.#links.get(key)?.row;
        // One link per pair: a pair another record also holds keeps its first relation (as
        // upstream's explore keeps the first); a record's own link takes its new relation.
        const ownOnly = existing === undefined || existing.record_ids.every((r) => r === recordId);
        this.#putLink({ source: source.id, target: target.id, type: ownOnly ? relation : existing.type, record_ids: withId(existing?.record_ids, recordId) });
        return;
      }
      case "REMOVE_RECORD_ID_FROM_LINK":
      case "REMOVE_LINK": {
        const key = pairKey(action.link.source.id, action.link.target.id);
        const existing = this.#links.get(key)?.row;
        if (existing === undefined) return;
        const remaining = existing.record_ids.filter((r) => r !== recordId);
        if (remaining.length === 0) this.#deleteLink(key, existing);
        else this.#putLink({ ...existing, record_ids: remaining });
        return;
      }
    }
  }

  #recordIndex(recordId: string): RecordIndex {
    let index = this.#records.get(recordId);
    if (index === undefined) this.#records.set(recordId, (index = { nodes: new Set(), links: new Set() }));
    return index;
  }

  #unindexRecords(kind: "nodes" | "links", key: string, recordIds: readonly string[]): void {
    for (const recordId of recordIds) {
      const index = this.#records.get(recordId);
      if (index === undefined) continue;
      index[kind].delete(key);
      if (index.nodes.size === 0 && index.links.size === 0) this.#records.delete(recordId);
    }
  }

  #indexNode(row: NodeRow): void {
    const node = this.#nodes.get(row.id);
    if (node === undefined) {
      this.#nodes.set(row.id, { row, wire: wireOf(row), out: new Map(), in: new Map() });
    } else {
      this.#unindexRecords("nodes", row.id, node.row.record_ids);
      node.row = row;
      node.wire = wireOf(row);
    }
    for (const recordId of row.record_ids) this.#recordIndex(recordId).nodes.add(row.id);
  }

  /** The node a link names; a placeholder (never stored) if its row is missing from storage. */
  #end(id: string): MemNode {
    let node = this.#nodes.get(id);
    if (node === undefined) {
      const row: NodeRow = { id, item_category: "ENTITY", item_subtype: "UNKNOWN", record_ids: [] };
      this.#nodes.set(id, (node = { row, wire: wireOf(row), out: new Map(), in: new Map() }));
    }
    return node;
  }

  #indexLink(row: LinkRow): void {
    const key = pairKey(row.source, row.target);
    const previous = this.#links.get(key)?.row;
    if (previous !== undefined) this.#unindexRecords("links", key, previous.record_ids);
    const source = this.#end(row.source);
    const target = this.#end(row.target);
    const link: MemLink = { row, wire: { source: row.source, target: row.target, type: row.type }, source, target };
    this.#links.set(key, link);
    source.out.set(row.target, link);
    target.in.set(row.source, link);
    for (const recordId of row.record_ids) this.#recordIndex(recordId).links.add(key);
  }

  #putNode(row: NodeRow): void {
    // The index holds the table's own (frozen) copy: one copy of each row in memory.
    this.#indexNode(this.#nodeTable.put(row.id, row));
  }

  #deleteNode(id: string): void {
    const previous = this.#nodes.get(id)?.row;
    this.#nodeTable.delete(id);
    this.#nodes.delete(id);
    if (previous !== undefined) this.#unindexRecords("nodes", id, previous.record_ids);
  }

  #putLink(row: LinkRow): void {
    const key = pairKey(row.source, row.target);
    this.#indexLink(this.#linkTable.put(key, row));
  }

  #deleteLink(key: string, row: LinkRow): void {
    const link = this.#links.get(key);
    this.#linkTable.delete(key);
    this.#links.delete(key);
    link?.source.out.delete(row.target);
    link?.target.in.delete(row.source);
    this.#unindexRecords("links", key, row.record_ids);
  }
}

const withId = (ids: readonly string[] | undefined, id: string): string[] => (ids === undefined ? [id] : ids.includes(id) ? [...ids] : [...ids, id]);

const toGraphNode = (node: { id: string; category: string; subtype: string }): GraphNode => ({
  id: node.id,
  item_category: node.category as GraphNode["item_category"],
  item_subtype: node.subtype,
});

function missing(id: string): never {
  throw new Error(`Graph node ${id} vanished while applying a diff.`);
}

/** The per-server graph. */
export const PROV_GRAPH = defineStore("prov.graph", (context) => new ProvGraphStore(context));

export const provGraph = (context: ServiceContext): ProvGraphStore => context.store(PROV_GRAPH);
