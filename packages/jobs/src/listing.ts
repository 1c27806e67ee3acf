// Paged listings as async iterables (http-core's paginate), plus "collect everything" helpers.
import { collectAll, paginate, type CollectAllOptions, type PageIterable, type Transport } from "@provena-sdk/http-core";
import type { JobStatusTable } from "./models.js";
import { listPage, type JobsPage } from "./requests.js";

export interface ListOptions {
  /** Jobs per request (the API's `limit`); default 10, as upstream. */
  pageSize?: number | undefined;
  /** Stops the listing between or during pages. */
  signal?: AbortSignal | undefined;
}

export interface ListAllOptions extends ListOptions {
  /** Most jobs to collect; past it, `onLimit` decides (default: throw a PaginationError). */
  limit?: number | undefined;
  onLimit?: CollectAllOptions["onLimit"];
}

export type JobListing = PageIterable<JobStatusTable, JobsPage>;

export function listing(
  transport: Transport,
  scope: "user" | "admin",
  endpoint: "list" | "list_batch",
  filters: Record<string, unknown>,
  options: ListOptions = {},
): JobListing {
  return paginate<JobsPage, JobStatusTable>(
    (key, signal) => listPage(transport, scope, endpoint, { ...filters, limit: options.pageSize, pagination_key: key ?? null }, signal),
    {
      items: (page) => page.jobs,
      nextKey: (page) => page.pagination_key,
      signal: options.signal,
      operationName: `jobs.${scope}.${endpoint}`,
    },
  );
}

export function collect(iterable: JobListing, options: ListAllOptions = {}): Promise<JobStatusTable[]> {
  return collectAll(iterable, { limit: options.limit, onLimit: options.onLimit });
}
