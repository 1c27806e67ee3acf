// What a search returns: hits in the server's relevance order.
import type { ProvenaError } from "@provena-sdk/http-core";

/** One search result: the id of a registry item and how well it matched. */
export interface SearchHit {
  /** The registry item's id (a handle). */
  readonly id: string;
  /** The relevance score; higher is better. Only comparable within one search. */
  readonly score: number;
}

/** What {@link SearchClient.search} resolves with. */
export interface SearchResults {
  /** Best first. The ids may include items the caller cannot read: resolve them to find out. */
  readonly hits: readonly SearchHit[];
  /** Index documents the server could not turn into hits (usually none). */
  readonly warnings: readonly string[];
}

/** A hit whose item was fetched. */
export interface LoadedHit<Item> extends SearchHit {
  /** The item the loader fetched for this hit. */
  readonly item: Item;
}

/** A hit that could not be loaded for a reason other than access. */
export interface FailedHit extends SearchHit {
  /** Why the hit could not be loaded (e.g. {@link HitNotFoundError}, a 5xx, a validation failure). */
  readonly error: ProvenaError;
}

/**
 * What {@link SearchClient.searchAndLoad} resolves with: each hit sorted into exactly one of
 * `items`, `accessDenied` and `failures`.
 */
export interface SearchAndLoadResults<Item> {
  /** The readable items, in rank order. */
  readonly items: readonly LoadedHit<Item>[];
  /** Ids of hits the registry refused to show this caller (item-level 401), in rank order. */
  readonly accessDenied: readonly string[];
  /** Hits that are gone from the registry or failed to load, in rank order, with the error. */
  readonly failures: readonly FailedHit[];
  /** Index documents the server could not turn into hits (passed through from the search). */
  readonly warnings: readonly string[];
}
