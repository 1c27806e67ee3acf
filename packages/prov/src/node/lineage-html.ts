// A self-contained HTML page of a lineage graph: one file holding the graph, Cytoscape.js (from
// npm, inlined) and a small script, with a Content-Security-Policy that allows no network at
// all. Opened from disk it lets a person pan, zoom, search and click through the graph.
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { ConfigurationError } from "@provena-sdk/http-core";
import { toCytoscape } from "../lineage/export-cytoscape.js";
import type { LineageGraph } from "../lineage/graph.js";
import type { NodeLabel } from "../lineage/labels.js";
import type { LineageNode } from "../lineage/wire.js";
import { PAGE_SCRIPT } from "./page-script.js";

/** Options of `lineageHtml` and `writeLineageHtml`. */
export interface LineageHtmlOptions {
  /**
   * The page title.
   *
   * @defaultValue `"Lineage"`
   */
  readonly title?: string | undefined;
  /**
   * The text of each node.
   *
   * @defaultValue `defaultNodeLabel`: `"<subtype> <id>"`
   */
  readonly label?: NodeLabel | undefined;
  /**
   * A link for each node's "Open the item" (http or https only), e.g. the registry UI's item
   * page; undefined for a node shows no link.
   *
   * @defaultValue no links
   */
  readonly itemUrl?: ((node: LineageNode) => string | undefined) | undefined;
  /**
   * Cytoscape layout: "breadthfirst" (directed levels), "cose" (force-directed), "circle" or "grid".
   *
   * @defaultValue `"breadthfirst"`
   */
  readonly layout?: "breadthfirst" | "cose" | "circle" | "grid" | undefined;
}

let cytoscapeSource: string | undefined;

/** Cytoscape's browser build, read once from the installed package. */
function cytoscapeScript(): string {
  if (cytoscapeSource === undefined) {
    const path = createRequire(import.meta.url).resolve("cytoscape/dist/cytoscape.min.js");
    cytoscapeSource = inlineScript(readFileSync(path, "utf8"));
  }
  return cytoscapeSource;
}

/** Script text safe inside <script>: no `</script` (or `<!--`) can end or confuse the element. */
export function inlineScript(source: string): string {
  return source.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/** JSON safe inside <script type="application/json">. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function safeUrl(url: string | undefined, node: LineageNode): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new ConfigurationError(`itemUrl gave "${url}" for node ${node.id}, which is not an absolute URL`, { cause });
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new ConfigurationError(`itemUrl gave a ${parsed.protocol} URL for node ${node.id}; only http and https links are allowed`);
  return parsed.toString();
}

const STYLE = `
html, body { margin: 0; height: 100%; font: 14px system-ui, sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
header { display: flex; gap: 12px; align-items: center; padding: 8px 12px; border-bottom: 1px solid #ddd; }
header h1 { font-size: 16px; margin: 0; flex: 1; }
main { flex: 1; display: flex; min-height: 0; }
#cy { flex: 1; min-width: 0; background: #fff; }
#details { width: 300px; overflow: auto; padding: 8px 12px; border-left: 1px solid #ddd; background: #fafafa; }
#details h2 { font-size: 15px; word-break: break-all; }
#details dt { font-weight: 600; } #details dd { margin: 0 0 6px; word-break: break-all; }
#details ul { padding-left: 16px; } #details button { font: inherit; text-align: left; cursor: pointer; }
.relation { color: #666; }
`;

/** The page as one HTML string. */
export function lineageHtml(graph: LineageGraph, options: LineageHtmlOptions = {}): string {
  const title = options.title ?? "Lineage";
  const elements = toCytoscape(graph, { label: options.label });
  const nodes = elements.nodes.map((n) => {
    const url = options.itemUrl === undefined ? undefined : safeUrl(options.itemUrl(graph.node(n.data.id)!), graph.node(n.data.id)!);
    return { data: url === undefined ? n.data : { ...n.data, url } };
  });
  const data = { title, layout: options.layout ?? "breadthfirst", elements: { nodes, edges: elements.edges } };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1 id="title"></h1><input id="search" type="search" placeholder="Find a node (id or label), Enter" aria-label="Find a node"><button id="fit" type="button">Fit</button></header>
<main><div id="cy" role="img" aria-label="Lineage graph"></div><aside id="details"><p>Drag to pan, scroll to zoom, click a node to see its relations.</p></aside></main>
<script id="lineage-data" type="application/json">${inlineJson(data)}</script>
<script>${cytoscapeScript()}</script>
<script>${inlineScript(PAGE_SCRIPT)}</script>
</body>
</html>
`;
}

/** Writes the page to `path` and resolves with the path. */
export async function writeLineageHtml(graph: LineageGraph, path: string, options: LineageHtmlOptions = {}): Promise<string> {
  await writeFile(path, lineageHtml(graph, options), "utf8");
  return path;
}
