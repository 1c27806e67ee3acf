// Username → Person links (the Auth API's link table). The registry reads it for the link
// requirement; the Auth API's /link routes write it. One table, one place that knows its shape.
import type { ServiceContext } from "../context.js";
import { defineStore } from "../context.js";

export interface LinkStore {
  /** The Person id linked to `username`, if any. */
  lookup(username: string): string | undefined;
  /** Links `username` to `personId`, replacing any link. */
  assign(username: string, personId: string): void;
  /** Removes the link; true when there was one. */
  clear(username: string): boolean;
  /** Every username linked to `personId`, sorted. */
  usernamesFor(personId: string): string[];
}

interface LinkRow {
  readonly username: string;
  readonly person_id: string;
}

export const LINKS = defineStore<LinkStore>("auth.links", (context: ServiceContext) => {
  const table = context.storage.table<LinkRow>("auth.links");
  return {
    lookup: (username) => table.get(username)?.person_id,
    assign: (username, personId) => table.put(username, { username, person_id: personId }),
    clear: (username) => table.delete(username),
    usernamesFor: (personId) =>
      [...table.values()]
        .filter((row) => row.person_id === personId)
        .map((row) => row.username)
        .sort(),
  };
});
