// Node-only helpers: the self-contained HTML lineage page.
export { lineageHtml, writeLineageHtml } from "./lineage-html.js";
export type { LineageHtmlOptions } from "./lineage-html.js";
