// Subtype list: one page, or every item through http-core's paginate (which goes on through
// short and empty pages and stops on a repeated key).
import type { Model, Operation, PageIterable } from "@provena-sdk/http-core";
import { paginate } from "@provena-sdk/http-core";
import type { SeededItem, Status } from "@provena-sdk/models/registry";
import { call } from "../context.js";
import type { ListedItem, ListOptions, ListPageOptions, PaginationKey, RecordTypeFilter } from "../listing/list-options.js";
import { subtypeListBody } from "../listing/list-options.js";
import type { RegistryContext } from "../context.js";
import type { Scope } from "./route-scope.js";
import type { ListPage } from "./types.js";

// Only the transport is needed, so the modular listItems/listAllItems share these actions.
type ListScope = Scope<Pick<RegistryContext, "transport">>;

interface ListBody {
  status: Status;
  items?: unknown[] | null;
  seed_items?: SeededItem[] | null;
  unparsable_items?: Record<string, unknown>[] | null;
  not_authorised_count?: number | null;
  pagination_key?: PaginationKey | null;
}

function listRequest(scope: ListScope, options: ListPageOptions): Operation<unknown> & { operationName: string } {
  return {
    method: "POST",
    path: `${scope.base}/list`,
    json: subtypeListBody(options, options.paginationKey ?? null),
    // A page with unparsable records says success=false but still carries the rest: keep it.
    envelope: false,
    idempotent: true,
    signal: options.signal,
    operationName: `${scope.operation}.list`,
  };
}

function toPage<I>(body: ListBody): ListPage<I> {
  return {
    items: (body.items ?? []) as I[],
    seedItems: body.seed_items ?? [],
    unparsableItems: body.unparsable_items ?? [],
    notAuthorisedCount: body.not_authorised_count ?? 0,
    paginationKey: body.pagination_key ?? null,
    status: body.status,
  };
}

export function listAction<I>(scope: ListScope): (options?: ListPageOptions) => Promise<ListPage<I>> {
  const schema = scope.models.listResponse as Model<ListBody>;
  return async (options = {}) => toPage<I>((await call(scope.context, { ...listRequest(scope, options), schema })));
}

export function listAllAction<I>(
  scope: ListScope,
): <R extends RecordTypeFilter = "COMPLETE_ONLY">(options?: ListOptions<R>) => PageIterable<ListedItem<I, R>, ListPage<I>> {
  const schema = scope.models.listResponse as Model<ListBody>;
  const { transport } = scope.context;
  return <R extends RecordTypeFilter>(options: ListOptions<R> = {}) =>
    // Pages arrive unvalidated; each is validated after the next one has been asked for, so the
    // server prepares page N+1 while this side checks page N.
    paginate<ListPage<I>, ListedItem<I, R>, unknown>(
      (key, signal) => call(scope.context, listRequest(scope, { ...options, paginationKey: key as PaginationKey | null, signal })),
      {
        validate: (raw) =>
          toPage<I>(transport.validate(schema, raw, { method: "POST", url: `${transport.endpoints.registry}${scope.base}/list`, operationName: `${scope.operation}.list` })),
        rawNextKey: (raw) => (isRecord(raw) ? raw["pagination_key"] : undefined),
        items: (page) => [...page.items, ...page.seedItems] as ListedItem<I, R>[],
        nextKey: (page) => page.paginationKey,
        signal: options.signal,
        operationName: `${scope.operation}.list`,
        prefetch: options.prefetch ?? true,
      },
    );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
