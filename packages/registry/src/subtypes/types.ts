// The public shapes of a subtype client. Which groups of actions a subtype has is decided by
// its row in SUBTYPE_TABLE (see SubtypeClient at the bottom), so `client.dataset.create` or
// `client.createActivity.update` do not type-check.
import type { PageIterable } from "@provena-sdk/http-core";
import type { AccessSettings, DescribedRole, ItemDataset, LockEvent, RegistrySubtype, SeededItem, Status } from "@provena-sdk/models/registry";
import type { ListedItem, ListOptions, ListPageOptions, PaginationKey, RecordTypeFilter, ReviewingOptions, ReviewingPageOptions } from "../listing/list-options.js";
import type { CompletedActivity, WaitOption } from "../waiting/activity-waiter.js";
import type { DomainInfoOf, ItemOf } from "./model-types.js";
import type { SUBTYPE_TABLE, SubtypeKey } from "./table.js";

export interface SignalOption {
  readonly signal?: AbortSignal | undefined;
}

export interface FetchOptions extends SignalOption {
  /** Also return seed items (default false: a seed is a SeedItemError). */
  readonly seedAllowed?: boolean | undefined;
}

interface FetchedBase {
  /** The caller's roles on the item. */
  readonly roles: string[];
  readonly locked: boolean;
}

export interface FetchedItem<I> extends FetchedBase {
  readonly isSeed: false;
  readonly item: I;
}

export interface FetchedSeed extends FetchedBase {
  readonly isSeed: true;
  readonly item: SeededItem;
}

/** A fetch that allowed seeds: discriminate on `isSeed`. */
export type FetchResult<I> = FetchedItem<I> | FetchedSeed;

export interface FetchMethod<I> {
  (id: string, options?: FetchOptions & { readonly seedAllowed?: false | undefined }): Promise<FetchedItem<I>>;
  (id: string, options: FetchOptions & { readonly seedAllowed: true }): Promise<FetchResult<I>>;
  (id: string, options?: FetchOptions): Promise<FetchResult<I>>;
}

/** One page of a subtype list. `items` may be short or empty while `paginationKey` is set. */
export interface ListPage<I> {
  readonly items: I[];
  readonly seedItems: SeededItem[];
  /** Stored records the server could not parse as this subtype (the page's status then says so). */
  readonly unparsableItems: Record<string, unknown>[];
  /** Items on this page hidden because the caller may not read them. */
  readonly notAuthorisedCount: number;
  /** The key for the next page; null when the listing is done. */
  readonly paginationKey: PaginationKey | null;
  readonly status: Status;
}

export type ValidationResult = { readonly valid: true } | { readonly valid: false; readonly details: string };

export interface CreateResult<I> {
  readonly item: I;
  /** The REGISTER_CREATE_ACTIVITY job (versioned subtypes); null when none was spawned. */
  readonly sessionId: string | null;
  /** Set when `wait` was asked for and a job was spawned. */
  readonly activity: CompletedActivity | null;
}

export interface UpdateResult {
  /** Set when a seed became complete on a versioned subtype (a create-activity job). */
  readonly sessionId: string | null;
  readonly activity: CompletedActivity | null;
}

export interface VersionResult {
  readonly newVersionId: string;
  readonly sessionId: string;
  readonly activity: CompletedActivity | null;
}

export interface WaitableOptions extends SignalOption {
  /** Wait for the activity jobs (registry job, then its lodge job) before resolving. */
  readonly wait?: WaitOption | undefined;
}

export interface UpdateOptions extends WaitableOptions {
  /** Required by the server when updating a complete item; ignored for seed → complete. */
  readonly reason?: string | undefined;
}

export interface ProxyUpdateOptions extends UpdateOptions {
  readonly bypassItemLock?: boolean | undefined;
  readonly excludeHistoryUpdate?: boolean | undefined;
  readonly manualGrant?: boolean | undefined;
}

export interface AuthActions {
  /** The caller's roles on item `id` (any subtype). */
  evaluate(id: string, options?: SignalOption): Promise<string[]>;
  configuration(id: string, options?: SignalOption): Promise<AccessSettings>;
  setConfiguration(id: string, settings: AccessSettings, options?: SignalOption): Promise<void>;
  /** The roles items of this subtype offer. */
  roles(options?: SignalOption): Promise<DescribedRole[]>;
}

export interface LockActions {
  lock(id: string, reason: string, options?: SignalOption): Promise<void>;
  unlock(id: string, reason: string, options?: SignalOption): Promise<void>;
  /** Lock events, oldest first. */
  history(id: string, options?: SignalOption): Promise<LockEvent[]>;
  isLocked(id: string, options?: SignalOption): Promise<boolean>;
}

export interface SubtypeAdminActions {
  /** Hidden upstream route; registry admins only. */
  delete(id: string, options?: SignalOption): Promise<void>;
}

export interface WriteActions<I, D> {
  seed(options?: SignalOption): Promise<SeededItem>;
  create(domainInfo: D, options?: WaitableOptions): Promise<CreateResult<I>>;
  update(id: string, domainInfo: D, options?: UpdateOptions): Promise<UpdateResult>;
  revert(id: string, historyId: number, reason: string, options?: SignalOption): Promise<void>;
}

export interface ProxyWriteActions<I, D> extends Omit<WriteActions<I, D>, "update"> {
  update(id: string, domainInfo: D, options?: ProxyUpdateOptions): Promise<UpdateResult>;
}

export interface VersionActions {
  /** A new version of `id` (admin on the item; latest version only). */
  version(id: string, reason: string, options?: WaitableOptions): Promise<VersionResult>;
}

/** One page of the datasets a reviewer is asked to release. May be short or empty while `paginationKey` is set. */
export interface ReviewingPage {
  readonly items: ItemDataset[];
  readonly paginationKey: PaginationKey | null;
  readonly status: Status;
}

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

/** The user a service account acts for: sent as `X-User-Context` (plain JSON, or a pre-encoded string). */
export type UserContext = { readonly username: string; readonly email?: string | null | undefined; readonly roles: readonly string[] } | string;

type Entry<K extends SubtypeKey> = (typeof SUBTYPE_TABLE)[K];

export type ProxyActions<K extends SubtypeKey> = { readonly fetch: FetchMethod<ItemOf<K>> } & (Entry<K>["routes"] extends "SERVICE_PROXY"
  ? ProxyWriteActions<ItemOf<K>, DomainInfoOf<K>>
  : unknown) &
  (Entry<K>["versionRoute"] extends "proxy" ? VersionActions : unknown);

export interface ReadActions<K extends SubtypeKey> {
  readonly subtype: RegistrySubtype;
  readonly fetch: FetchMethod<ItemOf<K>>;
  list<R extends RecordTypeFilter = "COMPLETE_ONLY">(options?: ListPageOptions<R>): Promise<ListPage<ItemOf<K>>>;
  /** Every item across pages (empty pages are skipped, a repeated key is a PaginationError). */
  listAll<R extends RecordTypeFilter = "COMPLETE_ONLY">(options?: ListOptions<R>): PageIterable<ListedItem<ItemOf<K>, R>, ListPage<ItemOf<K>>>;
  /** Server-side validation: a soft failure becomes `{ valid: false, details }`. */
  validate(domainInfo: DomainInfoOf<K>, options?: SignalOption): Promise<ValidationResult>;
  /** JSON schema of the domain info. */
  schema(options?: SignalOption): Promise<Record<string, unknown>>;
  uiSchema(options?: SignalOption): Promise<Record<string, unknown>>;
  readonly auth: AuthActions;
  readonly locks: LockActions;
  readonly admin: SubtypeAdminActions;
  /** The hidden service-proxy routes, acting for `user` (needs a service role or registry admin). */
  proxy(user: UserContext): ProxyActions<K>;
}

/** The client of one subtype: exactly the actions its route set has. */
export type SubtypeClient<K extends SubtypeKey> = ReadActions<K> &
  (Entry<K>["routes"] extends "STANDARD" ? WriteActions<ItemOf<K>, DomainInfoOf<K>> : unknown) &
  (Entry<K>["versionRoute"] extends "plain" ? VersionActions : unknown) &
  (Entry<K>["releaseReviews"] extends true ? ReviewingActions : unknown);
