/**
 * The ID service (handle) API's wire models: an interface and a lazily built `<Name>Schema` per
 * model, and {@link IdServiceModels} (every model, per validation mode).
 *
 * @module @provena-sdk/models/handle
 */
export * from "./generated.js";
