// User groups (the Auth API's groups table). The registry reads memberships for item-level
// access (`groups` in AccessSettings); the Auth API's /groups routes manage them. Rows are
// stored as upstream writes them (`exclude_none`); an unparsed admin import may store rows of
// any shape, so readers tolerate a missing `users` list.
import type { ServiceContext } from "../context.js";
import { defineStore } from "../context.js";

export interface GroupUser {
  readonly username: string;
  readonly email?: string | null;
  readonly first_name?: string | null;
  readonly last_name?: string | null;
}

export interface GroupRow {
  readonly id: string;
  readonly display_name: string;
  readonly description: string;
  readonly default_data_store_access?: readonly string[] | null;
  readonly users: readonly GroupUser[];
}

export interface GroupStore {
  get(id: string): GroupRow | undefined;
  /** Inserts or replaces a group (members included). */
  put(group: GroupRow): void;
  delete(id: string): boolean;
  list(): GroupRow[];
  /** Ids of the groups `username` belongs to. */
  membershipsOf(username: string): string[];
  isMember(groupId: string, username: string): boolean;
  /** Every stored row as it is (the export format). */
  raw(): Record<string, unknown>[];
  /** Writes a row as given (import); its `id` is the key. */
  putRaw(row: Readonly<Record<string, unknown>> & { readonly id: string }): void;
}

export const GROUPS_TABLE = "auth.groups";

const usersOf = (group: GroupRow): readonly GroupUser[] => (Array.isArray(group.users) ? (group.users as readonly GroupUser[]) : []);

export const GROUPS = defineStore<GroupStore>("auth.groups", (context: ServiceContext) => {
  const table = context.storage.table<GroupRow>(GROUPS_TABLE);
  const isMember = (group: GroupRow | undefined, username: string): boolean => group !== undefined && usersOf(group).some((user) => user.username === username);
  return {
    get: (id) => table.get(id),
    put: (group) => table.put(group.id, group),
    delete: (id) => table.delete(id),
    list: () => [...table.values()],
    membershipsOf: (username) => [...table.values()].filter((group) => isMember(group, username)).map((group) => group.id),
    isMember: (groupId, username) => isMember(table.get(groupId), username),
    raw: () => [...table.values()].map((row): Record<string, unknown> => ({ ...row })),
    putRaw: (row) => table.put(row.id, row as unknown as GroupRow),
  };
});
