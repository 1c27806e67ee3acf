// `/admin/import` and `/admin/restore_from_table` (behaviour.md §2.6): bundles of
// (item, auth row, lock row) checked per item, then the import mode's rule over the whole set,
// statistics always, and writes only outside trial mode and only when nothing failed.
import { safeParse } from "@provena-sdk/http-core";
import type * as z from "zod/mini";
import { RegistryModels, REGISTRY_SUBTYPE_MODELS, type BundledItem, type RegistrySubtype } from "@provena-sdk/models/registry";
import type { Reply } from "../../http/reply.js";
import type { ServiceContext } from "../context.js";
import { registryStore } from "./registry-store.js";
import { status, typedReply } from "./responses.js";
import type { AuthRow, LockRow, StoredItem } from "./tables.js";

export interface ImportSettings {
  readonly import_mode: string;
  readonly parse_items: boolean;
  readonly allow_entry_deletion: boolean;
  readonly trial_mode: boolean;
}

type Failure = [string, Record<string, unknown>];

const lenient = (name: string): z.core.$ZodType => (RegistryModels.lenient as unknown as Record<string, z.core.$ZodType>)[name] as z.core.$ZodType;

function bundleProblem(bundle: BundledItem): string | undefined {
  const item = bundle.item_payload;
  if (item.id !== bundle.id) return `item_payload.id (${String(item.id)}) does not match the bundle id.`;
  const subtype = item.item_subtype;
  if (typeof subtype !== "string" || !(subtype in REGISTRY_SUBTYPE_MODELS)) return `item_subtype ${String(subtype)} is not a registry subtype.`;
  const modelName = item.record_type === "SEED_ITEM" ? "SeededItem" : REGISTRY_SUBTYPE_MODELS[subtype as RegistrySubtype].item;
  const parsedItem = safeParse(lenient(modelName), item);
  if (!parsedItem.success) return `item_payload does not parse as ${modelName}: ${parsedItem.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`;
  const auth = bundle.auth_payload as { id?: unknown; access_settings?: unknown };
  if (auth.id !== bundle.id || !safeParse(lenient("AccessSettings"), auth.access_settings).success) return "auth_payload must be {id, access_settings: AccessSettings} for this id.";
  const lock = bundle.lock_payload as { id?: unknown; lock_information?: { locked?: unknown; history?: unknown } };
  if (lock.id !== bundle.id || typeof lock.lock_information?.locked !== "boolean" || !Array.isArray(lock.lock_information.history)) {
    return "lock_payload must be {id, lock_information: {locked, history}} for this id.";
  }
  return undefined;
}

export function importBundles(context: ServiceContext, settings: ImportSettings, bundles: readonly BundledItem[]): Reply {
  const store = registryStore(context);
  const existing = new Set<string>([...store.tables.items.entries()].map(([id]) => id));
  const incoming = new Set<string>();
  const failures: Failure[] = [];
  for (const bundle of bundles) {
    if (incoming.has(bundle.id)) failures.push([bundle.id, { reason: "The id appears more than once in the import." }]);
    incoming.add(bundle.id);
    const problem = settings.parse_items ? bundleProblem(bundle) : undefined;
    if (problem !== undefined) failures.push([bundle.id, { reason: problem }]);
    else if (settings.import_mode === "ADD_ONLY" && existing.has(bundle.id)) failures.push([bundle.id, { reason: "The id already exists and ADD_ONLY never overwrites." }]);
    else if (settings.import_mode === "OVERWRITE_ONLY" && !existing.has(bundle.id)) failures.push([bundle.id, { reason: "The id does not exist and OVERWRITE_ONLY never adds." }]);
  }
  const overwritten = [...incoming].filter((id) => existing.has(id)).length;
  const added = incoming.size - overwritten;
  const sync = settings.import_mode === "SYNC_ADD_OR_OVERWRITE" || settings.import_mode === "SYNC_DELETION_ALLOWED";
  const toDelete = sync ? [...existing].filter((id) => !incoming.has(id)) : [];
  const statistics = {
    old_registry_size: existing.size,
    new_registry_size: existing.size + added - toDelete.length,
    deleted_entries: toDelete.length,
    overwritten_entries: overwritten,
    new_entries: added,
  };
  const reply = (success: boolean, details: string): Reply =>
    typedReply("RegistryImportResponse", { status: status(success, details), trial_mode: settings.trial_mode, statistics, failure_list: failures.length > 0 ? failures : null });

  if (failures.length > 0) return reply(false, `${failures.length} item(s) failed; nothing was imported.`);
  if (toDelete.length > 0 && (settings.import_mode !== "SYNC_DELETION_ALLOWED" || !settings.allow_entry_deletion)) {
    return reply(
      false,
      `The import would delete ${toDelete.length} existing entries: use import_mode SYNC_DELETION_ALLOWED with allow_entry_deletion=true to allow it.`,
    );
  }
  if (settings.trial_mode) return reply(true, "Trial mode: the import would succeed; nothing was written.");
  for (const id of toDelete) store.deleteAll(id);
  for (const bundle of bundles) {
    store.tables.auth.put(bundle.id, bundle.auth_payload as unknown as AuthRow);
    store.tables.locks.put(bundle.id, bundle.lock_payload as unknown as LockRow);
    store.tables.items.put(bundle.id, bundle.item_payload as unknown as StoredItem);
  }
  return reply(true, `Imported ${bundles.length} item(s).`);
}
