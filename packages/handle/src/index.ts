/**
 * The ID service (Handle) client, its error, and the wire models.
 *
 * @module @provena-sdk/handle
 */
export { HandleClient, createHandleClient, type HandleClientOptions, type ValueOptions } from "./client.js";
export type { CallOptions } from "./requests.js";
export { HandleRequestError } from "./errors.js";
export * from "./models.js";
// What the README examples need from http-core, so one install and one import serve the common case.
export { createTransport, AbortError, ProvenaError } from "@provena-sdk/http-core";
export type { HealthOptions, ServiceHealth, Transport, TransportOptions, TokenProvider } from "@provena-sdk/http-core";
