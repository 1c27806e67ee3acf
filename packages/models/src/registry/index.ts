// The wire models: generated from the OpenAPI document (generated.ts), plus hand-written facts
// the spec cannot express (which models belong to which subtype).
export * from "./generated.js";
export * from "./subtypes.js";
export * from "./raw-item.js";
