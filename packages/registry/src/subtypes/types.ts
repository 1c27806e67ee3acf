// The public shapes of a subtype client. Which groups of actions a subtype has is decided by
// its row in SUBTYPE_TABLE (see SubtypeClient at the bottom), so `client.dataset.create` or
// `client.createActivity.update` do not type-check.
import type { PageIterable } from "@provena-sdk/http-core";
import type { AccessSettings, DescribedRole, ItemDataset, LockEvent, RegistrySubtype, SeededItem, Status } from "@provena-sdk/models/registry";
import type { ListedItem, ListOptions, ListPageOptions, PaginationKey, RecordTypeFilter, ReviewingOptions, ReviewingPageOptions } from "../listing/list-options.js";
import type { CompletedActivity, WaitOption } from "../waiting/activity-waiter.js";
import type { DomainInfoOf, ItemOf } from "./model-types.js";
import type { SUBTYPE_TABLE, SubtypeKey } from "./table.js";

/** Options of calls that take nothing but a way to cancel them. */
export interface SignalOption {
  /** Aborts the request (and any retry wait): the call then rejects with an AbortError. */
  readonly signal?: AbortSignal | undefined;
}

/** Options of a typed `fetch` (`GET {P}/fetch`). */
export interface FetchOptions extends SignalOption {
  /** Also return seed items (default false: a seed is a SeedItemError). */
  readonly seedAllowed?: boolean | undefined;
}

interface FetchedBase {
  /** The caller's roles on the item. */
  readonly roles: string[];
  /** Whether the item is locked: a locked item refuses update, revert and delete (401). */
  readonly locked: boolean;
}

/** A fetched complete item, with the caller's item roles and its lock state. */
export interface FetchedItem<I> extends FetchedBase {
  /** Always false here: narrows a {@link FetchResult} to the complete item. */
  readonly isSeed: false;
  /** The complete item (`record_type` COMPLETE_ITEM), e.g. `ItemPerson`. */
  readonly item: I;
}

/** A fetched seed item (only with `seedAllowed: true`): it has an id and record info but no domain fields yet. */
export interface FetchedSeed extends FetchedBase {
  /** Always true here: narrows a {@link FetchResult} to the seed. */
  readonly isSeed: true;
  /** The seed's record info; `update` with a domain info makes it complete. */
  readonly item: SeededItem;
}

/** A fetch that allowed seeds: discriminate on `isSeed`. */
export type FetchResult<I> = FetchedItem<I> | FetchedSeed;

/**
 * A subtype's `fetch` (`GET {P}/fetch`, or `{P}/proxy/fetch` through `proxy(user)`): one item by
 * its handle. Needs `entity-registry-read` and `metadata-read`, `metadata-write` or `admin` on the
 * item (otherwise an UnauthorizedError). An unknown id is an ItemNotFoundError; a seed is a SeedItemError unless
 * `seedAllowed: true`. The answer is checked against the subtype's fetch model.
 */
export interface FetchMethod<I> {
  /** Complete items only: a seed is a SeedItemError. */
  (id: string, options?: FetchOptions & { readonly seedAllowed?: false | undefined }): Promise<FetchedItem<I>>;
  /** Seeds allowed: the result is a seed or a complete item, told apart by `isSeed`. */
  (id: string, options: FetchOptions & { readonly seedAllowed: true }): Promise<FetchResult<I>>;
  /** `seedAllowed` not known statically: typed as if seeds were allowed. */
  (id: string, options?: FetchOptions): Promise<FetchResult<I>>;
}

/** One page of a subtype list. `items` may be short or empty while `paginationKey` is set. */
export interface ListPage<I> {
  /** The complete items on this page (none with `recordType: "SEED_ONLY"`). */
  readonly items: I[];
  /** The seeds on this page (none with the default `recordType: "COMPLETE_ONLY"`). */
  readonly seedItems: SeededItem[];
  /** Stored records the server could not parse as this subtype (the page's status then says so). */
  readonly unparsableItems: Record<string, unknown>[];
  /** Items on this page hidden because the caller may not read them. */
  readonly notAuthorisedCount: number;
  /** The key for the next page; null when the listing is done. */
  readonly paginationKey: PaginationKey | null;
  /** The response envelope's status; `success` is false when the page holds unparsable records (the page is still returned). */
  readonly status: Status;
}

/** The answer of `validate`: valid, or the server's reason it is not. */
export type ValidationResult =
  | {
      /** The server accepted the domain info. */
      readonly valid: true;
    }
  | {
      /** The server refused the domain info with a soft failure (usually a registry validator); not thrown. */
      readonly valid: false;
      /** The server's `status.details`, e.g. `"Validation Error: Could not find Software ID …"`. */
      readonly details: string;
    };

/** What `create` returns: the new complete item and, on versioned subtypes, its create-activity job. */
export interface CreateResult<I> {
  /** The created item as the server stored it (new handle in `id`, history entry 0). */
  readonly item: I;
  /** The REGISTER_CREATE_ACTIVITY job (versioned subtypes); null when none was spawned. */
  readonly sessionId: string | null;
  /** Set when `wait` was asked for and a job was spawned. */
  readonly activity: CompletedActivity | null;
}

/** What `update` returns: a create-activity job only when the update completed a seed. */
export interface UpdateResult {
  /** Set when a seed became complete on a versioned subtype (a create-activity job). */
  readonly sessionId: string | null;
  /** The finished activity when `wait` was asked for and `sessionId` is set; otherwise null. */
  readonly activity: CompletedActivity | null;
}

/** What `version` returns: the new version's handle and its REGISTER_VERSION_ACTIVITY job. */
export interface VersionResult {
  /** The handle of the new version (a copy of the item, owned by the caller); the old one now names it as `versioning_info.next_version`. */
  readonly newVersionId: string;
  /** The REGISTER_VERSION_ACTIVITY job's session id (its result names the VERSION activity item). */
  readonly sessionId: string;
  /** The finished activity when `wait` was asked for; otherwise null. */
  readonly activity: CompletedActivity | null;
}

/** Options of calls that spawn activity jobs (create, update, version). */
export interface WaitableOptions extends SignalOption {
  /**
   * Wait for the activity jobs (registry job, then its lodge job) before resolving: `true` for
   * the defaults (2 minutes in all), or {@link WaitOptions}. A failed wait is an
   * ActivityWaitError; the item is written regardless. Default: do not wait.
   */
  readonly wait?: WaitOption | undefined;
}

/** Options of `update` (`PUT {P}/update`). */
export interface UpdateOptions extends WaitableOptions {
  /** Required by the server when updating a complete item; ignored for seed → complete. */
  readonly reason?: string | undefined;
}

/** Options of the proxy `update` (`PUT {P}/proxy/update`), for service accounts acting for a user. */
export interface ProxyUpdateOptions extends UpdateOptions {
  /** Update even if the item is locked (`bypass_item_lock`; default false). */
  readonly bypassItemLock?: boolean | undefined;
  /** Add no history entry (`exclude_history_update`; the data store uses it for release state; default false). */
  readonly excludeHistoryUpdate?: boolean | undefined;
  /** Skip the check that the user holds `metadata-write` or `admin` on the item (`manual_grant`; used when a reviewer approves; default false). */
  readonly manualGrant?: boolean | undefined;
}

/** Item-level access of a subtype (`{P}/auth/*`): the caller's roles and who may do what with an item. */
export interface AuthActions {
  /** The caller's roles on item `id` (any subtype). */
  evaluate(id: string, options?: SignalOption): Promise<string[]>;
  /**
   * Who may do what with item `id` (`GET {P}/auth/configuration`): owner, general roles and
   * per-group roles. Only the owner, an item admin or a registry admin may read it (else
   * UnauthorizedError); an item of another subtype is a BadRequestError.
   */
  configuration(id: string, options?: SignalOption): Promise<AccessSettings>;
  /**
   * Replaces item `id`'s access settings (`PUT {P}/auth/configuration`; same rights as
   * `configuration`). Changing the owner, or a role this subtype does not offer (see `roles`), is
   * a BadRequestError.
   */
  setConfiguration(id: string, settings: AccessSettings, options?: SignalOption): Promise<void>;
  /** The roles items of this subtype offer. */
  roles(options?: SignalOption): Promise<DescribedRole[]>;
}

/** Item locks of a subtype (`{P}/locks/*`). A locked item refuses update, revert and delete. */
export interface LockActions {
  /** Locks item `id` (`PUT {P}/locks/lock`; item `admin` needed); already locked is a BadRequestError. */
  lock(id: string, reason: string, options?: SignalOption): Promise<void>;
  /** Unlocks item `id` (`PUT {P}/locks/unlock`; item `admin` needed); already unlocked is a BadRequestError. */
  unlock(id: string, reason: string, options?: SignalOption): Promise<void>;
  /** Lock events, oldest first. */
  history(id: string, options?: SignalOption): Promise<LockEvent[]>;
  /** Whether item `id` is locked (`GET {P}/locks/locked`; any item role). */
  isLocked(id: string, options?: SignalOption): Promise<boolean>;
}

/** Registry-admin actions of a subtype (`entity-registry-admin`). */
export interface SubtypeAdminActions {
  /** Hidden upstream route; registry admins only. */
  delete(id: string, options?: SignalOption): Promise<void>;
}

/**
 * Seed, create, update and revert of the subtypes whose route set is STANDARD (and, through
 * `proxy(user)`, of DATASET and MODEL_RUN). All need `entity-registry-write`; on every subtype
 * but ORGANISATION, PERSON and MODEL_RUN the acting user must be linked to a Person (else
 * BadRequestError). Bodies are checked against the domain-info model before sending unless
 * `validateRequests` is false (a RequestValidationError names the bad field); the registry's
 * own validators refuse with a RegistryValidationError.
 */
export interface WriteActions<I, D> {
  /** Mints a handle and stores a seed item (`POST {P}/seed`): record info only, completed later by `update`. */
  seed(options?: SignalOption): Promise<SeededItem>;
  /**
   * Stores a new complete item (`POST {P}/create`); the caller becomes its owner. On versioned
   * subtypes a REGISTER_CREATE_ACTIVITY job is spawned (`sessionId`), waited for with `wait`.
   */
  create(domainInfo: D, options?: WaitableOptions): Promise<CreateResult<I>>;
  /**
   * Replaces item `id`'s domain info (`PUT {P}/update`; `metadata-write` or `admin` on the item;
   * a locked item is an UnauthorizedError). A complete item needs `reason` (else BadRequestError) and gains a history entry;
   * a seed becomes complete (and on versioned subtypes spawns the create-activity job).
   */
  update(id: string, domainInfo: D, options?: UpdateOptions): Promise<UpdateResult>;
  /**
   * Restores the domain info of history entry `historyId` as a new history entry
   * (`PUT {P}/revert`; same rights as `update`). The old domain info is validated again; an
   * unknown `historyId` or a seed is a BadRequestError.
   */
  revert(id: string, historyId: number, reason: string, options?: SignalOption): Promise<void>;
}

/**
 * The write actions of DATASET and MODEL_RUN, reached as `proxy(user)` (`{P}/proxy/*`, with
 * `X-User-Context`). The token needs the service role (`data-store-api` for DATASET, `prov-api`
 * for MODEL_RUN) or `entity-registry-admin`; the item is owned by and checked against `user`.
 */
export interface ProxyWriteActions<I, D> extends Omit<WriteActions<I, D>, "update"> {
  /** `update` through `PUT {P}/proxy/update`, with the proxy-only switches of {@link ProxyUpdateOptions}. */
  update(id: string, domainInfo: D, options?: ProxyUpdateOptions): Promise<UpdateResult>;
}

/** `version` of the versioned subtypes: MODEL, MODEL_RUN_WORKFLOW_TEMPLATE and DATASET_TEMPLATE directly, DATASET through `proxy(user)`. */
export interface VersionActions {
  /**
   * A new version of `id` (admin on the item; latest version only). Posts `{P}/version` (or
   * `{P}/proxy/version`); the item must be complete and have no next version, else
   * BadRequestError. Spawns a REGISTER_VERSION_ACTIVITY job, waited for with `wait`.
   */
  version(id: string, reason: string, options?: WaitableOptions): Promise<VersionResult>;
}

/** One page of the datasets a reviewer is asked to release. May be short or empty while `paginationKey` is set. */
export interface ReviewingPage {
  /** The datasets on this page (complete items). */
  readonly items: ItemDataset[];
  /** The key for the next page; null when the listing is done. */
  readonly paginationKey: PaginationKey | null;
  /** The response envelope's status. */
  readonly status: Status;
}

/** The release-review listing of DATASET (`POST {P}/user/releases`): what a reviewer is asked to release. */
export interface ReviewingActions {
  /**
   * One page of the datasets whose release `reviewerPersonId` is asked to review
   * (`/user/releases`). The caller must be linked to a Person (else BadRequestError) and that
   * Person must be `reviewerPersonId` (else ForbiddenError).
   */
  reviewing(reviewerPersonId: string, options?: ReviewingPageOptions): Promise<ReviewingPage>;
  /** Every such dataset across pages (short and empty pages followed, a repeated key is a PaginationError). */
  reviewingAll(reviewerPersonId: string, options?: ReviewingOptions): PageIterable<ItemDataset, ReviewingPage>;
}

/**
 * The user a service account acts for: sent as `X-User-Context` (plain JSON, or a pre-encoded
 * string). A real Provena expects the KMS-encrypted value its data store and prov API send; the
 * local server accepts plain JSON.
 */
export type UserContext =
  | {
      /** The username the item is owned by and access is checked for. */
      readonly username: string;
      /** The user's email (sent as null when absent). */
      readonly email?: string | null | undefined;
      /** The user's realm roles, e.g. `entity-registry-read`. */
      readonly roles: readonly string[];
    }
  | string;

type Entry<K extends SubtypeKey> = (typeof SUBTYPE_TABLE)[K];

/**
 * What `proxy(user)` gives: `fetch` as `user` on every subtype, plus the proxy write actions on
 * DATASET and MODEL_RUN (route set SERVICE_PROXY) and `version` on DATASET.
 */
export type ProxyActions<K extends SubtypeKey> = {
  /** `GET {P}/proxy/fetch`: fetch as `user` (their item roles decide); needs a service role (`data-store-api` or `prov-api`) or registry admin. */
  readonly fetch: FetchMethod<ItemOf<K>>;
} & (Entry<K>["routes"] extends "SERVICE_PROXY"
  ? ProxyWriteActions<ItemOf<K>, DomainInfoOf<K>>
  : unknown) &
  (Entry<K>["versionRoute"] extends "proxy" ? VersionActions : unknown);

/**
 * What every subtype client has, read-only subtypes included: fetch, list, validation and
 * schemas, item access, locks, admin delete and the proxy routes. All need at least
 * `entity-registry-read`; listings only show items the caller may read.
 */
export interface ReadActions<K extends SubtypeKey> {
  /** The registry subtype this client serves, e.g. `"MODEL_RUN_WORKFLOW_TEMPLATE"` for `workflowTemplate`. */
  readonly subtype: RegistrySubtype;
  /** One item by its handle: see {@link FetchMethod}. */
  readonly fetch: FetchMethod<ItemOf<K>>;
  /**
   * One page of this subtype's items (`POST {P}/list`): complete items by default, newest update
   * first, 20 per request unless `pageSize` says otherwise. Pass the page's `paginationKey` back
   * for the next page; a page may be short or even empty while the key is set.
   */
  list<R extends RecordTypeFilter = "COMPLETE_ONLY">(options?: ListPageOptions<R>): Promise<ListPage<ItemOf<K>>>;
  /**
   * Every item across pages (empty pages are skipped, a repeated key is a PaginationError).
   * Yields complete items, seeds or both as `recordType` asks; `.pages()` gives the pages and
   * `collectAll` gathers them. The next page is requested while one is handled unless `prefetch: false`.
   */
  listAll<R extends RecordTypeFilter = "COMPLETE_ONLY">(options?: ListOptions<R>): PageIterable<ListedItem<ItemOf<K>, R>, ListPage<ItemOf<K>>>;
  /**
   * Server-side validation (`POST {P}/validate`), with the registry's own checks (references
   * exist, ethics approved, EWKT, …): a soft failure becomes `{ valid: false, details }`. No
   * client-side check first; a body the server cannot parse is still an UnprocessableEntityError.
   */
  validate(domainInfo: DomainInfoOf<K>, options?: SignalOption): Promise<ValidationResult>;
  /** JSON schema of the domain info. */
  schema(options?: SignalOption): Promise<Record<string, unknown>>;
  /** The react-jsonschema-form UI overrides for the domain info (`GET {P}/ui_schema`); `{}` when there are none. */
  uiSchema(options?: SignalOption): Promise<Record<string, unknown>>;
  /** Item-level access: the caller's roles, access settings, the roles this subtype offers. */
  readonly auth: AuthActions;
  /** Lock, unlock, lock state and lock history of an item. */
  readonly locks: LockActions;
  /** Hidden registry-admin routes (delete). */
  readonly admin: SubtypeAdminActions;
  /** The hidden service-proxy routes, acting for `user` (needs a service role or registry admin). */
  proxy(user: UserContext): ProxyActions<K>;
}

/** The client of one subtype: exactly the actions its route set has. */
export type SubtypeClient<K extends SubtypeKey> = ReadActions<K> &
  (Entry<K>["routes"] extends "STANDARD" ? WriteActions<ItemOf<K>, DomainInfoOf<K>> : unknown) &
  (Entry<K>["versionRoute"] extends "plain" ? VersionActions : unknown) &
  (Entry<K>["releaseReviews"] extends true ? ReviewingActions : unknown);
