// Subtype list: one page, or every item through http-core's paginate (which goes on through
// short and empty pages and stops on a repeated key).
import type { PageIterable } from "@provena-sdk/http-core";
import { paginate } from "@provena-sdk/http-core";
import type { SeededItem, Status } from "@provena-sdk/models/registry";
import { call } from "../context.js";
import type { ListedItem, ListOptions, ListPageOptions, PaginationKey, RecordTypeFilter } from "../listing/list-options.js";
import { subtypeListBody } from "../listing/list-options.js";
import { responseSchema } from "./model-types.js";
import type { RouteScope } from "./route-scope.js";
import type { ListPage } from "./types.js";

interface ListBody {
  status: Status;
  items?: unknown[] | null;
  seed_items?: SeededItem[] | null;
  unparsable_items?: Record<string, unknown>[] | null;
  not_authorised_count?: number | null;
  pagination_key?: PaginationKey | null;
}

export function listAction<I>(scope: RouteScope): (options?: ListPageOptions) => Promise<ListPage<I>> {
  const schema = responseSchema(scope.models.listResponse);
  return async (options = {}) => {
    const body = (await call(scope.context, {
      method: "POST",
      path: `${scope.base}/list`,
      json: subtypeListBody(options, options.paginationKey ?? null),
      schema,
      // A page with unparsable records says success=false but still carries the rest: keep it.
      envelope: false,
      idempotent: true,
      signal: options.signal,
      operationName: `${scope.operation}.list`,
    })) as ListBody;
    return {
      items: (body.items ?? []) as I[],
      seedItems: body.seed_items ?? [],
      unparsableItems: body.unparsable_items ?? [],
      notAuthorisedCount: body.not_authorised_count ?? 0,
      paginationKey: body.pagination_key ?? null,
      status: body.status,
    };
  };
}

export function listAllAction<I>(
  scope: RouteScope,
  list: (options?: ListPageOptions) => Promise<ListPage<I>>,
): <R extends RecordTypeFilter = "COMPLETE_ONLY">(options?: ListOptions<R>) => PageIterable<ListedItem<I, R>, ListPage<I>> {
  return <R extends RecordTypeFilter>(options: ListOptions<R> = {}) =>
    paginate<ListPage<I>, ListedItem<I, R>>((key, signal) => list({ ...options, paginationKey: key as PaginationKey | null, signal }), {
      items: (page) => [...page.items, ...page.seedItems] as ListedItem<I, R>[],
      nextKey: (page) => page.paginationKey,
      signal: options.signal,
      operationName: `${scope.operation}.list`,
    });
}
