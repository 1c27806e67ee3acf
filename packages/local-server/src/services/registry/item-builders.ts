// How new stored items look (behaviour.md §2.3): a seed is RecordInfo only; a complete item is
// RecordInfo + domain info + history[entry 0]. Versioned subtypes start at version 1.
import type { StoredItem } from "./tables.js";
import type { SubtypeDefinition } from "./subtypes.js";

export const INITIAL_REASON = "Initial record creation";

export interface NewItem {
  readonly id: string;
  readonly username: string;
  readonly now: number;
  readonly domain: Record<string, unknown>;
  readonly workflowLinks?: Record<string, string> | undefined;
}

export const initialVersioning = (def: SubtypeDefinition): { version: number } | undefined => (def.versioned ? { version: 1 } : undefined);

export function buildSeedItem(def: SubtypeDefinition, id: string, username: string, now: number): StoredItem {
  const versioning = initialVersioning(def);
  return {
    id,
    owner_username: username,
    created_timestamp: now,
    updated_timestamp: now,
    item_category: def.category,
    item_subtype: def.subtype,
    record_type: "SEED_ITEM",
    ...(versioning === undefined ? {} : { versioning_info: versioning }),
  };
}

export function historyEntry(id: number, now: number, reason: string, username: string, domain: Record<string, unknown>): Record<string, unknown> {
  return { id, timestamp: now, reason, username, item: domain };
}

export function buildCompleteItem(def: SubtypeDefinition, input: NewItem): StoredItem {
  const versioning = initialVersioning(def);
  return {
    ...input.domain,
    id: input.id,
    owner_username: input.username,
    created_timestamp: input.now,
    updated_timestamp: input.now,
    item_category: def.category,
    item_subtype: def.subtype,
    record_type: "COMPLETE_ITEM",
    ...(input.workflowLinks === undefined ? {} : { workflow_links: input.workflowLinks }),
    ...(versioning === undefined ? {} : { versioning_info: versioning }),
    history: [historyEntry(0, input.now, INITIAL_REASON, input.username, input.domain)],
  };
}
