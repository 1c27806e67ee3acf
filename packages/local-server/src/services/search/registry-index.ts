// The full-text index of every registry item, seeds included, kept in step with the
// `registry.items` table: the existing rows are indexed when the index is built and every
// later put/delete updates it at once (upstream's index lags the DynamoDB stream; ours never
// does, which is a valid instance of "eventually consistent").
//
// MiniSearch (BM25+, fuzzy matching, incremental add/discard, no dependencies) stands in for
// OpenSearch. The query mirrors upstream's `match` with `operator: "or"` and
// `fuzziness: "AUTO"`: any term may match, and a term may be 0, 1 or 2 edits away by length.
import MiniSearch, { type SearchOptions } from "minisearch";
import type { StoredItem } from "../registry/tables.js";
import type { Table } from "../../store/storage.js";
import { searchableDocument, type SearchableDocument } from "./searchable-document.js";

export interface IndexHit {
  readonly id: string;
  readonly score: number;
}

export interface IndexQuery {
  readonly text: string;
  readonly subtype?: string | undefined;
  readonly size: number;
}

/** Names outweigh the rest of the item, so an exact title beats a passing mention. */
const TITLE_BOOST = 3;

/** OpenSearch's AUTO fuzziness: terms of 1–2 characters exact, 3–5 one edit, longer two. */
export function autoFuzziness(term: string): number {
  if (term.length <= 2) return 0;
  return term.length <= 5 ? 1 : 2;
}

export class RegistrySearchIndex {
  readonly #search = new MiniSearch<SearchableDocument>({
    fields: ["title", "text"],
    storeFields: ["item_subtype"],
    searchOptions: { boost: { title: TITLE_BOOST }, fuzzy: autoFuzziness, combineWith: "OR" },
  });

  /** Indexes the table's rows and follows its writes; returns the index and the unsubscribe. */
  static follow(table: Table<StoredItem>): { index: RegistrySearchIndex; stop: () => void } {
    const index = new RegistrySearchIndex();
    index.#search.addAll([...table.values()].map(searchableDocument));
    const stop = table.subscribe((id, item) => {
      if (item === undefined) index.remove(id);
      else index.upsert(item);
    });
    return { index, stop };
  }

  get size(): number {
    return this.#search.documentCount;
  }

  upsert(item: StoredItem): void {
    const document = searchableDocument(item);
    if (this.#search.has(document.id)) this.#search.replace(document);
    else this.#search.add(document);
  }

  remove(id: string): void {
    if (this.#search.has(id)) this.#search.discard(id);
  }

  search(query: IndexQuery): IndexHit[] {
    if (query.size <= 0) return [];
    const { subtype } = query;
    // `subtype_filter` is an exact match on the stored subtype (upstream: bool.must on item_subtype).
    const options: SearchOptions = subtype === undefined ? {} : { filter: (result) => result.item_subtype === subtype };
    const results = this.#search.search(query.text, options);
    return results.slice(0, query.size).map((result) => ({ id: String(result.id), score: result.score }));
  }
}
