// The public shapes of dataset calls, in the SDK's words.
import type { ItemDataset, S3Location, SeededItem, SortType, Status } from "@provena-sdk/models/datastore";
import type { SignalOption } from "../context.js";
import type { CompletedActivity, WaitOption } from "../waiting/activity-waiter.js";

/** Options of the calls that start registry jobs (`mint`, `version`). */
export interface WaitableOptions extends SignalOption {
  /** Wait for the activity jobs: `true`, or options (timeout, poll interval, progress). */
  readonly wait?: WaitOption | undefined;
}

/** What `DatastoreClient.mint` returns: the new dataset and where to upload its files. */
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

/** What `DatastoreClient.version` returns. */
export interface VersionResult {
  /** The new version's id. */
  readonly newVersionId: string;
  /** The REGISTER_VERSION_ACTIVITY job. */
  readonly sessionId: string;
  /** Set when `wait` was asked for: the Version activity and its lodge job succeeded. */
  readonly activity: CompletedActivity | null;
}

/** What `DatastoreClient.update` returns. `metadata.json` in the dataset's storage was rewritten. */
export interface UpdateResult {
  /** The updated dataset's id (as given). */
  readonly handle: string;
  /** Its unchanged storage location (an update never moves files). */
  readonly s3Location: S3Location;
}

/** What `DatastoreClient.fetch` returns (`GET /registry/items/fetch-dataset`). */
export interface FetchedDataset {
  /** The registry item: metadata (`collection_format`), `s3` location, release state and history. */
  readonly item: ItemDataset;
  /** The caller's roles on the dataset (e.g. `metadata-read`, `dataset-data-write`, `admin`). */
  readonly roles: string[];
  /** A locked dataset refuses metadata updates and write credentials (DatasetLockedError). */
  readonly locked: boolean;
}

/**
 * The server's verdict on metadata (`POST /metadata/validate-metadata`): the same schema, field
 * and registry checks mint runs. A malformed body (422) still throws.
 */
export type ValidationResult =
  | {
      /** The metadata would mint. */
      readonly valid: true;
    }
  | {
      /** The metadata would be refused. */
      readonly valid: false;
      /** The server's reason (its `status.details`). */
      readonly details: string;
    };

/** Opaque: pass back what a page returned. */
export type PaginationKey = Record<string, unknown>;

/** Options of `DatastoreClient.listAll` (`POST /registry/items/list`). */
export interface ListOptions extends SignalOption {
  /** The order; the server's default is newest first by update time. */
  readonly sort?:
    | {
        /** What to sort on (`CREATED_TIME`, `UPDATED_TIME`, `DISPLAY_NAME`, `RELEASE_TIMESTAMP`, `ACCESS_INFO_URI_BEGINS_WITH`). */
        readonly by?: SortType | undefined;
        /** Oldest or A first. Default false. */
        readonly ascending?: boolean | undefined;
        /** The `access_info_uri` prefix; required by, and only allowed with, `ACCESS_INFO_URI_BEGINS_WITH` (else 422). */
        readonly beginsWith?: string | undefined;
      }
    | undefined;
  /** Items per request (the server's default is 20). A page may hold fewer, even none. */
  readonly pageSize?: number | undefined;
  /** `listAll` only: request the next page while this one is handled (default true). */
  readonly prefetch?: boolean | undefined;
}

/** Options of `DatastoreClient.list`: one page, from `paginationKey`. */
export interface ListPageOptions extends ListOptions {
  /** The previous page's `paginationKey`; absent or null for the first page. */
  readonly paginationKey?: PaginationKey | null | undefined;
}

/** One page of the dataset list, with the server's lists defaulted to empty. */
export interface DatasetListPage {
  /** The complete datasets on this page the caller may read. */
  readonly items: ItemDataset[];
  /** Seed items on this page: handles reserved whose metadata was never completed. */
  readonly seedItems: SeededItem[];
  /** Records the server could not parse as datasets, raw; a page holding any has `status.success=false` but is kept. */
  readonly unparsableItems: Record<string, unknown>[];
  /** How many datasets on this page were left out because the caller may not read them. */
  readonly notAuthorisedCount: number;
  /** The key for the next page; null when the listing is done. */
  readonly paginationKey: PaginationKey | null;
  /** The server's status; `success=false` when records were unparsable (the page is still returned). */
  readonly status: Status;
}
