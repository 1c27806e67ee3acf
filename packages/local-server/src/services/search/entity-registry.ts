// `GET /search/entity-registry` (behaviour.md §6): ranked ids and scores over every registry
// item. No access filtering, as upstream: clients resolve each hit through registry fetch.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { detailReply, jsonReply } from "../../http/reply.js";
import type { OperationHandler } from "../handler.js";
import { SEARCH_INDEX } from "./search-index-store.js";
import { querySize } from "./search-settings.js";

const optionalString = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const optionalNumber = (value: unknown): number | undefined => (typeof value === "number" ? value : undefined);

export const searchEntityRegistry: OperationHandler<AuthenticatedUser> = ({ query, context }) => {
  const size = querySize(optionalNumber(query.record_limit));
  // min(negative, max) reaches OpenSearch upstream, which refuses it; the route wraps that in a 500.
  if (size < 0) return detailReply(500, `Failed to search, error: [size] parameter cannot be negative, found [${size}]`);
  const results = context.store(SEARCH_INDEX).search({
    text: optionalString(query.query) ?? "",
    subtype: optionalString(query.subtype_filter),
    size,
  });
  return jsonReply(200, {
    status: { success: true, details: `Returned ${results.length} results with no issues.` },
    results,
    // Optional fields serialise as explicit null (behaviour.md §1.1); warnings only list hits
    // whose index document could not be read, which this index cannot produce.
    warnings: null,
  });
};
