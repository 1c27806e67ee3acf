// List requests → an index query (behaviour.md §1.5): the supported (filter, sort) pairs pick
// an index, everything else is the upstream 400; `page_size` is the index Limit, applied
// before the record-type/release-status post-filter and before the access filter.
import type { Reply } from "../../http/reply.js";
import type { ValidationIssue } from "../../spec/query.js";
import { InvalidPaginationKeyError, type IndexName, type SortAttribute } from "./list-index.js";
import type { RegistryStore } from "./registry-store.js";
import { badRequest } from "./responses.js";
import type { StoredItem } from "./tables.js";
import { rootIssue } from "../common/fastapi-422.js";

export interface ListFilter {
  readonly record_type?: string | null;
  readonly item_subtype?: string | null;
  readonly release_reviewer?: string | null;
  readonly release_status?: string | null;
}

export interface ListSort {
  readonly sort_type?: string | null;
  readonly ascending?: boolean | null;
  readonly begins_with?: string | null;
}

export interface ListRequest {
  readonly filter_by?: ListFilter | null;
  readonly sort_by?: ListSort | null;
  readonly pagination_key?: Record<string, unknown> | null;
  readonly page_size?: number | null;
}

const SORT_ATTRIBUTES: Readonly<Record<string, SortAttribute>> = {
  UPDATED_TIME: "updated_timestamp",
  CREATED_TIME: "created_timestamp",
  DISPLAY_NAME: "display_name",
  RELEASE_TIMESTAMP: "release_timestamp",
  ACCESS_INFO_URI_BEGINS_WITH: "access_info_uri",
};

/** pydantic's root validators on SortOptions and FilterOptions (→ 422). */
export function listRequestIssues(request: ListRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const sort = request.sort_by;
  if (sort !== undefined && sort !== null) {
    const isBeginsWith = sort.sort_type === "ACCESS_INFO_URI_BEGINS_WITH";
    const hasPrefix = sort.begins_with !== undefined && sort.begins_with !== null;
    if (isBeginsWith && !hasPrefix) issues.push(rootIssue(["body", "sort_by"], "begins_with must be provided when sort_type is ACCESS_INFO_URI_BEGINS_WITH."));
    if (!isBeginsWith && hasPrefix) issues.push(rootIssue(["body", "sort_by"], "begins_with may only be provided when sort_type is ACCESS_INFO_URI_BEGINS_WITH."));
  }
  const filter = request.filter_by;
  if (filter?.item_subtype != null && filter.release_status != null) {
    issues.push(rootIssue(["body", "filter_by"], "Cannot filter by both item_subtype and release_status."));
  }
  return issues;
}

interface Plan {
  readonly index: IndexName;
  readonly partitionValue: string;
  readonly beginsWith: string | undefined;
}

function derivePlan(filter: ListFilter, sort: ListSort): Plan | string {
  const sortType = sort.sort_type ?? null;
  const beginsWith = sort.begins_with ?? undefined;
  if (filter.release_reviewer != null) {
    if (sortType !== null && sortType !== "RELEASE_TIMESTAMP") return `sort type ${sortType} with a release_reviewer filter`;
    return { index: { partition: "release_approver", sort: sortType === null ? "updated_timestamp" : "release_timestamp" }, partitionValue: filter.release_reviewer, beginsWith: undefined };
  }
  if (filter.item_subtype != null) {
    if (sortType === "RELEASE_TIMESTAMP") return `sort type ${sortType} with an item_subtype filter`;
    const attribute = SORT_ATTRIBUTES[sortType ?? "UPDATED_TIME"] ?? "updated_timestamp";
    return { index: { partition: "item_subtype", sort: attribute }, partitionValue: filter.item_subtype, beginsWith };
  }
  if (sortType === "RELEASE_TIMESTAMP" || sortType === "ACCESS_INFO_URI_BEGINS_WITH") return `sort type ${sortType} without an item_subtype or release_reviewer filter`;
  const attribute = SORT_ATTRIBUTES[sortType ?? "UPDATED_TIME"] ?? "updated_timestamp";
  return { index: { partition: "universal_partition_key", sort: attribute }, partitionValue: "OK", beginsWith: undefined };
}

/** The record-type / release-status post-filter (release_status overrides record_type). */
function postFilter(filter: ListFilter): (item: StoredItem) => boolean {
  if (filter.release_status != null) {
    const wanted = filter.release_status;
    return (item) => item.release_status === wanted;
  }
  switch (filter.record_type ?? "COMPLETE_ONLY") {
    case "ALL":
      return () => true;
    case "SEED_ONLY":
      return (item) => item.record_type === "SEED_ITEM";
    default:
      return (item) => item.record_type === "COMPLETE_ITEM";
  }
}

export interface ListPage {
  /** Items that passed the post-filter (before the access filter), in index order. */
  readonly items: StoredItem[];
  readonly paginationKey: Record<string, unknown> | null;
}

export type ListOutcome = { ok: true; page: ListPage } | { ok: false; reply: Reply };

export function runListQuery(store: RegistryStore, request: ListRequest, fixedSubtype?: string): ListOutcome {
  const filter: ListFilter = { ...(request.filter_by ?? {}), ...(fixedSubtype === undefined ? {} : { item_subtype: fixedSubtype }) };
  const sort: ListSort = request.sort_by ?? {};
  const plan = derivePlan(filter, sort);
  if (typeof plan === "string") {
    return { ok: false, reply: badRequest(`Failed to generate query parameters. Error: Could not derive an index name for ${plan}.`) };
  }
  const pageSize = request.page_size ?? 20;
  if (pageSize < 1) return { ok: false, reply: badRequest(`Failed to generate query parameters. Error: page_size must be at least 1, got ${pageSize}.`) };
  let result;
  try {
    result = store.indexes.query(plan.index, {
      partitionValue: plan.partitionValue,
      ascending: sort.ascending ?? false,
      limit: pageSize,
      beginsWith: plan.beginsWith,
      startKey: request.pagination_key ?? undefined,
    });
  } catch (error) {
    if (error instanceof InvalidPaginationKeyError) return { ok: false, reply: badRequest(`Invalid pagination key. Error: ${error.message}`) };
    throw error;
  }
  const keep = postFilter(filter);
  // A reviewer query may also carry item_subtype; it then filters like the other post-filters.
  const subtype = filter.release_reviewer != null ? filter.item_subtype : null;
  const items: StoredItem[] = [];
  for (const id of result.ids) {
    const item = store.item(id);
    if (item !== undefined && keep(item) && (subtype == null || item.item_subtype === subtype)) items.push(item);
  }
  return { ok: true, page: { items, paginationKey: result.lastKey } };
}
