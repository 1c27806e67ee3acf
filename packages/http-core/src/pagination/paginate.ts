// Provena lists hand back an opaque `pagination_key` (DynamoDB's LastEvaluatedKey): send it back
// for the next page, stop when it is null. A page may be empty while the key is non-null
// (filtering happens after DynamoDB's Limit), so emptiness never ends the listing. A key seen
// before would loop forever, so it ends the listing with a PaginationError.
import { AbortError } from "../errors/request-errors.js";
import { PaginationError } from "../errors/usage-errors.js";

/** How {@link paginate} reads a page (its items and next key) and runs the listing. */
export interface PaginateOptions<TPage, TItem, TRaw = TPage> {
  /** The items of a page. */
  items(page: TPage): TItem[];
  /** The key for the next page; null or undefined when there is none. */
  nextKey(page: TPage): unknown;
  /** Stops the listing (with AbortError) between or during pages. */
  signal?: AbortSignal | undefined;
  /** Names the listing in errors, e.g. "registry.person.list". */
  operationName?: string | undefined;
  /**
   * Request page N+1 as soon as page N arrives, so the server works on it while the caller
   * handles page N. Costs one wasted page request when the caller stops early. Default false.
   */
  prefetch?: boolean | undefined;
  /**
   * Validates (and may reshape) a page fetched unvalidated. With `prefetch` and `rawNextKey`, it
   * runs after the next page has been requested, so validation overlaps the server's work on it;
   * the validated page's `nextKey` is checked against the key already used.
   */
  validate?: ((raw: TRaw) => TPage) | undefined;
  /**
   * With `validate` and `prefetch`: reads the next key from the unvalidated page, so the next
   * request can start before validation. Must not assume the shape (return undefined if unsure).
   */
  rawNextKey?: ((raw: TRaw) => unknown) | undefined;
}

/** Async iterable of every item across pages; `.pages()` iterates whole pages instead. Re-iterable. */
export interface PageIterable<TItem, TPage = unknown> extends AsyncIterable<TItem> {
  /** The listing page by page (whole responses, e.g. for a total count), each iteration starting again from the first page. */
  pages(): AsyncIterable<TPage>;
}

/**
 * Fetches one page: `key` is `null` for the first page, else the previous page's next key, sent
 * back as Provena's `pagination_key`. `signal` aborts it (the listing's signal, or a stopped prefetch).
 */
export type FetchPage<TPage> = (key: unknown, signal?: AbortSignal) => Promise<TPage>;

/**
 * Iterates a Provena listing: fetches pages lazily (the first when iteration starts), following
 * `pagination_key` until it is null. Empty pages do not end it (Provena filters after paging).
 *
 * @throws {@link PaginationError} (reason `repeated-key`) during iteration when the server sends a
 * key it sent before, instead of looping forever; {@link AbortError} when `signal` fires.
 */
export function paginate<TPage, TItem, TRaw = TPage>(fetchPage: FetchPage<TRaw>, options: PaginateOptions<TPage, TItem, TRaw>): PageIterable<TItem, TPage> {
  const pages = (): AsyncIterable<TPage> => ({ [Symbol.asyncIterator]: () => iteratePages(fetchPage, options) });
  return {
    pages,
    [Symbol.asyncIterator]: () => iterateItems(iteratePages(fetchPage, options), (page) => options.items(page)),
  };
}

// Items one by one without an async generator per item: a page's items are handed out from an
// array, and only crossing to the next page waits. Leaving early closes the page iterator.
function iterateItems<TPage, TItem>(pages: AsyncGenerator<TPage>, itemsOf: (page: TPage) => TItem[]): AsyncIterator<TItem> {
  let buffer: TItem[] = [];
  let index = 0;
  const next = async (): Promise<IteratorResult<TItem>> => {
    while (index >= buffer.length) {
      const page = await pages.next();
      if (page.done === true) return { done: true, value: undefined };
      buffer = itemsOf(page.value);
      index = 0;
    }
    return { done: false, value: buffer[index++] as TItem };
  };
  return {
    next: () => (index < buffer.length ? Promise.resolve({ done: false, value: buffer[index++] as TItem }) : next()),
    return: async () => {
      await pages.return(undefined);
      return { done: true, value: undefined };
    },
  };
}

interface Ahead<TPage> {
  fingerprint: string;
  page: Promise<TPage>;
  stop(reason: string): void;
}

/** Starts fetching a page early, with its own abort (tied to the caller's signal). */
function fetchAhead<TRaw>(fetchPage: FetchPage<TRaw>, key: unknown, fingerprint: string, signal: AbortSignal | undefined): Ahead<TRaw> {
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  const page = fetchPage(key, controller.signal);
  const detach = (): void => signal?.removeEventListener("abort", onAbort);
  // Awaited by the loop, or dropped if the caller stops: never unhandled.
  page.then(detach, detach);
  return { fingerprint, page, stop: (reason) => controller.abort(new Error(reason)) };
}

async function* iteratePages<TPage, TItem, TRaw>(fetchPage: FetchPage<TRaw>, options: PaginateOptions<TPage, TItem, TRaw>): AsyncGenerator<TPage> {
  const seen = new Set<string>();
  const what = options.operationName ?? "the listing";
  // Without `validate`, TRaw is TPage (the default type argument): pages pass through.
  const validate = options.validate ?? ((raw: TRaw) => raw as unknown as TPage);
  const rawKeyOf = options.rawNextKey ?? (options.validate === undefined ? (raw: TRaw) => options.nextKey(raw as unknown as TPage) : undefined);
  const keyOf = (page: TPage): unknown => {
    const key = options.nextKey(page);
    return key === null || key === undefined ? undefined : key;
  };
  let ahead: Ahead<TRaw> | undefined;
  try {
    throwIfAborted(options.signal, what);
    let raw = await fetchPage(null, options.signal);
    for (let pageNumber = 1; ; pageNumber++) {
      if (options.prefetch === true && rawKeyOf !== undefined) {
        // Ask for the next page before validating this one (the key is checked again below).
        let early: unknown;
        try {
          early = rawKeyOf(raw) ?? undefined;
        } catch {
          early = undefined; // a malformed page: validation below reports it
        }
        const fingerprint = early === undefined ? undefined : stableStringify(early);
        if (fingerprint !== undefined && !seen.has(fingerprint)) ahead = fetchAhead(fetchPage, early, fingerprint, options.signal);
      }
      const current = validate(raw);
      const next = keyOf(current);
      if (next !== undefined) {
        const fingerprint = stableStringify(next);
        if (seen.has(fingerprint)) {
          yield current;
          throw new PaginationError({
            reason: "repeated-key",
            pageNumber,
            message: `${what} returned a pagination key on page ${pageNumber} that it already returned before; stopping to avoid an endless loop`,
          });
        }
        seen.add(fingerprint);
        if (ahead !== undefined && ahead.fingerprint !== fingerprint) {
          ahead.stop("the validated page has another pagination key");
          ahead = undefined;
        }
      }
      yield current;
      if (next === undefined) return;
      throwIfAborted(options.signal, what);
      const pending = ahead?.page ?? fetchPage(next, options.signal);
      ahead = undefined;
      raw = await pending;
    }
  } finally {
    ahead?.stop("listing stopped");
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
