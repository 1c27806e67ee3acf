// One search index per server, built from the registry's item table the first time a search
// route needs it and kept in step with every write after that. The subscription ends with the
// server, since a caller's own storage may outlive it.
import { defineStore } from "../context.js";
import { REGISTRY_TABLES, type StoredItem } from "../registry/tables.js";
import { RegistrySearchIndex } from "./registry-index.js";

export const SEARCH_INDEX = defineStore("search.registry-index", (context) => {
  const { index, stop } = RegistrySearchIndex.follow(context.storage.table<StoredItem>(REGISTRY_TABLES.items));
  context.onDispose(stop);
  return index;
});
