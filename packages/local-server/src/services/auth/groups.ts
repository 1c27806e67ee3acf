// User groups (the Auth API's groups table). The registry reads memberships for item-level
// access (`groups` in AccessSettings); the Auth API's /groups routes manage them.
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
}

export const GROUPS = defineStore<GroupStore>("auth.groups", (context: ServiceContext) => {
  const table = context.storage.table<GroupRow>("auth.groups");
  return {
    get: (id) => table.get(id),
    put: (group) => table.put(group.id, group),
    delete: (id) => table.delete(id),
    list: () => [...table.values()],
    membershipsOf: (username) =>
      [...table.values()].filter((group) => group.users.some((user) => user.username === username)).map((group) => group.id),
    isMember: (groupId, username) => table.get(groupId)?.users.some((user) => user.username === username) ?? false,
  };
});
