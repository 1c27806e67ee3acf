// Graphviz DOT. Every id and label is a double-quoted DOT string, with backslashes and quotes
// escaped and line breaks written as `\n`, so any registry id (handles contain `/` and `.`) is
// safe as a node name.
import type { LineageGraph } from "./graph.js";
import type { NodeLabel } from "./labels.js";
import { defaultNodeLabel } from "./labels.js";

export interface DotOptions {
  /** The graph's name (default "lineage"). */
  readonly name?: string | undefined;
  /** `rankdir` (default "LR"). */
  readonly rankdir?: "LR" | "RL" | "TB" | "BT" | undefined;
  readonly label?: NodeLabel | undefined;
}

/** A DOT quoted string holding exactly `text`. */
export function quoteDot(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, "\\n")}"`;
}

const SHAPES: Record<string, string> = { ACTIVITY: "box", AGENT: "house", ENTITY: "ellipse" };

export function toDot(graph: LineageGraph, options: DotOptions = {}): string {
  const label = options.label ?? defaultNodeLabel;
  const lines = [`digraph ${quoteDot(options.name ?? "lineage")} {`, `  rankdir=${options.rankdir ?? "LR"};`];
  for (const node of graph.nodes()) {
    const shape = Object.hasOwn(SHAPES, node.item_category) ? SHAPES[node.item_category]! : "ellipse";
    lines.push(`  ${quoteDot(node.id)} [label=${quoteDot(label(node))}, shape=${shape}];`);
  }
  for (const edge of graph.edges()) lines.push(`  ${quoteDot(edge.source)} -> ${quoteDot(edge.target)} [label=${quoteDot(edge.type)}];`);
  lines.push("}");
  return `${lines.join("\n")}\n`;
}
