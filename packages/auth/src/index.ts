// Public entry. Clients land here; the wire models come from @provena-sdk/models.
export * from "./models.js";
