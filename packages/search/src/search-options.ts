// The options of a search and their checks. The Search API caps a page at 50 hits and answers
// a limit of 0 with its default of 10, so the client accepts 1–50 and says so otherwise
// rather than letting a request for 100 quietly return 50.
import type { ItemSubType } from "@provena-sdk/models/search";
import { InvalidSearchOptionsError } from "./errors.js";

/** The most hits the Search API returns for one query. */
export const MAX_SEARCH_LIMIT = 50;
/** What the Search API returns when no limit is given. */
export const DEFAULT_SEARCH_LIMIT = 10;

/** Options of {@link SearchClient.search}. */
export interface SearchOptions {
  /** Only items of this subtype (exact match). */
  readonly subtype?: ItemSubType | undefined;
  /** At most this many hits, 1–50. Default: the server's 10. */
  readonly limit?: number | undefined;
  /** Aborts the search (rejects with http-core's AbortError). */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Checks a query and its options before a request is sent.
 * @throws {@link InvalidSearchOptionsError} when the query is not a string or `limit` is not an integer from 1 to {@link MAX_SEARCH_LIMIT}.
 */
export function checkSearchOptions(query: string, options: SearchOptions): void {
  if (typeof query !== "string") throw new InvalidSearchOptionsError("query", `The search query must be a string, got ${typeof query}.`);
  const { limit } = options;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT)) {
    throw new InvalidSearchOptionsError("limit", `limit must be an integer from 1 to ${MAX_SEARCH_LIMIT} (the Search API returns at most ${MAX_SEARCH_LIMIT} hits), got ${limit}.`);
  }
}
