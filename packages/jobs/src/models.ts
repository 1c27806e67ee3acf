/**
 * The wire models of this service (shared with the local server through `@provena-sdk/models`).
 *
 * @module @provena-sdk/jobs/models
 */
export * from "@provena-sdk/models/jobs";
