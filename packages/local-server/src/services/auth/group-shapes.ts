// Group rows as the responses show them (pydantic: every optional field present, null when
// unset) and as the table stores them (`exclude_none`: absent instead of null).
import type { GroupUser as WireGroupUser, UserGroup, UserGroupMetadata } from "@provena-sdk/models/auth";
import type { GroupRow, GroupUser } from "./groups.js";

const orNull = <T>(value: T | null | undefined): T | null => (value === undefined ? null : value);

export function metadataView(group: GroupRow): UserGroupMetadata {
  return {
    id: group.id,
    display_name: group.display_name,
    description: group.description,
    default_data_store_access: group.default_data_store_access == null ? null : [...group.default_data_store_access],
  };
}

export function memberView(user: GroupUser): WireGroupUser {
  return { username: user.username, email: orNull(user.email), first_name: orNull(user.first_name), last_name: orNull(user.last_name) };
}

export function groupView(group: GroupRow): UserGroup {
  return { ...metadataView(group), users: (Array.isArray(group.users) ? group.users : []).map(memberView) };
}

/** Drops null and undefined keys, as upstream's `exclude_none` write does. */
export function withoutNulls<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

export function storedMember(user: WireGroupUser): GroupUser {
  return withoutNulls({ username: user.username, email: user.email, first_name: user.first_name, last_name: user.last_name });
}

export function storedGroup(metadata: UserGroupMetadata, users: readonly GroupUser[]): GroupRow {
  return {
    ...withoutNulls({
      id: metadata.id,
      display_name: metadata.display_name,
      description: metadata.description,
      default_data_store_access: metadata.default_data_store_access,
    }),
    users: [...users],
  };
}
