// `/groups/user/*`: groups as any signed-in user sees them.
import type { Transport } from "@provena-sdk/http-core";
import { GroupNotFoundError, NotGroupMemberError } from "./errors.js";
import type { UserGroup, UserGroupMetadata } from "./models.js";
import { call, type CallOptions } from "./request.js";
import { present } from "./present.js";

/**
 * Groups as any signed-in user sees them (`/groups/user/*`): list and describe groups, the caller's
 * memberships, and the members of groups the caller belongs to. Reached as `auth.groups`.
 */
export class GroupsClient {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /** Every group (metadata only). */
  async list(options?: CallOptions): Promise<UserGroupMetadata[]> {
    const response = await call(this.#transport, { method: "GET", path: "/groups/user/list_groups", model: "ListGroupsResponse", operationName: "auth.groups.list" }, options);
    return response.groups ?? [];
  }

  /** One group's metadata; GroupNotFoundError if there is no such group. */
  async describe(id: string, options?: CallOptions): Promise<UserGroupMetadata> {
    const response = await call(
      this.#transport,
      {
        method: "GET",
        path: "/groups/user/describe_group",
        query: { id },
        model: "DescribeGroupResponse",
        operationName: "auth.groups.describe",
        onSoftFailure: (details, cause) => new GroupNotFoundError(id, details, { cause }),
      },
      options,
    );
    return present(response.group, "group", { method: "GET", path: "/groups/user/describe_group", operationName: "auth.groups.describe" });
  }

  /** The groups the caller belongs to. */
  async memberships(options?: CallOptions): Promise<UserGroupMetadata[]> {
    const response = await call(this.#transport, { method: "GET", path: "/groups/user/list_user_membership", model: "ListUserMembershipResponse", operationName: "auth.groups.memberships" }, options);
    return response.groups ?? [];
  }

  /**
   * A group with its members. Only members may ask: NotGroupMemberError otherwise,
   * GroupNotFoundError for an unknown group.
   */
  async members(id: string, options?: CallOptions): Promise<UserGroup> {
    const response = await call(
      this.#transport,
      {
        method: "GET",
        path: "/groups/user/list_members",
        query: { id },
        model: "ListMembersResponse",
        operationName: "auth.groups.members",
        onSoftFailure: (details, cause) => (/not a member/i.test(details) ? new NotGroupMemberError(id, details, { cause }) : new GroupNotFoundError(id, details, { cause })),
      },
      options,
    );
    return present(response.group, "group", { method: "GET", path: "/groups/user/list_members", operationName: "auth.groups.members" });
  }

  /** Whether the caller belongs to the group; GroupNotFoundError for an unknown group. */
  async isMember(groupId: string, options?: CallOptions): Promise<boolean> {
    const response = await call(
      this.#transport,
      {
        method: "GET",
        path: "/groups/user/check_membership",
        query: { group_id: groupId },
        model: "CheckMembershipResponse",
        operationName: "auth.groups.isMember",
        onSoftFailure: (details, cause) => new GroupNotFoundError(groupId, details, { cause }),
      },
      options,
    );
    return present(response.is_member, "is_member", { method: "GET", path: "/groups/user/check_membership", operationName: "auth.groups.isMember" });
  }
}
