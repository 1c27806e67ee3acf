/**
 * The transport every Provena service client is built on (ky): auth header, retries, timeouts,
 * error mapping, zod validation and pagination.
 *
 * @module @provena-sdk/http-core
 */
export * from "./errors/index.js";
export { compiledCheck } from "./validation/compiled-check.js";
export { checkRequestBody } from "./validation/check-request.js";
export { issueMessage, issuePath, safeParse } from "./validation/parse.js";
export type { CheckRequestContext } from "./validation/check-request.js";
export { closedObject, defineModel, defineModels, literalInStrict, modelKit, schemaFor } from "./models.js";
export type { BuildModelsOptions, Model, ModelKit, ModelSet, ResponseSchema, UnknownString, ValidationMode } from "./models.js";
export { SERVICE_NAMES, SERVICE_SUBDOMAINS } from "./services.js";
export type { ServiceEndpoints, ServiceName } from "./services.js";
export type { GetTokenOptions, TokenProvider } from "./token-provider.js";
export { deriveEndpoints, resolveEndpoints, hasEndpoint, configuredEndpoints, joinUrl } from "./endpoints.js";
export type { EndpointOptions } from "./endpoints.js";
export { createTransport, DEFAULT_TIMEOUT_MS, DEFAULT_TOTAL_TIMEOUT_MS } from "./transport/create-transport.js";
export type { HttpMethod, Operation, QueryValue, Transport, TransportOptions, ValidateContext } from "./transport/types.js";
export type { RequestInfo, ResponseInfo, RetryInfo, TransportHooks } from "./transport/hooks.js";
// `transport.with({ hooks: replaceOption({...}) })` replaces the parent's hooks instead of adding to them.
export { replaceOption } from "ky";
export { RetryStrategy, DEFAULT_RETRY } from "./retry/retry-strategy.js";
export type { ResolvedRetryOptions } from "./retry/retry-strategy.js";
export type { AttemptFailure, RetryContext, RetryDecision, RetryOptions } from "./retry/retry-strategy.js";
export { parseRetryAfter } from "./retry/retry-after.js";
export { fullJitterDelay } from "./retry/backoff.js";
export { paginate } from "./pagination/paginate.js";
export type { FetchPage, PageIterable, PaginateOptions } from "./pagination/paginate.js";
export { collectAll } from "./pagination/collect-all.js";
export { checkHealth } from "./health.js";
export type { HealthOptions, ServiceHealth } from "./health.js";
export type { CollectAllOptions } from "./pagination/collect-all.js";
export { REDACTED, redactHeaders, redactText, redactUrl, redactValue } from "./util/redact.js";
// Shared upstream models (Status, User, FastAPI's validation error), generated from the spec.
export * from "./common-models.js";
