/**
 * The Registry API's wire models: an interface and a lazily built `<Name>Schema` per model,
 * {@link RegistryModels} (every model, per validation mode), and the hand-written facts the spec
 * cannot express: which models belong to which subtype ({@link REGISTRY_SUBTYPE_MODELS}) and
 * the untyped raw record the general routes return ({@link RawRegistryItem}).
 *
 * @module @provena-sdk/models/registry
 */
export * from "./generated.js";
export * from "./subtypes.js";
export * from "./raw-item.js";
