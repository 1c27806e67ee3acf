// The wire models: generated from the OpenAPI document (generated.ts), plus any hand-written
// refinements that the spec cannot express.
export * from "./generated.js";
