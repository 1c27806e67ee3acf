// Paged listings as async iterables (http-core's paginate), one-page reads, and "collect
// everything" helpers. Every page hands back its `pagination_key`; passing one as
// `paginationKey` resumes a listing where it stopped, in this process or another.
import { collectAll, paginate, type CollectAllOptions, type PageIterable, type Transport } from "@provena-sdk/http-core";
import type { JobStatusTable } from "./models.js";
import { listPage, type JobsPage } from "./requests.js";

/** Opaque: a page's `pagination_key`, passed back as it came (it is plain JSON, so it can be saved). */
export type JobsPaginationKey = Record<string, unknown>;

/** Options of a paged job listing (`list`, `listPage`, `listBatch`). */
export interface ListOptions {
  /** Jobs per request (the API's `limit`); default 10, as upstream. */
  pageSize?: number | undefined;
  /** Start after this key (a page's `pagination_key`) instead of at the newest job. */
  paginationKey?: JobsPaginationKey | null | undefined;
  /** Stops the listing between or during pages. */
  signal?: AbortSignal | undefined;
}

/** Options of the listings collected into an array (`listAll`, `listBatchAll`). */
export interface ListAllOptions extends ListOptions {
  /** Most jobs to collect; past it, `onLimit` decides (default: throw a PaginationError). */
  limit?: number | undefined;
  /** What happens when the listing holds more than `limit` jobs: "throw" (default, a PaginationError) or "truncate" (keep the first `limit`). */
  onLimit?: CollectAllOptions["onLimit"];
}

/** An async iterable of jobs fetched page by page as it is iterated; `.pages()` yields whole pages. */
export type JobListing = PageIterable<JobStatusTable, JobsPage>;

export type Scope = "user" | "admin";
export type ListEndpoint = "list" | "list_batch";

function body(filters: Record<string, unknown>, options: ListOptions, key: unknown): Record<string, unknown> {
  return { ...filters, limit: options.pageSize, pagination_key: key ?? null };
}

export function listing(transport: Transport, scope: Scope, endpoint: ListEndpoint, filters: Record<string, unknown>, options: ListOptions = {}): JobListing {
  return paginate<JobsPage, JobStatusTable>(
    // paginate asks for the first page with a null key: that is where a saved key resumes.
    (key, signal) => listPage(transport, scope, endpoint, body(filters, options, key ?? options.paginationKey), signal),
    {
      items: (page) => page.jobs,
      nextKey: (page) => page.pagination_key,
      signal: options.signal,
      operationName: `jobs.${scope}.${endpoint}`,
    },
  );
}

/** One page: `jobs` and the `pagination_key` to continue from (null at the end). */
export async function onePage(transport: Transport, scope: Scope, endpoint: ListEndpoint, filters: Record<string, unknown>, options: ListOptions = {}): Promise<JobsPage> {
  const page = await listPage(transport, scope, endpoint, body(filters, options, options.paginationKey), options.signal);
  // Absent and null both mean "no more"; hand back null so callers test one value.
  return { ...page, pagination_key: page.pagination_key ?? null };
}

export function collect(iterable: JobListing, options: ListAllOptions = {}): Promise<JobStatusTable[]> {
  return collectAll(iterable, { limit: options.limit, onLimit: options.onLimit });
}
