// Public entry. Clients land here later; for now the package is its wire models.
export * from "./models/index.js";
