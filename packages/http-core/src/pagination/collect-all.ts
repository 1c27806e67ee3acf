import { PaginationError } from "../errors/usage-errors.js";

/** Options of `collectAll`: how many items at most, and what happens beyond. */
export interface CollectAllOptions {
  /** Most items to collect. Default: no limit. */
  limit?: number | undefined;
  /**
   * What to do when there are more than `limit` items: "throw" (default) a PaginationError with
   * reason "limit-exceeded", so a listing is never silently cut short; or "truncate" to return
   * the first `limit` items and stop fetching.
   */
  onLimit?: "throw" | "truncate" | undefined;
}

/**
 * Every item of an async iterable in an array, up to a limit. Stops fetching as soon as it can.
 *
 * @throws `PaginationError` (reason `limit-exceeded`) when there are more than `limit` items
 * and `onLimit` is not `"truncate"`; `RangeError` when `limit` is negative or not a number.
 */
export async function collectAll<T>(iterable: AsyncIterable<T>, options: CollectAllOptions = {}): Promise<T[]> {
  const limit = options.limit ?? Infinity;
  if (!(limit >= 0)) throw new RangeError(`collectAll limit must be a non-negative number, got ${limit}`);
  const truncate = options.onLimit === "truncate";
  const out: T[] = [];
  if (truncate && limit === 0) return out;
  // Leaving the loop (break or throw) calls return() on the iterator, so no further page is fetched.
  for await (const item of iterable) {
    if (out.length >= limit) {
      throw new PaginationError({
        reason: "limit-exceeded",
        limit,
        message: `collectAll found more than ${limit} items; raise \`limit\`, pass \`onLimit: "truncate"\`, or iterate instead of collecting`,
      });
    }
    out.push(item);
    if (truncate && out.length >= limit) break;
  }
  return out;
}
