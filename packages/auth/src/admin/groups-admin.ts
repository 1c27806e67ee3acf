// `/groups/admin/*`: reads for any user, group and member writes, export/import/restore.
import type { Transport } from "@provena-sdk/http-core";
import { GroupImportError, GroupNotFoundError } from "../errors.js";
import type { GroupUser, GroupsImportResponse, ImportMode, Status, UserGroup, UserGroupMetadata } from "../models.js";
import { present } from "../present.js";
import { call, type CallOptions } from "../request.js";

/** Options of {@link GroupsAdminClient.import} and {@link GroupsAdminClient.restoreFromTable}. */
export interface ImportOptions extends CallOptions {
  /** Parse every item as a UserGroup first (default true). */
  parseItems?: boolean | undefined;
  /** Required for SYNC_DELETION_ALLOWED to delete anything (default false). */
  allowEntryDeletion?: boolean | undefined;
  /** Compute and report only, write nothing (default TRUE, as upstream: pass false to write). */
  trialMode?: boolean | undefined;
}

const importFailure = (cause: { body: unknown }, details: string): GroupImportError => {
  const body = cause.body as { failure_list?: [string, Record<string, unknown>][] | null } | undefined;
  return new GroupImportError(details, body?.failure_list ?? [], { cause });
};

/**
 * Group administration (`/groups/admin/*`): read any group and membership, create, update and
 * delete groups and members, export, import and restore. Reached as `auth.admin.groups`; needs a sys-admin role.
 */
export class GroupsAdminClient {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /** Every group (metadata only). */
  async list(options?: CallOptions): Promise<UserGroupMetadata[]> {
    const response = await call(this.#transport, { method: "GET", path: "/groups/admin/list_groups", model: "ListGroupsResponse", operationName: "auth.admin.groups.list" }, options);
    return response.groups ?? [];
  }

  /** One group's metadata; rejects with {@link GroupNotFoundError} if there is no such group. */
  async describe(id: string, options?: CallOptions): Promise<UserGroupMetadata> {
    const path = "/groups/admin/describe_group";
    const operationName = "auth.admin.groups.describe";
    const response = await call(
      this.#transport,
      { method: "GET", path, query: { id }, model: "DescribeGroupResponse", operationName, onSoftFailure: (details, cause) => new GroupNotFoundError(id, details, { cause }) },
      options,
    );
    return present(response.group, "group", { method: "GET", path, operationName });
  }

  /** A group with its members (no membership needed). */
  async members(id: string, options?: CallOptions): Promise<UserGroup> {
    const path = "/groups/admin/list_members";
    const operationName = "auth.admin.groups.members";
    const response = await call(
      this.#transport,
      { method: "GET", path, query: { id }, model: "ListMembersResponse", operationName, onSoftFailure: (details, cause) => new GroupNotFoundError(id, details, { cause }) },
      options,
    );
    return present(response.group, "group", { method: "GET", path, operationName });
  }

  /** The groups `username` belongs to. */
  async memberships(username: string, options?: CallOptions): Promise<UserGroupMetadata[]> {
    const response = await call(
      this.#transport,
      { method: "GET", path: "/groups/admin/list_user_membership", query: { username }, model: "ListUserMembershipResponse", operationName: "auth.admin.groups.memberships" },
      options,
    );
    return response.groups ?? [];
  }

  /** Whether `username` belongs to group `groupId`; rejects with {@link GroupNotFoundError} if there is no such group. */
  async isMember(groupId: string, username: string, options?: CallOptions): Promise<boolean> {
    const path = "/groups/admin/check_membership";
    const operationName = "auth.admin.groups.isMember";
    const response = await call(
      this.#transport,
      {
        method: "GET",
        path,
        query: { group_id: groupId, username },
        model: "CheckMembershipResponse",
        operationName,
        onSoftFailure: (details, cause) => new GroupNotFoundError(groupId, details, { cause }),
      },
      options,
    );
    return present(response.is_member, "is_member", { method: "GET", path, operationName });
  }

  /** Adds a member; BadRequestError (400) for an unknown group or an existing member. */
  async addMember(groupId: string, user: GroupUser, options?: CallOptions): Promise<Status> {
    const response = await call(
      this.#transport,
      { method: "POST", path: "/groups/admin/add_member", query: { group_id: groupId }, json: user, model: "AddMemberResponse", operationName: "auth.admin.groups.addMember" },
      options,
    );
    return response.status;
  }

  /** Removes a member; BadRequestError (400) for an unknown group or a non-member. */
  async removeMember(groupId: string, username: string, options?: CallOptions): Promise<Status> {
    const response = await call(
      this.#transport,
      { method: "DELETE", path: "/groups/admin/remove_member", query: { username, group_id: groupId }, model: "RemoveMemberResponse", operationName: "auth.admin.groups.removeMember" },
      options,
    );
    return response.status;
  }

  /** Removes several members, all or nothing: one non-member fails the whole call (400). */
  async removeMembers(groupId: string, usernames: readonly string[], options?: CallOptions): Promise<Status> {
    const response = await call(
      this.#transport,
      {
        method: "POST",
        path: "/groups/admin/remove_members",
        json: { group_id: groupId, member_usernames: usernames },
        model: "RemoveMemberResponse",
        operationName: "auth.admin.groups.removeMembers",
      },
      options,
    );
    return response.status;
  }

  /** Creates a group; BadRequestError (400) if the id exists. */
  async addGroup(metadata: UserGroupMetadata, options?: CallOptions): Promise<Status> {
    const response = await call(this.#transport, { method: "POST", path: "/groups/admin/add_group", json: metadata, model: "AddGroupResponse", operationName: "auth.admin.groups.addGroup" }, options);
    return response.status;
  }

  /** Replaces a group's metadata (members kept); BadRequestError (400) for an unknown id. */
  async updateGroup(metadata: UserGroupMetadata, options?: CallOptions): Promise<Status> {
    const response = await call(this.#transport, { method: "PUT", path: "/groups/admin/update_group", json: metadata, model: "UpdateGroupResponse", operationName: "auth.admin.groups.updateGroup" }, options);
    return response.status;
  }

  /** Deletes a group; BadRequestError (400) for an unknown id. Needs sys-admin-admin. */
  async removeGroup(id: string, options?: CallOptions): Promise<Status> {
    const response = await call(this.#transport, { method: "DELETE", path: "/groups/admin/remove_group", query: { id }, model: "RemoveGroupResponse", operationName: "auth.admin.groups.removeGroup" }, options);
    return response.status;
  }

  /** Every stored group row, untyped (the import format). */
  async export(options?: CallOptions): Promise<Record<string, unknown>[]> {
    const response = await call(this.#transport, { method: "GET", path: "/groups/admin/export", model: "GroupsExportResponse", operationName: "auth.admin.groups.export" }, options);
    return response.items ?? [];
  }

  /** Imports rows under `mode`; GroupImportError (with `failures`) if the import is refused. */
  import(mode: ImportMode, items: readonly Record<string, unknown>[], options: ImportOptions = {}): Promise<GroupsImportResponse> {
    return call(
      this.#transport,
      {
        method: "POST",
        path: "/groups/admin/import",
        json: { import_mode: mode, items, parse_items: options.parseItems, allow_entry_deletion: options.allowEntryDeletion, trial_mode: options.trialMode },
        model: "GroupsImportResponse",
        operationName: "auth.admin.groups.import",
        onSoftFailure: (details, cause) => importFailure(cause, details),
      },
      options,
    );
  }

  /** Imports the rows of another table (upstream: a DynamoDB backup; locally: a storage table). */
  restoreFromTable(tableName: string, mode: ImportMode, options: ImportOptions = {}): Promise<GroupsImportResponse> {
    return call(
      this.#transport,
      {
        method: "POST",
        path: "/groups/admin/restore_from_table",
        query: { table_name: tableName },
        json: { import_mode: mode, parse_items: options.parseItems, allow_entry_deletion: options.allowEntryDeletion, trial_mode: options.trialMode },
        model: "GroupsImportResponse",
        operationName: "auth.admin.groups.restoreFromTable",
        onSoftFailure: (details, cause) => importFailure(cause, details),
      },
      options,
    );
  }
}
