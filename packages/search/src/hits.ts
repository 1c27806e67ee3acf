// What a search returns: hits in the server's relevance order.
import type { ProvenaError } from "@provena-sdk/http-core";

export interface SearchHit {
  /** The registry item's id (a handle). */
  readonly id: string;
  /** The relevance score; higher is better. Only comparable within one search. */
  readonly score: number;
}

export interface SearchResults {
  /** Best first. The ids may include items the caller cannot read: resolve them to find out. */
  readonly hits: readonly SearchHit[];
  /** Index documents the server could not turn into hits (usually none). */
  readonly warnings: readonly string[];
}

/** A hit whose item was fetched. */
export interface LoadedHit<Item> extends SearchHit {
  readonly item: Item;
}

/** A hit that could not be loaded for a reason other than access. */
export interface FailedHit extends SearchHit {
  readonly error: ProvenaError;
}

export interface SearchAndLoadResults<Item> {
  /** The readable items, in rank order. */
  readonly items: readonly LoadedHit<Item>[];
  /** Ids of hits the registry refused to show this caller (item-level 401), in rank order. */
  readonly accessDenied: readonly string[];
  /** Hits that are gone from the registry or failed to load, in rank order, with the error. */
  readonly failures: readonly FailedHit[];
  readonly warnings: readonly string[];
}
