// The wire models of the ID service (shared with the local server through @provena-sdk/models).
export * from "@provena-sdk/models/handle";
