// Per-server registry state: the three tables and the sorted list indexes over items. Item ids
// are handles minted through the handle service's one allocator (`10378.1/1`, `10378.1/2`, …),
// so every id resolves through `/handle/get` and the two services never hand out the same id.
import type { AccessSettings } from "@provena-sdk/models/registry";
import { defineStore, type ServiceContext } from "../context.js";
import { HANDLE_PREFIX, mintRegistryHandle } from "../handle/handle-store.js";
import { ListIndexes } from "./list-index.js";
import { registryTables, type AuthRow, type LockRow, type RegistryTables, type StoredItem } from "./tables.js";

export { HANDLE_PREFIX };

export class RegistryStore {
  readonly tables: RegistryTables;
  readonly indexes: ListIndexes;
  readonly #context: ServiceContext;

  constructor(context: ServiceContext) {
    this.#context = context;
    this.tables = registryTables(context);
    this.indexes = new ListIndexes(this.tables.items);
  }

  /** A new item id: a handle pointing at the item's registry page. */
  mintHandle(): string {
    return mintRegistryHandle(this.#context);
  }

  item(id: string): StoredItem | undefined {
    return this.tables.items.get(id);
  }

  access(id: string): AccessSettings | undefined {
    return this.tables.auth.get(id)?.access_settings;
  }

  lock(id: string): LockRow | undefined {
    return this.tables.locks.get(id);
  }

  /** Writes a new item with its auth row and a fresh unlocked lock row. */
  insert(item: StoredItem, settings: AccessSettings): void {
    this.tables.auth.put(item.id, { id: item.id, access_settings: settings } satisfies AuthRow);
    this.tables.locks.put(item.id, { id: item.id, lock_information: { locked: false, history: [] } });
    this.tables.items.put(item.id, item);
  }

  deleteAll(id: string): void {
    this.tables.items.delete(id);
    this.tables.auth.delete(id);
    this.tables.locks.delete(id);
  }
}

export const REGISTRY_STORE = defineStore("registry.store", (context) => new RegistryStore(context));

export const registryStore = (context: ServiceContext): RegistryStore => context.store(REGISTRY_STORE);

/** Integer epoch seconds, as upstream's `int(datetime.now().timestamp())`. */
export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** Drops `undefined` and `null` values at every depth: DynamoDB's `exclude_none` write. */
export function excludeNone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => excludeNone(v)) as T;
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined && v !== null) out[k] = excludeNone(v);
    return out as T;
  }
  return value;
}
