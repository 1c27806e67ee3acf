// Item counts per subtype. The registry has no route for it (the Python client pages through
// the general list too), so this walks `/registry/general/list` with large pages and tallies
// `item_subtype`. Every known subtype is present (0 when none); a subtype this SDK does not
// know yet is counted under its own name.
import { ItemSubTypeValues, type ItemSubType, type QueryRecordTypes } from "@provena-sdk/models/registry";
import type { PageIterable } from "@provena-sdk/http-core";
import type { GeneralListOptions } from "../listing/list-options.js";

/**
 * Items per request. The API declares no maximum for `page_size` (DynamoDB's `Limit`; each page
 * also stops at 1 MB of items), so this is the SDK's choice: few round trips, bounded pages.
 */
export const COUNT_PAGE_SIZE = 1000;

/** Options of {@link GeneralClient.countBySubtype}. */
export interface CountBySubtypeOptions {
  /** Which records count (default COMPLETE_ONLY, as the lists). */
  readonly recordType?: QueryRecordTypes | undefined;
  /** Items per request (default {@link COUNT_PAGE_SIZE}). */
  readonly pageSize?: number | undefined;
  /** Aborts the count (all its page requests): it then rejects with an AbortError. */
  readonly signal?: AbortSignal | undefined;
}

/** Every known subtype with its count, plus any subtype the server returned that the SDK does not know. */
export type SubtypeCounts = { readonly [K in (typeof ItemSubTypeValues)[number]]: number } & { readonly [subtype: string]: number };

export async function countBySubtype(
  listAll: (options: GeneralListOptions) => PageIterable<{ item_subtype?: unknown }, unknown>,
  options: CountBySubtypeOptions = {},
): Promise<SubtypeCounts> {
  const counts = new Map<ItemSubType, number>(ItemSubTypeValues.map((subtype) => [subtype, 0]));
  const iterable = listAll({ recordType: options.recordType, pageSize: options.pageSize ?? COUNT_PAGE_SIZE, signal: options.signal });
  for await (const item of iterable) {
    const subtype = typeof item.item_subtype === "string" ? item.item_subtype : "UNKNOWN";
    counts.set(subtype, (counts.get(subtype) ?? 0) + 1);
  }
  // Server strings become keys: defineProperty keeps a "__proto__" subtype an ordinary key.
  const out = {};
  for (const [subtype, count] of counts) Object.defineProperty(out, subtype, { value: count, enumerable: true, writable: true, configurable: true });
  return out as SubtypeCounts;
}
