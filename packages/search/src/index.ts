/**
 * The Search API client, its result types and errors; the wire models from `@provena-sdk/models`.
 *
 * @module @provena-sdk/search
 */
export * from "./models.js";
export { SearchClient, createSearchClient, DEFAULT_LOAD_CONCURRENCY } from "./search-client.js";
export type { SearchAndLoadOptions, SearchClientOptions } from "./search-client.js";
export { MAX_SEARCH_LIMIT, DEFAULT_SEARCH_LIMIT } from "./search-options.js";
export type { SearchOptions } from "./search-options.js";
export type { SearchHit, SearchResults, LoadedHit, FailedHit, SearchAndLoadResults } from "./hits.js";
export { generalFetchLoader } from "./item-loader.js";
export type { ItemLoader } from "./item-loader.js";
export { fetchRegistryItem } from "./registry-item.js";
export type { RegistryItemRecord } from "./registry-item.js";
export { InvalidSearchOptionsError, HitNotFoundError } from "./errors.js";
export { HitLoadError } from "./classify-load-error.js";
// What the README examples need from http-core, so one install and one import serve the common case.
export { collectAll, createTransport, AbortError, ProvenaError } from "@provena-sdk/http-core";
export type { CollectAllOptions, HealthOptions, ServiceHealth, Transport, TransportOptions, TokenProvider } from "@provena-sdk/http-core";
