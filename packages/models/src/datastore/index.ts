/**
 * The Data Store API's wire models: an interface and a lazily built `<Name>Schema` per model,
 * and {@link DatastoreModels} (every model, per validation mode). Models identical to the registry's
 * are re-exported from there.
 *
 * @module @provena-sdk/models/datastore
 */
export * from "./generated.js";
