// What a node is called in a drawing: its subtype and id unless the caller says otherwise.
import type { LineageNode } from "./wire.js";

/** Makes the text a drawing shows for a node (the `label` option of the exports). */
export type NodeLabel = (node: LineageNode) => string;

/** The label the exports use unless given one: `"<subtype> <id>"`, e.g. `"MODEL_RUN 10378.1/123"`. */
export const defaultNodeLabel: NodeLabel = (node) => `${node.item_subtype} ${node.id}`;
