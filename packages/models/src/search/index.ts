/**
 * The Search API's wire models: an interface and a lazily built `<Name>Schema` per model, and
 * {@link SearchModels} (every model, per validation mode). Models identical to the registry's are
 * re-exported from there.
 *
 * @module @provena-sdk/models/search
 */
export * from "./generated.js";
