// The registry's write actions (behaviour.md §2.2, §2.5), shared by the plain and the proxy
// routes: both resolve the acting user first and then call these.
import type { RegistrySubtype } from "@provena-sdk/models/registry";
import { jsonReply, type Reply } from "../../http/reply.js";
import { LINKS } from "../auth/links.js";
import type { ServiceContext } from "../context.js";
import { allows, describeItemAccess } from "./access.js";
import type { Actor } from "./actor.js";
import { launchCreateActivity, launchVersionActivity } from "./activity-jobs.js";
import { customValidationFailure } from "./custom-validation.js";
import { domainOf, parseDomainInfo, recordInfoOf, type DomainInfo } from "./domain-info.js";
import { buildCompleteItem, buildSeedItem, historyEntry, INITIAL_REASON } from "./item-builders.js";
import { nowSeconds, registryStore, type RegistryStore } from "./registry-store.js";
import { badRequest, DETAILS, notInLockTable, softFailure, status, statusReply, typedReply, unauthorised } from "./responses.js";
import type { SubtypeDefinition } from "./subtypes.js";
import type { StoredItem } from "./tables.js";
import { validationReply } from "../common/fastapi-422.js";
import { REGISTRY_SUBTYPE_MODELS } from "@provena-sdk/models/registry";

export interface WriteEnv {
  readonly context: ServiceContext;
  readonly def: SubtypeDefinition;
  readonly actor: Actor;
}

type Linked = { ok: true; personId: string | undefined } | { ok: false; reply: Reply };

/** The link requirement: linked subtypes (and `force`) need a username → Person link. */
function linkedPerson(env: WriteEnv, force = false): Linked {
  const personId = env.context.store(LINKS).lookup(env.actor.username);
  if ((env.def.linkEnforced || force) && personId === undefined) return { ok: false, reply: badRequest(DETAILS.linkRequired) };
  return { ok: true, personId };
}

const seedModel = (subtype: RegistrySubtype): string => `${REGISTRY_SUBTYPE_MODELS[subtype].domainInfo.replace(/DomainInfo$/, "")}SeedResponse`;
const createModel = (subtype: RegistrySubtype): string => `${REGISTRY_SUBTYPE_MODELS[subtype].domainInfo.replace(/DomainInfo$/, "")}CreateResponse`;

type ModelName = Parameters<typeof typedReply>[0];

/** Versioned subtypes register the item's create activity when it names a linked Person; its session id. */
function createActivityFor(env: WriteEnv, id: string, personId: string | undefined): string | undefined {
  if (!env.def.versioned || personId === undefined) return undefined;
  return launchCreateActivity(env.context, env.actor.username, { created_item_id: id, created_item_subtype: env.def.subtype, linked_person_id: personId });
}

export function seedItem(env: WriteEnv): Reply {
  const link = linkedPerson(env);
  if (!link.ok) return link.reply;
  const store = registryStore(env.context);
  const item = buildSeedItem(env.def, store.mintHandle(), env.actor.username, nowSeconds());
  store.insert(item, { owner: env.actor.username, general: [...env.def.defaultGeneralRoles], groups: {} });
  return typedReply(seedModel(env.def.subtype) as ModelName, { status: status(true, `Successfully seeded item with id ${item.id}.`), seeded_item: item });
}

export function createItem(env: WriteEnv, body: unknown): Reply {
  const parsed = parseDomainInfo(env.def.subtype, body);
  if (!parsed.ok) return validationReply(parsed.issues);
  if (env.actor.email === null) return badRequest(DETAILS.noEmail);
  // Versioned subtypes always need the link: the create activity names the linked Person.
  const link = linkedPerson(env, env.def.versioned);
  if (!link.ok) return link.reply;
  const store = registryStore(env.context);
  const model = createModel(env.def.subtype) as ModelName;
  const failure = customValidationFailure(store, env.def.subtype, parsed.domain);
  if (failure !== undefined) return softFailure(model, failure);
  const id = store.mintHandle();
  const sessionId = createActivityFor(env, id, link.personId);
  const item = buildCompleteItem(env.def, {
    id,
    username: env.actor.username,
    now: nowSeconds(),
    domain: parsed.domain,
    workflowLinks: sessionId === undefined ? undefined : { create_activity_workflow_id: sessionId },
  });
  store.insert(item, { owner: env.actor.username, general: [...env.def.defaultGeneralRoles], groups: {} });
  return typedReply(model, {
    status: status(true, `Successfully created item with id ${id}.`),
    created_item: item,
    register_create_activity_session_id: sessionId ?? null,
  });
}

export interface UpdateOptions {
  readonly bypassLock: boolean;
  readonly excludeHistory: boolean;
  readonly manualGrant: boolean;
}

export const PLAIN_UPDATE: UpdateOptions = { bypassLock: false, excludeHistory: false, manualGrant: false };

type Guarded = { ok: true; item: StoredItem; roles: string[] } | { ok: false; reply: Reply };

/** Lock check (missing → 400, locked → 401), then subtype check (soft), then the item role. */
function guardWrite(env: WriteEnv, store: RegistryStore, id: string, model: ModelName, options: { bypassLock: boolean; manualGrant: boolean }, verb: string): Guarded {
  const lock = store.lock(id);
  if (lock === undefined) return { ok: false, reply: notInLockTable(id) };
  if (lock.lock_information.locked && !options.bypassLock) return { ok: false, reply: unauthorised(DETAILS.locked) };
  const item = store.item(id);
  if (item === undefined) return { ok: false, reply: badRequest(`Item with id ${id} was not found in the registry.`) };
  if (item.item_subtype !== env.def.subtype) {
    return { ok: false, reply: softFailure(model, `Item with id ${id} is of subtype ${item.item_subtype}, not ${env.def.subtype}.`) };
  }
  const roles = describeItemAccess(env.context, id, env.actor) ?? [];
  if (!options.manualGrant && !allows(roles, "write")) return { ok: false, reply: unauthorised(`You are not authorised to ${verb} this item.`) };
  return { ok: true, item, roles };
}

function withDomain(item: StoredItem, domain: DomainInfo, changes: Record<string, unknown>): StoredItem {
  return { ...recordInfoOf(item), ...domain, ...changes } as StoredItem;
}

const historyOf = (item: StoredItem): Record<string, unknown>[] => (Array.isArray(item.history) ? (item.history as Record<string, unknown>[]) : []);

function nextHistoryId(history: readonly Record<string, unknown>[]): number {
  return history.reduce((max, entry) => Math.max(max, typeof entry.id === "number" ? entry.id : -1), -1) + 1;
}

export function updateItem(env: WriteEnv, id: string, reason: string | null | undefined, body: unknown, options: UpdateOptions): Reply {
  const parsed = parseDomainInfo(env.def.subtype, body);
  if (!parsed.ok) return validationReply(parsed.issues);
  const link = linkedPerson(env);
  if (!link.ok) return link.reply;
  const store = registryStore(env.context);
  const failure = customValidationFailure(store, env.def.subtype, parsed.domain);
  if (failure !== undefined) return softFailure("UpdateResponse", failure);
  const guard = guardWrite(env, store, id, "UpdateResponse", options, "update");
  if (!guard.ok) return guard.reply;
  const now = nowSeconds();
  const existing = guard.item;
  if (existing.record_type === "SEED_ITEM") {
    // Seed → complete: history restarts at entry 0 and `reason` is ignored; versioned
    // subtypes register the create activity now (the data store's mint relies on this).
    const sessionId = createActivityFor(env, id, link.personId);
    const workflowLinks = sessionId === undefined ? existing.workflow_links : { ...(existing.workflow_links as object | undefined), create_activity_workflow_id: sessionId };
    const item = withDomain(existing, parsed.domain, {
      record_type: "COMPLETE_ITEM",
      updated_timestamp: now,
      ...(workflowLinks === undefined ? {} : { workflow_links: workflowLinks }),
      history: [historyEntry(0, now, INITIAL_REASON, env.actor.username, parsed.domain)],
    });
    store.tables.items.put(id, item);
    return typedReply("UpdateResponse", { status: status(true, `Successfully updated item with id ${id}.`), register_create_activity_session_id: sessionId ?? null });
  }
  const history = historyOf(existing);
  let nextHistory = history;
  if (!options.excludeHistory) {
    if (reason === undefined || reason === null || reason === "") return badRequest("A reason is required when updating a complete item (query parameter reason).");
    nextHistory = [historyEntry(nextHistoryId(history), now, reason, env.actor.username, parsed.domain), ...history];
  }
  store.tables.items.put(id, withDomain(existing, parsed.domain, { updated_timestamp: now, history: nextHistory }));
  return typedReply("UpdateResponse", { status: status(true, `Successfully updated item with id ${id}.`), register_create_activity_session_id: null });
}

export function revertItem(env: WriteEnv, request: { id: string; history_id: number; reason: string }): Reply {
  const link = linkedPerson(env);
  if (!link.ok) return link.reply;
  const store = registryStore(env.context);
  const guard = guardWrite(env, store, request.id, "ItemRevertResponse", { bypassLock: false, manualGrant: false }, "revert");
  if (!guard.ok) return guard.reply;
  const existing = guard.item;
  if (existing.record_type === "SEED_ITEM") return badRequest(`Cannot revert item with id ${request.id}: it is a seed item without history.`);
  const history = historyOf(existing);
  const entry = history.find((e) => e.id === request.history_id);
  if (entry === undefined) return badRequest(`Cannot revert item with id ${request.id}: it has no history entry with id ${request.history_id}.`);
  // The historical domain info must still be valid today.
  const parsed = parseDomainInfo(env.def.subtype, entry.item);
  if (!parsed.ok) return badRequest(`The history entry ${request.history_id} no longer validates: ${parsed.issues.map((i) => i.msg).join("; ")}`);
  const failure = customValidationFailure(store, env.def.subtype, parsed.domain);
  if (failure !== undefined) return softFailure("ItemRevertResponse", failure);
  const now = nowSeconds();
  const reason = `(Restoring to v${request.history_id}) ${request.reason}`;
  const nextHistory = [historyEntry(nextHistoryId(history), now, reason, env.actor.username, parsed.domain), ...history];
  store.tables.items.put(request.id, withDomain(existing, parsed.domain, { updated_timestamp: now, history: nextHistory }));
  return typedReply("ItemRevertResponse", { status: status(true, `Successfully reverted item with id ${request.id} to history entry ${request.history_id}.`) });
}

export function versionItem(env: WriteEnv, request: { id: string; reason: string }): Reply {
  const link = linkedPerson(env, true);
  if (!link.ok) return link.reply;
  const store = registryStore(env.context);
  const existing = store.item(request.id);
  if (existing === undefined) return badRequest(`Item with id ${request.id} was not found in the registry.`);
  if (existing.item_subtype !== env.def.subtype) return badRequest(`Item with id ${request.id} is of subtype ${existing.item_subtype}, not ${env.def.subtype}.`);
  const roles = describeItemAccess(env.context, request.id, env.actor) ?? [];
  if (!allows(roles, "admin")) return unauthorised("You are not authorised to version this item: versioning requires the admin role on it.");
  if (existing.record_type !== "COMPLETE_ITEM") return badRequest(`Cannot create a new version of item ${request.id}: it is a seed item, not a complete item.`);
  const versioning = (existing.versioning_info ?? { version: 1 }) as { version?: number; next_version?: string; previous_version?: string };
  if (typeof versioning.next_version === "string") {
    return badRequest(
      `Cannot create a new version for an item (id=${request.id}) which is not the latest version. Version the latest version (id=${versioning.next_version}) instead.`,
    );
  }
  const version = (typeof versioning.version === "number" ? versioning.version : 1) + 1;
  const newId = store.mintHandle();
  const sessionId = launchVersionActivity(env.context, env.actor.username, {
    reason: request.reason,
    version_number: version,
    from_version_id: request.id,
    to_version_id: newId,
    linked_person_id: link.personId ?? "",
    item_subtype: env.def.subtype,
  });
  const now = nowSeconds();
  const domain = domainOf(existing);
  const item: StoredItem = {
    ...domain,
    id: newId,
    owner_username: env.actor.username,
    created_timestamp: now,
    updated_timestamp: now,
    item_category: env.def.category,
    item_subtype: env.def.subtype,
    record_type: "COMPLETE_ITEM",
    workflow_links: { version_activity_workflow_id: sessionId },
    versioning_info: { previous_version: request.id, version, reason: request.reason },
    history: [historyEntry(0, now, `New version of existing item (id=${request.id}).`, env.actor.username, domain)],
  };
  const previousSettings = store.access(request.id);
  store.insert(item, {
    owner: env.actor.username,
    general: [...(previousSettings?.general ?? env.def.defaultGeneralRoles)],
    groups: structuredClone(previousSettings?.groups ?? {}),
  });
  store.tables.items.put(request.id, { ...existing, versioning_info: { ...versioning, version: version - 1, next_version: newId } });
  return jsonReply(200, { new_version_id: newId, version_job_session_id: sessionId });
}

/** DELETE: the lock row answers first (missing → 400, locked → 401); no subtype check. */
export function deleteItem(context: ServiceContext, id: string): Reply {
  const store = registryStore(context);
  const lock = store.lock(id);
  if (lock === undefined) return notInLockTable(id);
  if (lock.lock_information.locked) return unauthorised(DETAILS.locked);
  store.deleteAll(id);
  return statusReply(true, `Successfully deleted item with id ${id}.`);
}
