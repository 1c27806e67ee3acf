// A record's graph change as upstream's `diff_graphs` computes it (behaviour.md §4.3): nodes and
// links only in the new graph are added (or gain the record id when another record holds them);
// those only in the old lose the record id, and are removed when it was their only one. The
// actions are also the body of `/model_run/delete` (`{diff: [...]}`), shaped as upstream's
// pydantic actions: nodes as `{id, props: {record_ids}, subtype, category}`, links as
// `{source, target, relation, props}`; `action_type` by name.
import { pairKey, type GraphNode, type LinkRow, type NodeRow, type RecordGraph } from "./model.js";

export interface ActionNode {
  readonly id: string;
  readonly props: { readonly record_ids: string };
  readonly subtype: string;
  readonly category: string;
}

export interface ActionLink {
  readonly source: ActionNode;
  readonly target: ActionNode;
  readonly relation: string;
  readonly props: { readonly record_ids: string };
}

export type DiffAction =
  | { readonly action_type: "ADD_NEW_NODE"; readonly node: ActionNode }
  | { readonly action_type: "REMOVE_NODE"; readonly node_id: string }
  | { readonly action_type: "ADD_NEW_LINK"; readonly link: ActionLink }
  | { readonly action_type: "REMOVE_LINK"; readonly link: ActionLink }
  | { readonly action_type: "REMOVE_RECORD_ID_FROM_LINK"; readonly link: ActionLink; readonly record_id: string }
  | { readonly action_type: "REMOVE_RECORD_ID_FROM_NODE"; readonly node_id: string; readonly record_id: string }
  | { readonly action_type: "ADD_RECORD_ID_TO_LINK"; readonly link: ActionLink; readonly record_id: string }
  | { readonly action_type: "ADD_RECORD_ID_TO_NODE"; readonly node_id: string; readonly record_id: string };

/** Upstream's application order: additions first, node removals last. */
const ORDER: Readonly<Record<DiffAction["action_type"], number>> = {
  ADD_RECORD_ID_TO_NODE: 1,
  ADD_NEW_NODE: 2,
  ADD_RECORD_ID_TO_LINK: 3,
  ADD_NEW_LINK: 4,
  REMOVE_RECORD_ID_FROM_LINK: 5,
  REMOVE_LINK: 6,
  REMOVE_RECORD_ID_FROM_NODE: 7,
  REMOVE_NODE: 8,
};

export const sortActions = (actions: DiffAction[]): DiffAction[] => actions.sort((a, b) => ORDER[a.action_type] - ORDER[b.action_type]);

const actionNode = (node: GraphNode, recordIds: readonly string[]): ActionNode => ({
  id: node.id,
  props: { record_ids: recordIds.join(",") },
  subtype: node.item_subtype,
  category: node.item_category,
});

/** Whether removing `recordId` from an element leaves it with no record (upstream's test). */
const onlyRecord = (recordIds: readonly string[], recordId: string): boolean => recordIds.length <= 1 && recordIds.includes(recordId);

export function diffRecord(
  old: { nodes: readonly NodeRow[]; links: readonly LinkRow[] },
  next: RecordGraph,
  storedNode: (id: string) => NodeRow | undefined,
  storedLink: (key: string) => LinkRow | undefined,
): DiffAction[] {
  const recordId = next.recordId;
  const actions: DiffAction[] = [];
  const newNodes = new Map<string, GraphNode>();
  for (const link of next.links) {
    newNodes.set(link.source.id, link.source);
    newNodes.set(link.target.id, link.target);
  }
  const oldNodes = new Map(old.nodes.map((node) => [node.id, node]));
  for (const [id, node] of newNodes) {
    const held = oldNodes.get(id);
    if (held !== undefined) continue; // already carries the record id
    const stored = storedNode(id);
    if (stored === undefined) actions.push({ action_type: "ADD_NEW_NODE", node: actionNode(node, [recordId]) });
    else actions.push({ action_type: "ADD_RECORD_ID_TO_NODE", node_id: id, record_id: recordId });
  }
  for (const [id, node] of oldNodes) {
    if (newNodes.has(id)) continue;
    if (onlyRecord(node.record_ids, recordId)) actions.push({ action_type: "REMOVE_NODE", node_id: id });
    else actions.push({ action_type: "REMOVE_RECORD_ID_FROM_NODE", node_id: id, record_id: recordId });
  }

  const nodeFor = (id: string): GraphNode => newNodes.get(id) ?? oldNodes.get(id) ?? storedNode(id) ?? { id, item_category: "ENTITY", item_subtype: "UNKNOWN" };
  const oldLinks = new Map(old.links.map((link) => [pairKey(link.source, link.target), link]));
  const newKeys = new Set<string>();
  for (const link of next.links) {
    const key = pairKey(link.source.id, link.target.id);
    newKeys.add(key);
    const held = oldLinks.get(key);
    if (held !== undefined && held.type === link.type) continue;
    const stored = storedLink(key);
    const wire: ActionLink = {
      source: actionNode(link.source, [recordId]),
      target: actionNode(link.target, [recordId]),
      relation: link.type,
      props: { record_ids: recordId },
    };
    if (stored === undefined || held !== undefined) actions.push({ action_type: "ADD_NEW_LINK", link: wire });
    else actions.push({ action_type: "ADD_RECORD_ID_TO_LINK", link: { ...wire, props: { record_ids: stored.record_ids.join(",") } }, record_id: recordId });
  }
  for (const [key, link] of oldLinks) {
    if (newKeys.has(key)) continue; // kept, or the same pair with a new relation (rewritten by its add)
    const source = nodeFor(link.source);
    const target = nodeFor(link.target);
    const wire: ActionLink = {
      source: actionNode(source, storedNode(source.id)?.record_ids ?? []),
      target: actionNode(target, storedNode(target.id)?.record_ids ?? []),
      relation: link.type,
      props: { record_ids: link.record_ids.join(",") },
    };
    if (onlyRecord(link.record_ids, recordId)) actions.push({ action_type: "REMOVE_LINK", link: wire });
    else actions.push({ action_type: "REMOVE_RECORD_ID_FROM_LINK", link: wire, record_id: recordId });
  }
  return actions;
}
