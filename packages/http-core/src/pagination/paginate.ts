// Provena lists hand back an opaque `pagination_key` (DynamoDB's LastEvaluatedKey): send it back
// for the next page, stop when it is null. A page may be empty while the key is non-null
// (filtering happens after DynamoDB's Limit), so emptiness never ends the listing. A key seen
// before would loop forever, so it ends the listing with a PaginationError.
import { AbortError } from "../errors/request-errors.js";
import { PaginationError } from "../errors/usage-errors.js";

export interface PaginateOptions<TPage, TItem> {
  /** The items of a page. */
  items(page: TPage): TItem[];
  /** The key for the next page; null or undefined when there is none. */
  nextKey(page: TPage): unknown;
  /** Stops the listing (with AbortError) between or during pages. */
  signal?: AbortSignal | undefined;
  /** Names the listing in errors, e.g. "registry.person.list". */
  operationName?: string | undefined;
}

/** Async iterable of every item across pages; `.pages()` iterates whole pages instead. Re-iterable. */
export interface PageIterable<TItem, TPage = unknown> extends AsyncIterable<TItem> {
  pages(): AsyncIterable<TPage>;
}

export type FetchPage<TPage> = (key: unknown, signal?: AbortSignal) => Promise<TPage>;

export function paginate<TPage, TItem>(fetchPage: FetchPage<TPage>, options: PaginateOptions<TPage, TItem>): PageIterable<TItem, TPage> {
  const pages = (): AsyncIterable<TPage> => ({ [Symbol.asyncIterator]: () => iteratePages(fetchPage, options) });
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* options.items(page);
    },
  };
}

async function* iteratePages<TPage, TItem>(fetchPage: FetchPage<TPage>, options: PaginateOptions<TPage, TItem>): AsyncGenerator<TPage> {
  const seen = new Set<string>();
  const what = options.operationName ?? "the listing";
  let key: unknown = null;
  for (let pageNumber = 1; ; pageNumber++) {
    throwIfAborted(options.signal, what);
    const page = await fetchPage(key, options.signal);
    yield page;
    const next = options.nextKey(page);
    if (next === null || next === undefined) return;
    const fingerprint = stableStringify(next);
    if (seen.has(fingerprint)) {
      throw new PaginationError({
        reason: "repeated-key",
        pageNumber,
        message: `${what} returned a pagination key on page ${pageNumber} that it already returned before; stopping to avoid an endless loop`,
      });
    }
    seen.add(fingerprint);
    key = next;
  }
}

function throwIfAborted(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted === true) throw new AbortError({ what, cause: signal.reason });
}

// Keys are JSON objects whose property order may differ between responses; compare by content.
function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
