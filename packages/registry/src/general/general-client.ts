// /registry/general: fetch and list across subtypes. Items are the raw stored records (absent
// keys omitted), so they are typed as plain objects with the RecordInfo fields every item has.
import { PaginatedListResponseSchema, UntypedFetchResponseSchema, VersionDetailsSchema } from "@provena-sdk/models/registry";
import type { PageIterable } from "@provena-sdk/http-core";
import { paginate } from "@provena-sdk/http-core";
import type { PaginatedListResponse, RawRegistryItem, Status, VersionDetails } from "@provena-sdk/models/registry";
import type { RegistryContext } from "../context.js";
import { call } from "../context.js";
import type { GeneralListOptions, GeneralListPageOptions, PaginationKey } from "../listing/list-options.js";
import { generalListBody } from "../listing/list-options.js";
import { countBySubtype, type CountBySubtypeOptions, type SubtypeCounts } from "./count-by-subtype.js";
import type { SignalOption } from "../subtypes/types.js";

export type { RawRegistryItem };

/** One page of the general list. `items` may be short or empty while `paginationKey` is set. */
export interface GeneralListPage {
  /** The stored records of any subtype the caller may read, unparsed (seeds too with `recordType` SEED_ONLY or ALL). */
  readonly items: RawRegistryItem[];
  /** The key for the next page; null when the listing is done. */
  readonly paginationKey: PaginationKey | null;
  /** The response envelope's status. */
  readonly status: Status;
}

/**
 * The cross-subtype routes (`/registry/general/*`): fetch any item by id without knowing its
 * subtype, list across subtypes, count, version info. Items are the raw stored records, not
 * parsed as a subtype. Needs `entity-registry-read`; items the caller may not read are left out.
 */
export interface GeneralClient {
  /** Any item, seeds included; not found is an ItemNotFoundError. */
  fetch(id: string, options?: SignalOption): Promise<RawRegistryItem>;
  /**
   * One page across subtypes (`POST /registry/general/list`), filtered by subtype, record type,
   * release reviewer or release state; newest update first by default. Unlike the subtype lists
   * it does not report how many items were hidden from the caller.
   */
  list(options?: GeneralListPageOptions): Promise<GeneralListPage>;
  /** Every item across pages of the general list (short and empty pages followed, a repeated key is a PaginationError). */
  listAll(options?: GeneralListOptions): PageIterable<RawRegistryItem, GeneralListPage>;
  /**
   * How many items of each subtype you can read (there is no route for it: this pages through
   * the general list, `COUNT_PAGE_SIZE` items per request). Every known subtype is a key.
   */
  countBySubtype(options?: CountBySubtypeOptions): Promise<SubtypeCounts>;
  /** Hidden upstream route for service accounts: fetch as `username`. */
  proxyFetch(id: string, username: string, options?: SignalOption): Promise<RawRegistryItem>;
  /** The deployed registry's version details. */
  versionInfo(options?: SignalOption): Promise<VersionDetails>;
}

export function createGeneralClient(context: RegistryContext): GeneralClient {
  const fetchRaw = async (id: string, query: Record<string, string>, path: string, operationName: string, signal?: AbortSignal) => {
    const body = await call(
      context,
      { method: "GET", path, query: { id, ...query }, schema: UntypedFetchResponseSchema, signal, operationName },
      { kind: "fetch", id },
    );
    return (body.item ?? {}) as RawRegistryItem;
  };
  const listRequest = (options: GeneralListPageOptions) => ({
    method: "POST" as const,
    path: "/registry/general/list",
    json: generalListBody(options, options.paginationKey ?? null),
    idempotent: true,
    signal: options.signal,
    operationName: "registry.general.list",
  });
  const schema = PaginatedListResponseSchema;
  const toPage = (body: PaginatedListResponse): GeneralListPage => ({
    items: (body.items ?? []) as RawRegistryItem[],
    paginationKey: body.pagination_key ?? null,
    status: body.status,
  });
  const list = async (options: GeneralListPageOptions = {}): Promise<GeneralListPage> => toPage(await call(context, { ...listRequest(options), schema }));
  const listAll = (options: GeneralListOptions = {}): PageIterable<RawRegistryItem, GeneralListPage> =>
    // As the subtype listings: each page is validated after the next one has been asked for.
    paginate<GeneralListPage, RawRegistryItem, unknown>(
      (key, signal) => call(context, listRequest({ ...options, paginationKey: key as PaginationKey | null, signal })),
      {
        validate: (raw) =>
          toPage(
            context.transport.validate(schema, raw, {
              method: "POST",
              url: `${context.transport.endpoints.registry}/registry/general/list`,
              operationName: "registry.general.list",
            }),
          ),
        rawNextKey: (raw) => (typeof raw === "object" && raw !== null ? (raw as { pagination_key?: unknown }).pagination_key : undefined),
        items: (page) => page.items,
        nextKey: (page) => page.paginationKey,
        signal: options.signal,
        operationName: "registry.general.list",
        prefetch: options.prefetch ?? true,
      },
    );
  return {
    fetch: (id, options = {}) => fetchRaw(id, {}, "/registry/general/fetch", "registry.general.fetch", options.signal),
    proxyFetch: (id, username, options = {}) => fetchRaw(id, { username }, "/registry/general/proxy/fetch", "registry.general.proxyFetch", options.signal),
    list,
    listAll,
    countBySubtype: (options) => countBySubtype(listAll, options),
    versionInfo: (options = {}) =>
      call(context, {
        method: "GET",
        path: "/registry/general/about/version",
        schema: VersionDetailsSchema,
        envelope: false,
        signal: options.signal,
        operationName: "registry.general.versionInfo",
      }),
  };
}
