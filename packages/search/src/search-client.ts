// The Search API client: `search()` for ranked hits, `searchAndLoad()` to resolve them through
// the registry (which enforces item access; the Search API does not).
import { checkHealth, createTransport, type HealthOptions, type ServiceHealth, type Transport, type TransportOptions } from "@provena-sdk/http-core";
import { QueryResultsSchema, type QueryResults } from "@provena-sdk/models/search";
import { boundedMap } from "./bounded-map.js";
import { classifyLoadError } from "./classify-load-error.js";
import { InvalidSearchOptionsError } from "./errors.js";
import type { FailedHit, LoadedHit, SearchAndLoadResults, SearchHit, SearchResults } from "./hits.js";
import { generalFetchLoader, type ItemLoader } from "./item-loader.js";
import type { RegistryItemRecord } from "./registry-item.js";
import { checkSearchOptions, type SearchOptions } from "./search-options.js";

/** How many registry fetches searchAndLoad() runs at once unless told otherwise. */
export const DEFAULT_LOAD_CONCURRENCY = 4;

/** Options of {@link SearchClient.searchAndLoad}: the search's own options plus how hits are loaded. */
export interface SearchAndLoadOptions<Item> extends SearchOptions {
  /** Registry fetches in flight at once (default 4). */
  readonly concurrency?: number | undefined;
  /** Loads one hit; default: the registry's general fetch on this client's transport. */
  readonly loader?: ItemLoader<Item> | undefined;
}

/** Options of {@link SearchClient}. */
export interface SearchClientOptions {
  /** The shared transport; it needs the `search` endpoint (and `registry` for searchAndLoad). */
  readonly transport: Transport;
}

type Outcome<Item> = { kind: "item"; hit: LoadedHit<Item> } | { kind: "denied"; id: string } | { kind: "failed"; hit: FailedHit };

/**
 * A client for Provena's Search API: ranked ids of registry items matching a query, and
 * `searchAndLoad()` to fetch the hits the caller may read. The Search API does not check item
 * access, so its hits can name items the caller cannot open.
 */
export class SearchClient {
  /** The transport every call goes through (shareable with other service clients). */
  readonly transport: Transport;

  constructor(options: SearchClientOptions) {
    this.transport = options.transport;
  }

  /** The search API's public health route (`GET /`); sends no token. */
  health(options?: HealthOptions): Promise<ServiceHealth> {
    return checkHealth(this.transport, "search", options);
  }

  /** Ranked hits for `query` over every registry item (seeds included), best first. */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    checkSearchOptions(query, options);
    const body = await this.transport.request<QueryResults>({
      service: "search",
      method: "GET",
      path: "/search/entity-registry",
      query: { query, subtype_filter: options.subtype, record_limit: options.limit },
      schema: QueryResultsSchema,
      signal: options.signal,
      operationName: "search.entityRegistry",
    });
    const hits: SearchHit[] = (body.results ?? []).map(({ id, score }) => ({ id, score }));
    return { hits, warnings: body.warnings ?? [] };
  }

  /**
   * Searches, then loads every hit with bounded concurrency and sorts them into readable
   * `items`, `accessDenied` ids and `failures`, each in rank order. Aborting the signal
   * rejects the whole call.
   */
  searchAndLoad(query: string, options?: SearchAndLoadOptions<RegistryItemRecord>): Promise<SearchAndLoadResults<RegistryItemRecord>>;
  searchAndLoad<Item>(query: string, options: SearchAndLoadOptions<Item> & { loader: ItemLoader<Item> }): Promise<SearchAndLoadResults<Item>>;
  async searchAndLoad<Item>(query: string, options: SearchAndLoadOptions<Item> = {}): Promise<SearchAndLoadResults<Item>> {
    const concurrency = options.concurrency ?? DEFAULT_LOAD_CONCURRENCY;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new InvalidSearchOptionsError("concurrency", `concurrency must be a positive integer, got ${concurrency}.`);
    }
    const loader = options.loader ?? (generalFetchLoader(this.transport) as unknown as ItemLoader<Item>);
    const { hits, warnings } = await this.search(query, options);
    const { signal } = options;

    const outcomes = await boundedMap(hits, concurrency, async (hit): Promise<Outcome<Item>> => {
      try {
        return { kind: "item", hit: { ...hit, item: await loader(hit.id, { signal }) } };
      } catch (error) {
        const verdict = classifyLoadError(hit.id, error, signal);
        if (verdict.kind === "aborted") throw verdict.error;
        return verdict.kind === "denied" ? { kind: "denied", id: hit.id } : { kind: "failed", hit: { ...hit, error: verdict.error } };
      }
    });

    const items: LoadedHit<Item>[] = [];
    const accessDenied: string[] = [];
    const failures: FailedHit[] = [];
    for (const outcome of outcomes) {
      if (outcome.kind === "item") items.push(outcome.hit);
      else if (outcome.kind === "denied") accessDenied.push(outcome.id);
      else failures.push(outcome.hit);
    }
    return { items, accessDenied, failures, warnings };
  }
}

/** A SearchClient on a new transport built from `options` (domain or endpoints, token provider, …). */
export function createSearchClient(options: TransportOptions): SearchClient {
  return new SearchClient({ transport: createTransport(options) });
}
