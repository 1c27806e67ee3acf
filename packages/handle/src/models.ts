/**
 * The wire models of the ID service (shared with the local server through `@provena-sdk/models`).
 *
 * @module @provena-sdk/handle/models
 */
export * from "@provena-sdk/models/handle";
