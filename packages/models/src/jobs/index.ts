/**
 * The Job API's wire models: an interface and a lazily built `<Name>Schema` per model, and
 * {@link JobsModels} (every model, per validation mode).
 *
 * @module @provena-sdk/models/jobs
 */
export * from "./generated.js";
