// Durable storage: every table in one SQLite database in a data folder, on Node's built-in
// node:sqlite (no native build). Reads come from an in-memory copy of each table, loaded from
// the database the first time the table is used; writes go to both. Writes share one open
// transaction, committed on the next turn of the event loop, when a holder releases it, or when
// the server is about to answer (`committed()`), whichever comes first: a write the server
// acknowledged survives `kill -9`. WAL with synchronous=NORMAL: durable against a killed
// process; the last commits may be lost on a power cut.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { DatabaseSync, type StatementSync } from "node:sqlite";
import { LocalServerError } from "../errors.js";
import type { Storage, Table, TableListener } from "./storage.js";
import { deepFreeze } from "./deep-freeze.js";

/** The database file inside a data folder. */
export const DATABASE_FILE = "provena-local.sqlite";
/** The layout this version writes and reads; another value in a folder is refused. */
export const SCHEMA_VERSION = 1;
const FORMAT = "provena-local";

/** What is stored is the JSON of the value; what reads return is that JSON parsed, frozen. */
const decode = <V>(json: string): V => deepFreeze(JSON.parse(json) as V);

interface Statements {
  readonly upsert: StatementSync;
  readonly remove: StatementSync;
  readonly clear: StatementSync;
  readonly load: StatementSync;
}

class SqliteTable<V> implements Table<V> {
  readonly #rows = new Map<string, V>();
  readonly #listeners = new Set<TableListener<V>>();

  constructor(
    readonly name: string,
    private readonly db: SqliteDatabase,
  ) {
    for (const row of db.statements.load.iterate(name) as Iterable<{ key: string; value: string }>) {
      this.#rows.set(row.key, decode<V>(row.value));
    }
  }

  get(key: string): V | undefined {
    return this.#rows.get(key);
  }

  has(key: string): boolean {
    return this.#rows.has(key);
  }

  put(key: string, value: V): V {
    const json = JSON.stringify(value);
    if (json === undefined) throw new LocalServerError(`Table ${this.name}: the value for "${key}" is not JSON.`);
    this.db.write(() => this.db.statements.upsert.run(this.name, key, this.db.nextSeq(), json));
    const previous = this.#rows.get(key);
    const stored = decode<V>(json);
    this.#rows.set(key, stored);
    for (const listener of this.#listeners) listener(key, stored, previous);
    return stored;
  }

  delete(key: string): boolean {
    if (!this.#rows.has(key)) return false;
    const previous = this.#rows.get(key);
    this.db.write(() => this.db.statements.remove.run(this.name, key));
    this.#rows.delete(key);
    for (const listener of this.#listeners) listener(key, undefined, previous);
    return true;
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
    const keys = [...this.#rows.keys()];
    this.db.write(() => this.db.statements.clear.run(this.name));
    for (const key of keys) {
      const previous = this.#rows.get(key);
      this.#rows.delete(key);
      for (const listener of this.#listeners) listener(key, undefined, previous);
    }
  }

  subscribe(listener: TableListener<V>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

class SqliteDatabase {
  readonly statements: Statements;
  readonly #db: DatabaseSync;
  #seq: number;
  #inTransaction = false;
  #holds = 0;
  readonly #waiters: (() => void)[] = [];
  #closed = false;

  constructor(readonly file: string) {
    try {
      this.#db = new DatabaseSync(file);
    } catch (cause) {
      throw new LocalServerError(`Cannot open the data folder's database ${file}: ${(cause as Error).message}`, { cause });
    }
    try {
      this.#db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 0;");
      // One server per data folder: a second one would keep its own copy of every table.
      this.#db.exec("PRAGMA locking_mode = EXCLUSIVE; BEGIN IMMEDIATE; COMMIT;");
    } catch (cause) {
      this.#db.close();
      const message = (cause as Error).message;
      if (/locked|busy/i.test(message)) {
        throw new LocalServerError(`The data folder's database ${file} is in use by another process (another provena-local on the same --data?): ${message}`, { cause });
      }
      throw new LocalServerError(`Cannot use the data folder's database ${file}: ${message}`, { cause });
    }
    this.#checkSchema();
    this.statements = {
      upsert: this.#db.prepare("INSERT INTO rows (tbl, key, seq, value) VALUES (?, ?, ?, ?) ON CONFLICT (tbl, key) DO UPDATE SET value = excluded.value"),
      remove: this.#db.prepare("DELETE FROM rows WHERE tbl = ? AND key = ?"),
      clear: this.#db.prepare("DELETE FROM rows WHERE tbl = ?"),
      load: this.#db.prepare("SELECT key, value FROM rows WHERE tbl = ? ORDER BY seq"),
    };
    const max = this.#db.prepare("SELECT COALESCE(MAX(seq), 0) AS seq FROM rows").get() as { seq: number };
    this.#seq = max.seq;
  }

  #checkSchema(): void {
    const tables = new Set(
      (this.#db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name),
    );
    if (tables.size === 0) {
      this.#db.exec(`
        BEGIN;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE rows (tbl TEXT NOT NULL, key TEXT NOT NULL, seq INTEGER NOT NULL, value TEXT NOT NULL, PRIMARY KEY (tbl, key));
        CREATE INDEX rows_by_seq ON rows (tbl, seq);
        COMMIT;`);
      const insert = this.#db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
      insert.run("format", FORMAT);
      insert.run("schema_version", String(SCHEMA_VERSION));
      return;
    }
    const refuse = (why: string): never => {
      this.#db.close();
      throw new LocalServerError(`Cannot use the data folder's database ${this.file}: ${why}`);
    };
    if (!tables.has("meta") || !tables.has("rows")) refuse("it is not a provena-local database (no meta/rows tables).");
    const meta = new Map((this.#db.prepare("SELECT key, value FROM meta").all() as { key: string; value: string }[]).map((row) => [row.key, row.value]));
    if (meta.get("format") !== FORMAT) refuse(`it is not a provena-local database (format ${JSON.stringify(meta.get("format") ?? null)}).`);
    const version = Number(meta.get("schema_version"));
    if (!Number.isInteger(version)) refuse("it has no schema version.");
    if (version > SCHEMA_VERSION) {
      refuse(`it was written by a newer provena-local (schema ${version}; this version reads schema ${SCHEMA_VERSION}). Upgrade provena-local or use another --data folder.`);
    }
    if (version < SCHEMA_VERSION) refuse(`it has schema ${version}, which this version cannot upgrade (it reads schema ${SCHEMA_VERSION}).`);
  }

  /** Names of the tables that hold rows (used or not in this run). */
  storedTableNames(): string[] {
    return (this.#db.prepare("SELECT DISTINCT tbl FROM rows").all() as { tbl: string }[]).map((row) => row.tbl);
  }

  nextSeq(): number {
    return ++this.#seq;
  }

  /** Runs a statement inside the open transaction (begun on the first write). */
  write(statement: () => void): void {
    if (this.#closed) throw new LocalServerError(`The data folder's database ${this.file} is closed.`);
    if (!this.#inTransaction) {
      this.#db.exec("BEGIN");
      this.#inTransaction = true;
      setImmediate(() => this.commit());
    }
    statement();
  }

  /** Commits the open transaction unless a holder defers it. */
  commit(): void {
    if (!this.#inTransaction || this.#holds > 0 || this.#closed) return;
    this.#inTransaction = false;
    this.#db.exec("COMMIT");
    for (const resolve of this.#waiters.splice(0)) resolve();
  }

  committed(): Promise<void> {
    this.commit();
    if (!this.#inTransaction) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  hold(): () => void {
    this.#holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#holds--;
      this.commit();
    };
  }

  close(): void {
    if (this.#closed) return;
    this.#holds = 0;
    this.commit();
    this.#closed = true;
    this.#db.close();
  }
}

/**
 * Storage in `dir/provena-local.sqlite` (the folder is created if missing). Throws a
 * `LocalServerError` naming the problem when the folder holds a database of another format or
 * schema version, or when another process has it open.
 */
export function sqliteStorage(dir: string): Storage {
  const folder = resolve(dir);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (cause) {
    throw new LocalServerError(`Cannot create the data folder ${folder}: ${(cause as Error).message}`, { cause });
  }
  const db = new SqliteDatabase(join(folder, DATABASE_FILE));
  const tables = new Map<string, SqliteTable<unknown>>();
  return {
    table<V>(name: string): Table<V> {
      let table = tables.get(name);
      if (table === undefined) {
        table = new SqliteTable<unknown>(name, db);
        tables.set(name, table);
      }
      return table as unknown as Table<V>;
    },
    tableNames: () => [...new Set([...tables.keys(), ...db.storedTableNames()])],
    close: () => db.close(),
    committed: () => db.committed(),
    hold: () => db.hold(),
  };
}
