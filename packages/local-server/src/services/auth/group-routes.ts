// `/groups/{user,admin}/*` reads and writes (behaviour.md §5.2). Unknown groups are soft
// failures on reads and 400s on writes, as upstream.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { detailReply, jsonReply, type Reply } from "../../http/reply.js";
import type { ServiceContext } from "../context.js";
import type { OperationHandler } from "../handler.js";
import { requireBody } from "../common/request-body.js";
import { groupView, metadataView, storedGroup, storedMember } from "./group-shapes.js";
import { GROUPS } from "./groups.js";
import { AuthRequests } from "./request-models.js";

type Handler = OperationHandler<AuthenticatedUser>;

const ok = (details: string, extra: Record<string, unknown> = {}): Reply => jsonReply(200, { status: { success: true, details }, ...extra });
const soft = (details: string, extra: Record<string, unknown>): Reply => jsonReply(200, { status: { success: false, details }, ...extra });
const noGroup = (id: string) => `No group with id ${id} was found.`;

const listGroups: Handler = ({ context }) => {
  const groups = context.store(GROUPS).list().map(metadataView);
  return ok(`Retrieved ${groups.length} groups successfully`, { groups });
};

const describeGroup: Handler = ({ query, context }) => {
  const id = String(query.id);
  const group = context.store(GROUPS).get(id);
  return group === undefined ? soft(noGroup(id), { group: null }) : ok("Group metadata retrieved.", { group: metadataView(group) });
};

function membershipOf(context: ServiceContext, username: string): Reply {
  const groups = context.store(GROUPS).list().filter((group) => context.store(GROUPS).isMember(group.id, username)).map(metadataView);
  return ok(`Member is part of ${groups.length} groups as listed.`, { groups });
}

function checkMembership(context: ServiceContext, groupId: string, username: string): Reply {
  const store = context.store(GROUPS);
  if (store.get(groupId) === undefined) return soft(noGroup(groupId), { is_member: null });
  return ok("Group was found and membership determined.", { is_member: store.isMember(groupId, username) });
}

const userListMembers: Handler = ({ user, query, context }) => {
  const id = String(query.id);
  const store = context.store(GROUPS);
  const group = store.get(id);
  if (group === undefined) return soft(noGroup(id), { group: null });
  if (!store.isMember(id, user.username)) return soft(`You are not a member of group with id ${id}.`, { group: null });
  const view = groupView(group);
  // Upstream's user route says "Group with N returned." (no "users"); the admin route says it.
  return ok(`Group with ${view.users.length} returned.`, { group: view });
};

const adminListMembers: Handler = ({ query, context }) => {
  const id = String(query.id);
  const group = context.store(GROUPS).get(id);
  if (group === undefined) return soft(noGroup(id), { group: null });
  const view = groupView(group);
  return ok(`Group with ${view.users.length} users returned.`, { group: view });
};

const addMember: Handler = async ({ http, query, context }) => {
  const body = await requireBody(http, AuthRequests.GroupUser);
  if (!body.ok) return body.reply;
  const id = String(query.group_id);
  const store = context.store(GROUPS);
  const group = store.get(id);
  if (group === undefined) return detailReply(400, `Tried to add a user to group ${id} but no such group was found.`);
  if (store.isMember(id, body.value.username)) return detailReply(400, `Tried to add a user to group ${id} but the user was already a member of the group.`);
  store.put({ ...group, users: [...group.users, storedMember(body.value)] });
  return ok(`User added to group ${id} successfully.`);
};

const removeMember: Handler = ({ query, context }) => {
  const id = String(query.group_id);
  const username = String(query.username);
  const store = context.store(GROUPS);
  const group = store.get(id);
  if (group === undefined) return detailReply(400, `Tried to remove a user from group ${id} but no such group was found.`);
  if (!store.isMember(id, username)) {
    return detailReply(400, `Tried to remove specified user from group with id ${id} but the user was not found in the group.`);
  }
  store.put({ ...group, users: group.users.filter((user) => user.username !== username) });
  return ok(`User ${username} removed from group ${id} successfully.`);
};

const removeMembers: Handler = async ({ http, context }) => {
  const body = await requireBody(http, AuthRequests.RemoveMembersRequest);
  if (!body.ok) return body.reply;
  const { group_id: id, member_usernames: usernames } = body.value;
  const store = context.store(GROUPS);
  const group = store.get(id);
  if (group === undefined) return detailReply(400, `Tried to remove a user from group ${id} but no such group was found.`);
  // All or nothing: the first non-member aborts before anything is written.
  const missing = usernames.find((username) => !store.isMember(id, username));
  if (missing !== undefined) {
    return detailReply(
      400,
      `Tried to remove specified user with username ${missing} from group with id ${id} but the user was not found in the group. No users removed!`,
    );
  }
  const removing = new Set(usernames);
  store.put({ ...group, users: group.users.filter((user) => !removing.has(user.username)) });
  return ok(`${usernames.length} users were removed from group ${id} successfully.`);
};

const addGroup: Handler = async ({ http, context }) => {
  const body = await requireBody(http, AuthRequests.UserGroupMetadata);
  if (!body.ok) return body.reply;
  const store = context.store(GROUPS);
  if (store.get(body.value.id) !== undefined) {
    return detailReply(400, `Tried to write a new group (id=${body.value.id}) but there is an existing group! Update instead or remove first.`);
  }
  store.put(storedGroup(body.value, []));
  return ok(`Successfully created group with id: ${body.value.id}.`);
};

const removeGroup: Handler = ({ query, context }) => {
  const id = String(query.id);
  const store = context.store(GROUPS);
  if (store.get(id) === undefined) return detailReply(400, `Tried to delete group with ID: ${id} but it does not exist!`);
  store.delete(id);
  return ok(`Successfully removed group with id: ${id}.`);
};

const updateGroup: Handler = async ({ http, context }) => {
  const body = await requireBody(http, AuthRequests.UserGroupMetadata);
  if (!body.ok) return body.reply;
  const store = context.store(GROUPS);
  const existing = store.get(body.value.id);
  if (existing === undefined) return detailReply(400, `Tried to update group with ID: ${body.value.id} but it does not exist!`);
  store.put(storedGroup(body.value, existing.users));
  return ok(`Successfully updated metadata for group with id: ${body.value.id}.`);
};

export const groupRoutes = {
  "GET /groups/user/list_groups": listGroups,
  "GET /groups/user/describe_group": describeGroup,
  "GET /groups/user/list_user_membership": ({ user, context }) => membershipOf(context, user.username),
  "GET /groups/user/list_members": userListMembers,
  "GET /groups/user/check_membership": ({ user, query, context }) => checkMembership(context, String(query.group_id), user.username),
  "GET /groups/admin/list_groups": listGroups,
  "GET /groups/admin/describe_group": describeGroup,
  "GET /groups/admin/list_members": adminListMembers,
  "GET /groups/admin/list_user_membership": ({ query, context }) => membershipOf(context, String(query.username)),
  "GET /groups/admin/check_membership": ({ query, context }) => checkMembership(context, String(query.group_id), String(query.username)),
  "POST /groups/admin/add_member": addMember,
  "DELETE /groups/admin/remove_member": removeMember,
  "POST /groups/admin/remove_members": removeMembers,
  "POST /groups/admin/add_group": addGroup,
  "DELETE /groups/admin/remove_group": removeGroup,
  "PUT /groups/admin/update_group": updateGroup,
} as const satisfies Record<string, Handler>;
