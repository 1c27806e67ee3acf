// Graphviz DOT. Every id and label is a double-quoted DOT string, with backslashes and quotes
// escaped and line breaks written as `\n`, so any registry id (handles contain `/` and `.`) is
// safe as a node name.
import type { LineageGraph } from "./graph.js";
import type { NodeLabel } from "./labels.js";
import { defaultNodeLabel } from "./labels.js";

/** Options of {@link toDot}. */
export interface DotOptions {
  /**
   * The graph's name.
   *
   * @defaultValue `"lineage"`
   */
  readonly name?: string | undefined;
  /**
   * Graphviz `rankdir`: the direction edges are laid out in.
   *
   * @defaultValue `"LR"`
   */
  readonly rankdir?: "LR" | "RL" | "TB" | "BT" | undefined;
  /**
   * The text of each node.
   *
   * @defaultValue {@link defaultNodeLabel}
   */
  readonly label?: NodeLabel | undefined;
}

/** A DOT quoted string holding exactly `text`. */
export function quoteDot(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, "\\n")}"`;
}

const SHAPES: Record<string, string> = { ACTIVITY: "box", AGENT: "house", ENTITY: "ellipse" };

/**
 * A lineage graph as Graphviz DOT text (render with `dot -Tsvg`): activities as boxes, agents as
 * houses, entities as ellipses, each edge labelled with its relation. Any id is safely quoted.
 */
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
