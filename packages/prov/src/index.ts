/**
 * The prov client, lineage graphs (walks and exports), CSV helpers, errors, and the wire models.
 *
 * @module @provena-sdk/prov
 */
export { ProvClient, createProvClient } from "./prov-client.js";
export type { ProvClientOptions, Waiting, NotWaiting } from "./prov-client.js";
export type { ProvJobs, SignalOption } from "./context.js";
export type { LaunchedJob, RegisteredModelRun, LodgedUpdate, StudyLink, WaitableOptions } from "./model-runs/model-run-actions.js";
export type { BatchRecordResult, CompletedBatch } from "./model-runs/batch.js";
export type { WaitOption, WaitOptions } from "./waiting/wait-options.js";
export { DEFAULT_PROV_WAIT_TIMEOUT_MS } from "./waiting/wait-options.js";
export type { ReportRequest, GeneratedReport } from "./reports/report-actions.js";
export type { ProvAdminClient, StoreOptions, ConfigOptions, DeleteGraphOptions } from "./admin/admin-client.js";
export type { CheckAccessClient } from "./check-access.js";
export { EXPLORE_QUERIES, MAX_EXPLORE_DEPTH } from "./explore/explore-client.js";
export type { ExploreClient, ExploreOptions, ExploreQuery } from "./explore/explore-client.js";
export type { LineageOptions, LineageRound } from "./explore/lineage.js";
export { LineageGraph } from "./lineage/graph.js";
export type { LineageGraphJson } from "./lineage/graph.js";
export { LineageModels, PROV_RELATION_TYPES } from "./lineage/wire.js";
export type { ExploreResponse, LineageEdge, LineageModelSet, LineageNode, ProvRelationType, WireLineageGraph } from "./lineage/wire.js";
export type { LineagePath, PathOptions, WalkOptions } from "./lineage/walk.js";
export { DEFAULT_PATH_LIMIT } from "./lineage/walk.js";
export { defaultNodeLabel } from "./lineage/labels.js";
export type { NodeLabel } from "./lineage/labels.js";
export { toMermaid, escapeMermaid } from "./lineage/export-mermaid.js";
export type { MermaidOptions } from "./lineage/export-mermaid.js";
export { toDot, quoteDot } from "./lineage/export-dot.js";
export type { DotOptions } from "./lineage/export-dot.js";
export { toCytoscape } from "./lineage/export-cytoscape.js";
export type { CytoscapeElements, CytoscapeEdgeData, CytoscapeNodeData, CytoscapeOptions } from "./lineage/export-cytoscape.js";
export type { BulkCsvClient, ConvertedCsv, ConvertOptions } from "./csv/bulk-client.js";
export { readTemplateHeader } from "./csv/template-columns.js";
export type { CsvTemplate, TemplateColumn, RecordField, JobField } from "./csv/template-columns.js";
export { fillTemplate, formatCsvTime, readTemplate, recordRow } from "./csv/fill-template.js";
export { formatCsv, parseCsv } from "./csv/csv-format.js";
export { CsvTemplateError, LineageDepthError, ProvJobResultError } from "./errors/prov-errors.js";
export { RequestValidationError } from "@provena-sdk/http-core";
export type { RequestIssue } from "@provena-sdk/http-core";
export * from "./models.js";
// What the README examples need from http-core, so one install and one import serve the common case.
export { collectAll, createTransport, AbortError, ProvenaError } from "@provena-sdk/http-core";
export type { CollectAllOptions, HealthOptions, ServiceHealth, Transport, TransportOptions, TokenProvider } from "@provena-sdk/http-core";
