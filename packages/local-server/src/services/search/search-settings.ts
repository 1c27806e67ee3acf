// Upstream's search-api settings (config.default_query_size / max_query_size) and the index
// name it reports in /admin/config.
export const SEARCH_SETTINGS = {
  defaultQuerySize: 10,
  maxQuerySize: 50,
  registryIndex: "registry-index",
} as const;

/** `size = min(record_limit, max)`, or the default when the limit is absent or 0 (falsy upstream). */
export function querySize(recordLimit: number | undefined): number {
  if (recordLimit === undefined || recordLimit === 0) return SEARCH_SETTINGS.defaultQuerySize;
  return Math.min(recordLimit, SEARCH_SETTINGS.maxQuerySize);
}
