// Sorted secondary indexes over `registry.items`, standing in for upstream's DynamoDB GSIs.
// Each index (partition attribute, sort attribute) is built on first use and then kept up to
// date from the table's change feed, so a page is a binary search plus `limit` steps, never a
// sort of the whole table. Like a GSI it is sparse: items without the attribute are absent.
import type { Table } from "../../store/storage.js";
import type { StoredItem } from "./tables.js";

export type PartitionAttribute = "universal_partition_key" | "item_subtype" | "release_approver";
export type SortAttribute = "updated_timestamp" | "created_timestamp" | "display_name" | "access_info_uri" | "release_timestamp";

export interface IndexName {
  readonly partition: PartitionAttribute;
  readonly sort: SortAttribute;
}

type SortValue = string | number;

interface Entry {
  readonly sk: SortValue;
  readonly id: string;
}

export interface IndexQuery {
  readonly partitionValue: string;
  readonly ascending: boolean;
  readonly limit: number;
  /** `begins_with(sort attribute, prefix)` key condition. */
  readonly beginsWith?: string | undefined;
  /** The previous page's key (`LastEvaluatedKey`). */
  readonly startKey?: Readonly<Record<string, unknown>> | undefined;
}

export interface IndexPage {
  readonly ids: string[];
  /** Null when the index holds nothing after this page. */
  readonly lastKey: Record<string, unknown> | null;
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  // DynamoDB keeps one type per key attribute; mixed types only arise from bad imports.
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function compareEntries(a: Entry, b: Entry): number {
  return compareValues(a.sk, b.sk) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** First position whose entry is >= `probe` (or > when `strict`). */
function lowerBound(entries: readonly Entry[], probe: Entry, strict: boolean): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareEntries(entries[mid] as Entry, probe);
    if (c < 0 || (strict && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function partitionValueOf(item: StoredItem, attribute: PartitionAttribute): string | undefined {
  if (attribute === "universal_partition_key") return "OK";
  const value = item[attribute];
  return typeof value === "string" ? value : undefined;
}

function sortValueOf(item: StoredItem, attribute: SortAttribute): SortValue | undefined {
  const value = item[attribute];
  return typeof value === "string" || typeof value === "number" ? value : undefined;
}

class SortedIndex {
  readonly #partitions = new Map<string, Entry[]>();

  constructor(readonly name: IndexName) {}

  #entryOf(item: StoredItem): { pk: string; entry: Entry } | undefined {
    const pk = partitionValueOf(item, this.name.partition);
    const sk = sortValueOf(item, this.name.sort);
    if (pk === undefined || sk === undefined) return undefined;
    return { pk, entry: { sk, id: item.id } };
  }

  build(items: Iterable<StoredItem>): void {
    for (const item of items) {
      const e = this.#entryOf(item);
      if (e === undefined) continue;
      let list = this.#partitions.get(e.pk);
      if (list === undefined) this.#partitions.set(e.pk, (list = []));
      list.push(e.entry);
    }
    for (const list of this.#partitions.values()) list.sort(compareEntries);
  }

  remove(item: StoredItem): void {
    const e = this.#entryOf(item);
    const list = e === undefined ? undefined : this.#partitions.get(e.pk);
    if (e === undefined || list === undefined) return;
    const at = lowerBound(list, e.entry, false);
    if (at < list.length && compareEntries(list[at] as Entry, e.entry) === 0) list.splice(at, 1);
  }

  insert(item: StoredItem): void {
    const e = this.#entryOf(item);
    if (e === undefined) return;
    let list = this.#partitions.get(e.pk);
    if (list === undefined) this.#partitions.set(e.pk, (list = []));
    list.splice(lowerBound(list, e.entry, false), 0, e.entry);
  }

  query(q: IndexQuery): IndexPage {
    const list = this.#partitions.get(q.partitionValue) ?? [];
    // The key condition's range [from, to).
    let from = 0;
    let to = list.length;
    if (q.beginsWith !== undefined) {
      from = lowerBound(list, { sk: q.beginsWith, id: "" }, false);
      to = from;
      while (to < list.length && String((list[to] as Entry).sk).startsWith(q.beginsWith)) to++;
    }
    const start = this.#startEntry(q.startKey);
    const ids: string[] = [];
    let i: number;
    if (q.ascending) {
      i = start === undefined ? from : Math.max(from, lowerBound(list, start, true));
      while (i < to && ids.length < q.limit) ids.push((list[i++] as Entry).id);
      return { ids, lastKey: i < to && ids.length > 0 ? this.#keyOf(q.partitionValue, list[i - 1] as Entry) : null };
    }
    i = (start === undefined ? to : Math.min(to, lowerBound(list, start, false))) - 1;
    while (i >= from && ids.length < q.limit) ids.push((list[i--] as Entry).id);
    return { ids, lastKey: i >= from && ids.length > 0 ? this.#keyOf(q.partitionValue, list[i + 1] as Entry) : null };
  }

  #keyOf(pk: string, entry: Entry): Record<string, unknown> {
    return { id: entry.id, [this.name.partition]: pk, [this.name.sort]: entry.sk };
  }

  #startEntry(key: Readonly<Record<string, unknown>> | undefined): Entry | undefined {
    if (key === undefined) return undefined;
    const id = key.id;
    const sk = key[this.name.sort];
    if (typeof id !== "string" || (typeof sk !== "string" && typeof sk !== "number")) throw new InvalidPaginationKeyError();
    return { sk, id };
  }
}

export class InvalidPaginationKeyError extends Error {
  constructor() {
    super("The pagination key does not belong to this query.");
  }
}

export class ListIndexes {
  readonly #indexes = new Map<string, SortedIndex>();
  readonly #items: Table<StoredItem>;

  constructor(items: Table<StoredItem>) {
    this.#items = items;
    items.subscribe((_key, value, previous) => {
      for (const index of this.#indexes.values()) {
        if (previous !== undefined) index.remove(previous);
        if (value !== undefined) index.insert(value);
      }
    });
  }

  query(name: IndexName, q: IndexQuery): IndexPage {
    const key = `${name.partition}-${name.sort}`;
    let index = this.#indexes.get(key);
    if (index === undefined) {
      index = new SortedIndex(name);
      index.build(this.#items.values());
      this.#indexes.set(key, index);
    }
    return index.query(q);
  }
}
