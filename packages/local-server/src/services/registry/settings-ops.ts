// `auth/*` (access settings) and `locks/*` of one subtype (behaviour.md §1.8, §2.2).
import type { AccessSettings } from "@provena-sdk/models/registry";
import { detailReply, jsonReply, type Reply } from "../../http/reply.js";
import type { ServiceContext } from "../context.js";
import { allows, availableRoles, describeItemAccess, REGISTRY_ADMIN_ROLE } from "./access.js";
import type { Actor } from "./actor.js";
import { excludeNone, nowSeconds, registryStore } from "./registry-store.js";
import { badRequest, status, statusReply, typedReply, unauthorised } from "./responses.js";
import { storedRecordParses } from "./read-ops.js";
import type { SubtypeDefinition } from "./subtypes.js";
import type { StoredItem } from "./tables.js";

export function evaluateAccess(context: ServiceContext, actor: Actor, id: string): Reply {
  const roles = describeItemAccess(context, id, actor);
  if (roles === undefined) return badRequest(`Item with id ${id} was not found in the registry or its auth table.`);
  return jsonReply(200, { roles });
}

type SettingsGuard = { ok: true; settings: AccessSettings; item: StoredItem } | { ok: false; reply: Reply };

/** Owner, registry admin or item admin, on an item of this route's subtype. */
function guardSettings(context: ServiceContext, def: SubtypeDefinition, actor: Actor, id: string): SettingsGuard {
  const store = registryStore(context);
  const item = store.item(id);
  const settings = store.access(id);
  if (item === undefined || settings === undefined) return { ok: false, reply: badRequest(`Item (id='${id}') was not present in the registry. Are you sure the id is correct?`) };
  if (item.item_subtype !== def.subtype) return { ok: false, reply: badRequest(`Item with id ${id} is of subtype ${item.item_subtype}, not ${def.subtype}.`) };
  const privileged = settings.owner === actor.username || actor.roles.includes(REGISTRY_ADMIN_ROLE);
  if (!privileged && !allows(describeItemAccess(context, id, actor) ?? [], "admin")) {
    return { ok: false, reply: unauthorised(`You are not authorised to view the access configuration for item id='${id}'.`) };
  }
  return { ok: true, settings, item };
}

export function getAccessSettings(context: ServiceContext, def: SubtypeDefinition, actor: Actor, id: string): Reply {
  const guard = guardSettings(context, def, actor, id);
  return guard.ok ? jsonReply(200, guard.settings) : guard.reply;
}

export function putAccessSettings(context: ServiceContext, def: SubtypeDefinition, actor: Actor, id: string, next: AccessSettings): Reply {
  const guard = guardSettings(context, def, actor, id);
  if (!guard.ok) return guard.reply;
  // Upstream parses the item as the route's subtype before writing: a record of the right
  // subtype that no longer parses is an unhandled failure there (behaviour.md §1.8).
  if (!storedRecordParses(def, guard.item)) {
    return detailReply(500, `Failed to parse the stored item (id=${id}) as ${def.subtype}; the access settings were not changed.`);
  }
  if (next.owner !== guard.settings.owner) return badRequest(`The owner of an item cannot be changed (owner is ${guard.settings.owner}).`);
  const available = availableRoles(def.subtype);
  const requested = [...next.general, ...Object.values(next.groups).flat()];
  const inappropriate = requested.filter((role) => !available.includes(role));
  if (inappropriate.length > 0) {
    return badRequest(`Inappropriate roles for a ${def.subtype} item: ${[...new Set(inappropriate)].join(", ")}. Available roles: ${available.join(", ")}.`);
  }
  registryStore(context).tables.auth.put(id, { id, access_settings: { owner: next.owner, general: [...next.general], groups: structuredClone(next.groups) } });
  return statusReply(true, `Successfully updated the access settings of item ${id}.`);
}

export function changeLock(context: ServiceContext, actor: Actor, request: { id: string; reason: string }, lock: boolean): Reply {
  const store = registryStore(context);
  const row = store.lock(request.id);
  if (row === undefined) return badRequest(`Failed to retrieve lock information. Error: Item with id ${request.id} was not found in the lock table.`);
  if (!allows(describeItemAccess(context, request.id, actor) ?? [], "admin")) {
    return unauthorised(`You are not authorised to ${lock ? "lock" : "unlock"} this item: it requires the admin role on it.`);
  }
  if (row.lock_information.locked === lock) return badRequest(lock ? "Cannot lock already locked resource." : "Cannot unlock already unlocked resource.");
  const event = excludeNone({ action_type: lock ? "LOCK" : "UNLOCK", username: actor.username, email: actor.email, reason: request.reason, timestamp: nowSeconds() });
  store.tables.locks.put(request.id, { id: request.id, lock_information: { locked: lock, history: [...row.lock_information.history, event] } });
  return statusReply(true, `Successfully ${lock ? "locked" : "unlocked"} item ${request.id}.`);
}

type LockRead = { ok: true; locked: boolean; history: readonly unknown[] } | { ok: false; reply: Reply };

function readLock(context: ServiceContext, actor: Actor, id: string): LockRead {
  const row = registryStore(context).lock(id);
  if (row === undefined) return { ok: false, reply: badRequest(`Failed to retrieve lock information. Error: Item with id ${id} was not found in the lock table.`) };
  if (!allows(describeItemAccess(context, id, actor) ?? [], "read")) return { ok: false, reply: unauthorised("You are not authorised to view the lock information of this item.") };
  return { ok: true, locked: row.lock_information.locked, history: row.lock_information.history };
}

export function lockHistory(context: ServiceContext, actor: Actor, id: string): Reply {
  const read = readLock(context, actor, id);
  if (!read.ok) return read.reply;
  return typedReply("LockHistoryResponse", { status: status(true, "Successfully retrieved lock history."), history: read.history });
}

export function lockStatus(context: ServiceContext, actor: Actor, id: string): Reply {
  const read = readLock(context, actor, id);
  return read.ok ? jsonReply(200, { locked: read.locked }) : read.reply;
}
