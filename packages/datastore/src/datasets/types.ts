// The public shapes of dataset calls, in the SDK's words.
import type { ItemDataset, S3Location, SeededItem, SortType, Status } from "@provena-sdk/models/datastore";
import type { SignalOption } from "../context.js";
import type { CompletedActivity, WaitOption } from "../waiting/activity-waiter.js";

export interface WaitableOptions extends SignalOption {
  /** Wait for the activity jobs: `true`, or options (timeout, poll interval, progress). */
  readonly wait?: WaitOption | undefined;
}

export interface MintResult {
  /** The new dataset's id (a handle). */
  readonly handle: string;
  /** Where its files live: `datasets/<handle with . and / as ->/` in the data store bucket. */
  readonly s3Location: S3Location;
  /** The REGISTER_CREATE_ACTIVITY job; null if the server started none. */
  readonly sessionId: string | null;
  /** Set when `wait` was asked for: both activity jobs succeeded. */
  readonly activity: CompletedActivity | null;
}

export interface VersionResult {
  /** The new version's id. */
  readonly newVersionId: string;
  /** The REGISTER_VERSION_ACTIVITY job. */
  readonly sessionId: string;
  readonly activity: CompletedActivity | null;
}

export interface UpdateResult {
  readonly handle: string;
  readonly s3Location: S3Location;
}

export interface FetchedDataset {
  readonly item: ItemDataset;
  /** The caller's roles on the dataset (e.g. `metadata-read`, `dataset-data-write`, `admin`). */
  readonly roles: string[];
  readonly locked: boolean;
}

export type ValidationResult = { readonly valid: true } | { readonly valid: false; readonly details: string };

/** Opaque: pass back what a page returned. */
export type PaginationKey = Record<string, unknown>;

export interface ListOptions extends SignalOption {
  readonly sort?: { readonly by?: SortType | undefined; readonly ascending?: boolean | undefined; readonly beginsWith?: string | undefined } | undefined;
  /** Items per request (the server's default is 20). A page may hold fewer, even none. */
  readonly pageSize?: number | undefined;
  /** `listAll` only: request the next page while this one is handled (default true). */
  readonly prefetch?: boolean | undefined;
}

export interface ListPageOptions extends ListOptions {
  /** The previous page's `paginationKey`; absent or null for the first page. */
  readonly paginationKey?: PaginationKey | null | undefined;
}

export interface DatasetListPage {
  readonly items: ItemDataset[];
  readonly seedItems: SeededItem[];
  readonly unparsableItems: Record<string, unknown>[];
  readonly notAuthorisedCount: number;
  /** The key for the next page; null when the listing is done. */
  readonly paginationKey: PaginationKey | null;
  readonly status: Status;
}
