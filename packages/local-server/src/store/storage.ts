// The persistence seam of the local server. Every piece of state a handler keeps (registry
// items, auth and lock rows, jobs, groups, links, …) lives in a named table of JSON values.
// The API is synchronous on purpose: the in-memory default needs nothing more, and a durable
// embedded store (node:sqlite's DatabaseSync, better-sqlite3) is synchronous too, so adding one
// means writing another `Storage`, never touching a handler.

/** A JSON value as a table stores it: what comes out is what went in, structurally. */
export type StoredValue = unknown;

export interface Table<V = StoredValue> {
  readonly name: string;
  /** The stored value, or undefined. Treat it as read-only: write back with `put`. */
  get(key: string): V | undefined;
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
  entries(): IterableIterator<[string, V]>;
  readonly size: number;
  clear(): void;
  /** Called after every put/delete with the key and the new value (undefined when deleted). */
  subscribe(listener: TableListener<V>): () => void;
}

export type TableListener<V> = (key: string, value: V | undefined, previous: V | undefined) => void;

export interface Storage {
  /** The table called `name`, created empty on first use. */
  table<V = StoredValue>(name: string): Table<V>;
  /** The names of the tables that exist. */
  tableNames(): string[];
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
