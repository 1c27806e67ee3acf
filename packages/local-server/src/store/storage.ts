// The persistence seam of the local server. Every piece of state a handler keeps (registry
// items, auth and lock rows, jobs, groups, links, …) lives in a named table of JSON values.
// The API is synchronous on purpose: the in-memory default needs nothing more, and a durable
// embedded store (node:sqlite's DatabaseSync, better-sqlite3) is synchronous too, so adding one
// means writing another `Storage`, never touching a handler.

/** A JSON value as a table stores it: what comes out is what went in, structurally. */
export type StoredValue = unknown;

/** A named table of JSON values keyed by string, as a {@link Storage} hands it out. */
export interface Table<V = StoredValue> {
  /** The name it was opened with. */
  readonly name: string;
  /** The stored value, or undefined. Treat it as read-only: write back with `put`. */
  get(key: string): V | undefined;
  /** True when a value is stored under `key`. */
  has(key: string): boolean;
  /**
   * Inserts or replaces the value under `key`; returns the stored value (what `get(key)` now
   * answers), so a caller that keeps an index of rows holds the table's copy without reading
   * it back.
   */
  put(key: string, value: V): V;
  /** Removes the key; true when something was removed. */
  delete(key: string): boolean;
  /** Every value, in insertion order. */
  values(): IterableIterator<V>;
  /** Every `[key, value]` pair, in insertion order. */
  entries(): IterableIterator<[string, V]>;
  /** Number of stored keys. */
  readonly size: number;
  /** Removes every key. */
  clear(): void;
  /** Called after every put/delete with the key and the new value (undefined when deleted). */
  subscribe(listener: TableListener<V>): () => void;
}

/** A {@link Table.subscribe} callback: the key written, its new value (undefined when deleted) and the value it replaced. */
export type TableListener<V> = (key: string, value: V | undefined, previous: V | undefined) => void;

/**
 * Where the local server keeps its state: named tables of JSON values. {@link memoryStorage}
 * and `sqliteStorage` implement it; pass one as the `storage` option.
 */
export interface Storage {
  /** The table called `name`, created empty on first use. */
  table<V = StoredValue>(name: string): Table<V>;
  /** The names of the tables that exist. */
  tableNames(): string[];
  /** Releases the storage: the in-memory one drops its tables, a durable one closes its database. */
  close(): void;
  /**
   * Durable storages only: settles once every write made so far is committed. The server
   * awaits it before answering, so an acknowledged write is on disk.
   */
  committed?(): Promise<void>;
  /**
   * Durable storages only: until the returned release is called, writes are not committed, so
   * several steps (a job worker's effects and the job's outcome) land in one transaction.
   */
  hold?(): () => void;
}
