/**
 * The wire models of this service (shared with the local server through `@provena-sdk/models`).
 *
 * @module @provena-sdk/registry/models
 */
export * from "@provena-sdk/models/registry";
