// `{P}/user/releases` (DATASET): the datasets a reviewer is asked to release, one page or all of
// them through http-core's paginate. The route's refusals (no reviewer, caller not linked to a
// Person: 400; reviewer not the caller's Person: 403) arrive as http-core's HTTP errors.
import { PaginatedDatasetListResponseSchema } from "@provena-sdk/models/registry";
import type { Operation } from "@provena-sdk/http-core";
import { paginate } from "@provena-sdk/http-core";
import type { ItemDataset, PaginatedDatasetListResponse } from "@provena-sdk/models/registry";
import { call } from "../context.js";
import type { PaginationKey, ReviewingPageOptions } from "../listing/list-options.js";
import { reviewingListBody } from "../listing/list-options.js";
import type { RouteScope } from "./route-scope.js";
import type { ReviewingActions, ReviewingPage } from "./types.js";

function reviewingRequest(scope: RouteScope, reviewer: string, options: ReviewingPageOptions): Operation<unknown> & { operationName: string } {
  return {
    method: "POST",
    path: `${scope.base}/user/releases`,
    json: reviewingListBody(reviewer, options, options.paginationKey ?? null),
    idempotent: true,
    signal: options.signal,
    operationName: `${scope.operation}.reviewing`,
  };
}

function toPage(body: PaginatedDatasetListResponse): ReviewingPage {
  return { items: body.dataset_items ?? [], paginationKey: body.pagination_key ?? null, status: body.status };
}

export function reviewingActions(scope: RouteScope): ReviewingActions {
  const schema = PaginatedDatasetListResponseSchema;
  const { transport } = scope.context;
  const operationName = `${scope.operation}.reviewing`;
  return {
    reviewing: async (reviewer, options = {}) => toPage(await call(scope.context, { ...reviewingRequest(scope, reviewer, options), schema })),
    // As listAll: pages arrive unvalidated and each is validated after the next was asked for.
    reviewingAll: (reviewer, options = {}) =>
      paginate<ReviewingPage, ItemDataset, unknown>(
        (key, signal) => call(scope.context, reviewingRequest(scope, reviewer, { ...options, paginationKey: key as PaginationKey | null, signal })),
        {
          validate: (raw) => toPage(transport.validate(schema, raw, { method: "POST", url: `${transport.endpoints.registry}${scope.base}/user/releases`, operationName })),
          rawNextKey: (raw) => (typeof raw === "object" && raw !== null ? (raw as { pagination_key?: unknown }).pagination_key : undefined),
          items: (page) => page.items,
          nextKey: (page) => page.paginationKey,
          signal: options.signal,
          operationName,
          prefetch: options.prefetch ?? true,
        },
      ),
  };
}
