// `/link/{user,admin}/*`: the username → registry Person link (behaviour.md §5.2).
import { detailReply, jsonReply } from "../../http/reply.js";
import type { AuthenticatedUser } from "../../auth/bearer.js";
import type { OperationHandler } from "../handler.js";
import { requireBody } from "../common/request-body.js";
import { LINKS } from "./links.js";
import { personAccessSettings, personExists } from "./person-check.js";
import { AuthRequests } from "./request-models.js";

type Handler = OperationHandler<AuthenticatedUser>;

const alreadyLinked = (username: string, personId: string): string =>
  `The username ${username} already has a person ID assigned, ID ${personId}. You cannot deassign a Person ID without contacting an admin.`;

const notOwner = (username: string, personId: string): string =>
  `You are not authorised to assign your identity to a Person in the Registry which you do not own. Username: ${username}. Person ID: ${personId}.`;

const lookupBody = (personId: string | undefined) => (personId === undefined ? { person_id: null, success: false } : { person_id: personId, success: true });

const userLookup: Handler = ({ user, query, context }) => {
  const username = typeof query.username === "string" && query.username !== "" ? query.username : user.username;
  return jsonReply(200, lookupBody(context.store(LINKS).lookup(username)));
};

const userAssign: Handler = async ({ user, http, context }) => {
  const body = await requireBody(http, AuthRequests.UserLinkUserAssignRequest);
  if (!body.ok) return body.reply;
  const links = context.store(LINKS);
  const existing = links.lookup(user.username);
  if (existing !== undefined) return detailReply(400, alreadyLinked(user.username, existing));
  const settings = personAccessSettings(context, body.value.person_id, user);
  if (!settings.ok) return detailReply(settings.status, settings.detail);
  if (settings.value.owner !== user.username) return detailReply(401, notOwner(user.username, body.value.person_id));
  links.assign(user.username, body.value.person_id);
  return jsonReply(200, {});
};

const userValidate: Handler = async ({ user, http, context }) => {
  const body = await requireBody(http, AuthRequests.UserLinkUserValidateRequest);
  if (!body.ok) return body.reply;
  const soft = (details: string) => jsonReply(200, { status: { success: false, details } });
  const existing = context.store(LINKS).lookup(user.username);
  if (existing !== undefined) return soft(alreadyLinked(user.username, existing));
  const settings = personAccessSettings(context, body.value.person_id, user);
  if (!settings.ok) return detailReply(settings.status, settings.detail);
  if (settings.value.owner !== user.username) return soft(notOwner(user.username, body.value.person_id));
  return jsonReply(200, { status: { success: true, details: "This person ID could be linked to the specified username. Validation successful." } });
};

const adminLookup: Handler = ({ query, context }) => jsonReply(200, lookupBody(context.store(LINKS).lookup(String(query.username))));

const adminAssign: Handler = async ({ user, http, context }) => {
  const body = await requireBody(http, AuthRequests.AdminLinkUserAssignRequest);
  if (!body.ok) return body.reply;
  const { username, person_id: personId } = body.value;
  const links = context.store(LINKS);
  const existing = links.lookup(username);
  if (existing !== undefined && body.value.force !== true) {
    return detailReply(400, `The username ${username} already has a person ID assigned, ID ${existing}. Use the force parameter to reassign.`);
  }
  if (body.value.validate_item !== false) {
    const found = personExists(context, personId, user);
    if (!found.ok) return detailReply(found.status, found.detail);
  }
  links.assign(username, personId);
  return jsonReply(200, {});
};

const adminClear: Handler = ({ query, context }) => {
  context.store(LINKS).clear(String(query.username));
  return jsonReply(200, {});
};

const reverseLookup: Handler = ({ query, context }) => jsonReply(200, { usernames: context.store(LINKS).usernamesFor(String(query.person_id)) });

export const linkRoutes = {
  "GET /link/user/lookup": userLookup,
  "POST /link/user/assign": userAssign,
  "POST /link/user/validate": userValidate,
  "GET /link/admin/lookup": adminLookup,
  "POST /link/admin/assign": adminAssign,
  "DELETE /link/admin/clear": adminClear,
  "GET /link/admin/reverse_lookup": reverseLookup,
} as const;
