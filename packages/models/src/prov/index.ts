// The wire models: generated from the OpenAPI document (generated.ts), plus hand-written facts
// the spec cannot express (the PROV-O relation vocabulary).
export * from "./generated.js";
export * from "./relations.js";
