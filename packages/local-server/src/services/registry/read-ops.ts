// Fetch and list for one subtype (plain and proxy): item-level read access, seeds only when
// asked, and the list's split into complete / seed / unparsable items with the access count.
import { safeParse } from "@provena-sdk/http-core";
import type * as z from "zod/mini";
import { RegistryModels, REGISTRY_SUBTYPE_MODELS, type RegistryModelName } from "@provena-sdk/models/registry";
import type { Reply } from "../../http/reply.js";
import { GROUPS } from "../auth/groups.js";
import type { ServiceContext } from "../context.js";
import { allows, describeItemAccess, rolesFromSettings, type AccessSubject } from "./access.js";
import { runListQuery, type ListRequest } from "./list-query.js";
import { registryStore, type RegistryStore } from "./registry-store.js";
import { softFailure, status, typedReply, unauthorised } from "./responses.js";
import type { SubtypeDefinition } from "./subtypes.js";
import type { StoredItem } from "./tables.js";

export function fetchItem(context: ServiceContext, def: SubtypeDefinition, subject: AccessSubject, id: string, seedAllowed: boolean): Reply {
  const model = REGISTRY_SUBTYPE_MODELS[def.subtype].fetchResponse;
  const store = registryStore(context);
  const item = store.item(id);
  if (item === undefined) return softFailure(model, `Item with id ${id} was not found in the registry.`);
  if (item.item_subtype !== def.subtype) {
    return softFailure(model, `Item with id ${id} could not be parsed as ${def.subtype}: it is of subtype ${item.item_subtype}.`);
  }
  const roles = describeItemAccess(context, id, subject) ?? [];
  if (!allows(roles, "read")) return unauthorised("You are not authorised to fetch this item.");
  const isSeed = item.record_type === "SEED_ITEM";
  if (isSeed && !seedAllowed) return softFailure(model, `Item with id ${id} is a seed item; pass seed_allowed=true to fetch it.`);
  if (!isSeed && !parsesAs(def, item)) return softFailure(model, `Item with id ${id} could not be parsed as ${def.subtype}.`);
  return typedReply(model, {
    status: status(true, "Successfully fetched item."),
    item,
    roles,
    locked: store.lock(id)?.lock_information.locked ?? false,
    item_is_seed: isSeed,
  });
}

function itemModel(def: SubtypeDefinition): z.core.$ZodType {
  return (RegistryModels.lenient as unknown as Record<string, z.core.$ZodType>)[REGISTRY_SUBTYPE_MODELS[def.subtype].item] as z.core.$ZodType;
}

function parsesAs(def: SubtypeDefinition, item: StoredItem): boolean {
  return safeParse(itemModel(def), item).success;
}

/** Whether a stored record still parses: a seed as `SeededItem`, a complete item as the subtype's item model. */
export function storedRecordParses(def: SubtypeDefinition, item: StoredItem): boolean {
  if (item.record_type !== "SEED_ITEM") return parsesAs(def, item);
  return RegistryModels.lenient.SeededItem.safeParse(item).success;
}

/** A per-request reader check: memberships looked up once, then one settings lookup per item. */
export function readFilter(context: ServiceContext, store: RegistryStore, subject: AccessSubject): (item: StoredItem) => boolean {
  const memberships = context.store(GROUPS).membershipsOf(subject.username);
  return (item) => {
    const settings = store.access(item.id);
    if (settings === undefined) return false;
    return allows(rolesFromSettings(item.item_subtype, settings, subject, memberships), "read");
  };
}

export function listItems(context: ServiceContext, def: SubtypeDefinition, subject: AccessSubject, request: ListRequest): Reply {
  const model: RegistryModelName = REGISTRY_SUBTYPE_MODELS[def.subtype].listResponse;
  const store = registryStore(context);
  const outcome = runListQuery(store, request, def.subtype);
  if (!outcome.ok) return outcome.reply;
  const canRead = readFilter(context, store, subject);
  const items: StoredItem[] = [];
  const seeds: StoredItem[] = [];
  const unparsable: StoredItem[] = [];
  let notAuthorised = 0;
  for (const item of outcome.page.items) {
    if (!canRead(item)) {
      notAuthorised++;
      continue;
    }
    if (item.record_type === "SEED_ITEM") seeds.push(item);
    else if (parsesAs(def, item)) items.push(item);
    else unparsable.push(item);
  }
  const success = unparsable.length === 0;
  return typedReply(model, {
    status: status(success, success ? "Successfully listed items." : `${unparsable.length} item(s) could not be parsed as ${def.subtype}.`),
    items,
    seed_items: seeds,
    unparsable_items: unparsable,
    total_item_count: items.length + seeds.length + unparsable.length,
    complete_item_count: items.length,
    seed_item_count: seeds.length,
    unparsable_item_count: unparsable.length,
    not_authorised_count: notAuthorised,
    pagination_key: outcome.page.paginationKey,
  });
}
