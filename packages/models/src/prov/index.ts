/**
 * The Prov API's wire models: an interface and a lazily built `<Name>Schema` per model,
 * {@link ProvModels} (every model, per validation mode), and the PROV-O relation names lineage links
 * carry ({@link PROV_RELATION_TYPES}), which the spec never names. Models identical to the
 * registry's are re-exported from there.
 *
 * @module @provena-sdk/models/prov
 */
export * from "./generated.js";
export * from "./relations.js";
