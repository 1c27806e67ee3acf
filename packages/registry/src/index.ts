/**
 * The registry client, its errors and types, and the wire models.
 *
 * @module @provena-sdk/registry
 */
export { RegistryClient, createRegistryClient } from "./registry-client.js";
export type { RegistryClientOptions } from "./registry-client.js";
export { createSubtypeClients } from "./subtype-clients.js";
export type { SubtypeClients, SubtypeClientsBase, SubtypeClientsOptions, SubtypeDefinitions } from "./subtype-clients.js";
export type { SubtypeDefinition, SubtypeModels } from "./subtypes/definitions.js";
export { fetchItem } from "./actions/fetch-item.js";
export type { FetchItemOptions } from "./actions/fetch-item.js";
export { listItems, listAllItems } from "./actions/list-items.js";
export { SUBTYPE_TABLE, SUBTYPE_KEYS } from "./subtypes/table.js";
export type { RouteSet, SubtypeEntry, SubtypeKey } from "./subtypes/table.js";
export type { DomainInfoOf, ItemOf, ModelType } from "./subtypes/model-types.js";
export type * from "./subtypes/types.js";
export { USER_CONTEXT_HEADER } from "./subtypes/route-scope.js";
export type * from "./listing/list-options.js";
export type { AdminClient, ConfigOptions } from "./general/admin-client.js";
export type { GeneralClient, GeneralListPage, RawRegistryItem } from "./general/general-client.js";
export { COUNT_PAGE_SIZE } from "./general/count-by-subtype.js";
export type { CountBySubtypeOptions, SubtypeCounts } from "./general/count-by-subtype.js";
export type * from "./waiting/activity-waiter.js";
export { ActivityWaitError, DEFAULT_ACTIVITY_TIMEOUT_MS } from "@provena-sdk/jobs";
export { ItemNotFoundError, RegistryValidationError, RequestValidationError, SeedItemError } from "./errors/registry-errors.js";
export type { RequestIssue } from "./errors/registry-errors.js";
export * from "./models.js";
// What the README examples need from http-core and jobs, so one install and one import serve the common case.
export { collectAll, createTransport, AbortError, ProvenaError, BadRequestError, UnauthorizedError, SoftFailureError } from "@provena-sdk/http-core";
export type { CollectAllOptions, HealthOptions, ServiceHealth, Transport, TransportOptions, TokenProvider } from "@provena-sdk/http-core";
