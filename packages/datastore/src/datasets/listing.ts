// The dataset list: one page, or every dataset through http-core's paginate (which follows
// short and empty pages and stops on a repeated key).
import type { PageIterable } from "@provena-sdk/http-core";
import { paginate } from "@provena-sdk/http-core";
import type { DatasetListResponse, ItemDataset, NoFilterSubtypeListRequest } from "@provena-sdk/models/datastore";
import type { DatastoreContext } from "../context.js";
import { invoke } from "../context.js";
import { responseSchema } from "../routes/models.js";
import { DATASTORE_ROUTES } from "../routes/table.js";
import type { DatasetListPage, ListOptions, ListPageOptions, PaginationKey } from "./types.js";

function listBody(options: ListOptions, key: PaginationKey | null): NoFilterSubtypeListRequest {
  const sort = options.sort;
  return {
    sort_by: sort === undefined ? undefined : { sort_type: sort.by ?? null, ascending: sort.ascending ?? false, begins_with: sort.beginsWith ?? null },
    pagination_key: key,
    page_size: options.pageSize,
  };
}

function toPage(body: DatasetListResponse): DatasetListPage {
  return {
    items: body.items ?? [],
    seedItems: body.seed_items ?? [],
    unparsableItems: body.unparsable_items ?? [],
    notAuthorisedCount: body.not_authorised_count ?? 0,
    paginationKey: body.pagination_key ?? null,
    status: body.status,
  };
}

export async function listPage(context: DatastoreContext, options: ListPageOptions = {}): Promise<DatasetListPage> {
  return toPage(await invoke(context, "list", { json: listBody(options, options.paginationKey ?? null), signal: options.signal }));
}

export function listAll(context: DatastoreContext, options: ListOptions = {}): PageIterable<ItemDataset, DatasetListPage> {
  const { transport } = context;
  const url = `${transport.endpoints.datastore}${DATASTORE_ROUTES.list.path}`;
  return paginate<DatasetListPage, ItemDataset, unknown>(
    // Pages arrive unvalidated; each is validated after the next has been asked for.
    (key, signal) =>
      transport.request({
        service: "datastore",
        method: "POST",
        path: DATASTORE_ROUTES.list.path,
        json: listBody(options, (key ?? null) as PaginationKey | null),
        envelope: false,
        idempotent: true,
        signal,
        operationName: "datastore.list",
      }),
    {
      validate: (raw) => toPage(transport.validate(responseSchema("list"), raw, { method: "POST", url, operationName: "datastore.list" })),
      rawNextKey: (raw) => (typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>)["pagination_key"] : undefined),
      items: (page) => page.items,
      nextKey: (page) => page.paginationKey,
      signal: options.signal,
      operationName: "datastore.list",
      prefetch: options.prefetch ?? true,
    },
  );
}
