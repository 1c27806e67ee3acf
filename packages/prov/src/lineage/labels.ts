// What a node is called in a drawing: its subtype and id unless the caller says otherwise.
import type { LineageNode } from "./wire.js";

export type NodeLabel = (node: LineageNode) => string;

export const defaultNodeLabel: NodeLabel = (node) => `${node.item_subtype} ${node.id}`;
