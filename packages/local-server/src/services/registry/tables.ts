// The registry's three tables, keyed by item id as upstream's DynamoDB tables are: the item
// JSON (absent optional keys omitted, as `exclude_none` writes them), the item's access
// settings, and its lock row. Other services read them by these names (search subscribes to
// `registry.items`); only the registry writes them.
import type { AccessSettings, LockEvent } from "@provena-sdk/models/registry";
import type { ServiceContext } from "../context.js";
import type { Table } from "../../store/storage.js";

export const REGISTRY_TABLES = {
  items: "registry.items",
  auth: "registry.auth",
  locks: "registry.locks",
} as const;

/** A stored registry item: RecordInfo + domain info (+ history when complete), nulls omitted. */
export interface StoredItem {
  readonly id: string;
  readonly owner_username: string;
  readonly created_timestamp: number;
  readonly updated_timestamp: number;
  readonly item_category: string;
  readonly item_subtype: string;
  readonly record_type: "SEED_ITEM" | "COMPLETE_ITEM";
  readonly [field: string]: unknown;
}

export interface AuthRow {
  readonly id: string;
  readonly access_settings: AccessSettings;
}

export interface LockRow {
  readonly id: string;
  readonly lock_information: { readonly locked: boolean; readonly history: readonly LockEvent[] };
}

export interface RegistryTables {
  readonly items: Table<StoredItem>;
  readonly auth: Table<AuthRow>;
  readonly locks: Table<LockRow>;
}

export function registryTables(context: ServiceContext): RegistryTables {
  return {
    items: context.storage.table<StoredItem>(REGISTRY_TABLES.items),
    auth: context.storage.table<AuthRow>(REGISTRY_TABLES.auth),
    locks: context.storage.table<LockRow>(REGISTRY_TABLES.locks),
  };
}
