// The default storage: Maps in this process. Values are deep-frozen on write so a handler that
// forgets to copy before editing fails loudly instead of changing stored state behind `put`.
import { deepFreeze } from "./deep-freeze.js";
import type { Storage, Table, TableListener } from "./storage.js";

class MemoryTable<V> implements Table<V> {
  readonly #rows = new Map<string, V>();
  readonly #listeners = new Set<TableListener<V>>();

  constructor(readonly name: string) {}

  get(key: string): V | undefined {
    return this.#rows.get(key);
  }

  has(key: string): boolean {
    return this.#rows.has(key);
  }

  put(key: string, value: V): V {
    const previous = this.#rows.get(key);
    const stored = deepFreeze(structuredClone(value));
    this.#rows.set(key, stored);
    for (const listener of this.#listeners) listener(key, stored, previous);
    return stored;
  }

  delete(key: string): boolean {
    const previous = this.#rows.get(key);
    const removed = this.#rows.delete(key);
    if (removed) for (const listener of this.#listeners) listener(key, undefined, previous);
    return removed;
  }

  values(): IterableIterator<V> {
    return this.#rows.values();
  }

  entries(): IterableIterator<[string, V]> {
    return this.#rows.entries();
  }

  get size(): number {
    return this.#rows.size;
  }

  clear(): void {
    for (const key of [...this.#rows.keys()]) this.delete(key);
  }

  subscribe(listener: TableListener<V>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/**
 * A {@link Storage} that keeps every table in memory: the server's default. Pass one instance
 * to two servers in turn to test state surviving a restart without a data folder.
 */
export function memoryStorage(): Storage {
  const tables = new Map<string, MemoryTable<unknown>>();
  return {
    table<V>(name: string): Table<V> {
      let table = tables.get(name);
      if (table === undefined) {
        table = new MemoryTable<unknown>(name);
        tables.set(name, table);
      }
      return table as unknown as Table<V>;
    },
    tableNames: () => [...tables.keys()],
    close: () => tables.clear(),
  };
}
