/**
 * Node-only helpers: the self-contained HTML lineage page.
 *
 * @module @provena-sdk/prov/node
 */
export { lineageHtml, writeLineageHtml } from "./lineage-html.js";
export type { LineageHtmlOptions } from "./lineage-html.js";
