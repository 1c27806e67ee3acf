// List options in the SDK's words, and how they become upstream's list request bodies.
import type { FilterOptions, QueryDatasetReleaseStatusType, QueryRecordTypes, SeededItem, SortType } from "@provena-sdk/models/registry";

/** Opaque: pass back what a page returned. */
export type PaginationKey = Record<string, unknown>;

/** Which records a subtype list returns: complete items (the default), seeds, or both. */
export type RecordTypeFilter = "COMPLETE_ONLY" | "SEED_ONLY" | "ALL";

/** How a listing is ordered (upstream's `SortOptions`). Which sorts a route accepts depends on its filter: an unsupported pair is a BadRequestError. */
export interface SortOptionsInput {
  /** Default: UPDATED_TIME. `ACCESS_INFO_URI_BEGINS_WITH` needs `beginsWith` (datasets). */
  readonly by?: SortType | undefined;
  /** Default false: newest (or Z→A) first. */
  readonly ascending?: boolean | undefined;
  /** The prefix for `ACCESS_INFO_URI_BEGINS_WITH`; refused by the server with any other sort. */
  readonly beginsWith?: string | undefined;
}

interface CommonListOptions {
  /** The order (default: most recently updated first). */
  readonly sort?: SortOptionsInput | undefined;
  /** Items per request (the server's default is 20). A page may hold fewer, even none. */
  readonly pageSize?: number | undefined;
  /** Aborts the request, or the whole walk for `listAll`: it then rejects with an AbortError. */
  readonly signal?: AbortSignal | undefined;
  /**
   * `listAll` only: ask for the next page as soon as one arrives, so the server prepares it
   * while you handle this one (default true). Stopping early then costs one unused page
   * request; pass false to fetch strictly on demand.
   */
  readonly prefetch?: boolean | undefined;
}

/** Options of a subtype's `listAll` (and, with `paginationKey`, its `list`): `POST {P}/list`. */
export interface ListOptions<R extends RecordTypeFilter = RecordTypeFilter> extends CommonListOptions {
  /** Default COMPLETE_ONLY: seeds are hidden unless asked for. */
  readonly recordType?: R | undefined;
}

/** Options of a subtype's `list`: one page, from `paginationKey` on. */
export interface ListPageOptions<R extends RecordTypeFilter = RecordTypeFilter> extends ListOptions<R> {
  /** The previous page's `paginationKey`; absent or null for the first page. */
  readonly paginationKey?: PaginationKey | null | undefined;
}

/** Options of `general.listAll` (and, with `paginationKey`, `general.list`): `POST /registry/general/list`, across subtypes. */
export interface GeneralListOptions extends CommonListOptions {
  /** Complete items, seeds or both (default COMPLETE_ONLY). Ignored by the server when `releaseStatus` is set. */
  readonly recordType?: QueryRecordTypes | undefined;
  /** Only items of this subtype. */
  readonly subtype?: FilterOptions["item_subtype"] | undefined;
  /** Only datasets this Person id reviews (pairs with sort RELEASE_TIMESTAMP). */
  readonly releaseReviewer?: string | undefined;
  /** Only datasets in this release state (a post-filter: pages may be short or empty). The server refuses it together with `subtype` (UnprocessableEntityError). */
  readonly releaseStatus?: QueryDatasetReleaseStatusType | undefined;
}

/** Options of `general.list`: one page, from `paginationKey` on. */
export interface GeneralListPageOptions extends GeneralListOptions {
  /** The previous page's `paginationKey`; absent or null for the first page. */
  readonly paginationKey?: PaginationKey | null | undefined;
}

/** `dataset.reviewing` / `reviewingAll` options: the route's index sorts by update or release time only. */
export interface ReviewingOptions {
  /** Without `by`: most recently updated first. `RELEASE_TIMESTAMP`: by release request time. */
  readonly sort?:
    | {
        /** `RELEASE_TIMESTAMP`, or absent for the update time. */
        readonly by?: "RELEASE_TIMESTAMP" | undefined;
        /** Default false: newest first. */
        readonly ascending?: boolean | undefined;
      }
    | undefined;
  /** Only datasets in this release state (a post-filter: pages may be short or empty). */
  readonly releaseStatus?: QueryDatasetReleaseStatusType | undefined;
  /** Items per request (the server's default is 20). A page may hold fewer, even none. */
  readonly pageSize?: number | undefined;
  /** Aborts the request, or the whole walk for `reviewingAll`: it then rejects with an AbortError. */
  readonly signal?: AbortSignal | undefined;
  /** `reviewingAll` only: request the next page while this one is handled (default true). */
  readonly prefetch?: boolean | undefined;
}

export interface ReviewingPageOptions extends ReviewingOptions {
  /** The previous page's `paginationKey`; absent or null for the first page. */
  readonly paginationKey?: PaginationKey | null | undefined;
}

/** What `listAll` yields for a record-type filter: complete items, seeds, or both. */
export type ListedItem<I, R extends RecordTypeFilter> = R extends "SEED_ONLY" ? SeededItem : R extends "ALL" ? I | SeededItem : I;

function sortBody(sort: SortOptionsInput | undefined): Record<string, unknown> | undefined {
  if (sort === undefined) return undefined;
  return { sort_type: sort.by ?? null, ascending: sort.ascending ?? false, begins_with: sort.beginsWith ?? null };
}

/**
 * The `SubtypeListRequest` body of `POST {P}/list` for these options and page key (explicit
 * defaults: `record_type` COMPLETE_ONLY). Used by the subtype clients and {@link listItems}.
 */
export function subtypeListBody(options: ListOptions, key: PaginationKey | null): Record<string, unknown> {
  return {
    filter_by: { record_type: options.recordType ?? "COMPLETE_ONLY" },
    sort_by: sortBody(options.sort),
    pagination_key: key,
    page_size: options.pageSize,
  };
}

/** The `GeneralListRequest` body of `POST /registry/general/list` for these options and page key, with explicit nulls for unset filters as upstream's clients send. */
export function generalListBody(options: GeneralListOptions, key: PaginationKey | null): Record<string, unknown> {
  return {
    filter_by: {
      record_type: options.recordType ?? "COMPLETE_ONLY",
      item_subtype: options.subtype ?? null,
      release_reviewer: options.releaseReviewer ?? null,
      release_status: options.releaseStatus ?? null,
    },
    sort_by: sortBody(options.sort),
    pagination_key: key,
    page_size: options.pageSize,
  };
}

/** A `ListUserReviewingDatasetsRequest`: the reviewer is the `release_reviewer` filter (required upstream). */
export function reviewingListBody(reviewer: string, options: ReviewingOptions, key: PaginationKey | null): Record<string, unknown> {
  return {
    filter_by: { record_type: "COMPLETE_ONLY", item_subtype: null, release_reviewer: reviewer, release_status: options.releaseStatus ?? null },
    sort_by: sortBody(options.sort),
    pagination_key: key,
    page_size: options.pageSize,
  };
}
