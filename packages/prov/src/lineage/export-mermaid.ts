// Mermaid flowchart text. Mermaid ids must be plain words, so nodes get generated ids (n0, n1,
// …) and their real id lives in the label; labels and edge names are written with Mermaid's
// entity codes (`#quot;`, `#35;`, …) so no user text can end a string or start a directive.
import type { LineageGraph } from "./graph.js";
import type { NodeLabel } from "./labels.js";
import { defaultNodeLabel } from "./labels.js";

/** Options of {@link toMermaid}. */
export interface MermaidOptions {
  /**
   * Flow direction; "LR" puts effects on the left, their causes on the right.
   *
   * @defaultValue `"LR"`
   */
  readonly direction?: "LR" | "RL" | "TB" | "BT" | undefined;
  /**
   * The text of each node.
   *
   * @defaultValue {@link defaultNodeLabel}
   */
  readonly label?: NodeLabel | undefined;
}

/** Replaces every character that could break out of a quoted Mermaid label with its entity code. */
export function escapeMermaid(text: string): string {
  return text.replace(/[^\p{L}\p{N} _.,:/()+\-[\]]/gu, (ch) => (ch === "\n" ? "<br/>" : `#${ch.codePointAt(0)!};`));
}

/**
 * A lineage graph as Mermaid flowchart text (for Markdown that renders Mermaid, e.g. GitHub).
 * Nodes get generated ids; labels and relation names are escaped so no id can break the chart.
 */
export function toMermaid(graph: LineageGraph, options: MermaidOptions = {}): string {
  const label = options.label ?? defaultNodeLabel;
  const ids = new Map<string, string>();
  const lines = [`flowchart ${options.direction ?? "LR"}`];
  for (const node of graph.nodes()) {
    const key = `n${ids.size}`;
    ids.set(node.id, key);
    lines.push(`  ${key}["${escapeMermaid(label(node))}"]`);
  }
  for (const edge of graph.edges()) {
    lines.push(`  ${ids.get(edge.source)!} -->|${escapeMermaid(edge.type)}| ${ids.get(edge.target)!}`);
  }
  return `${lines.join("\n")}\n`;
}
