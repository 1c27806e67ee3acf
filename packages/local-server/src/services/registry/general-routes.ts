// `/registry/general/*` and the dataset `/user/releases` list (behaviour.md §2.6, §2.2):
// raw (unparsed, absent keys omitted) items across subtypes, access-filtered.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { jsonReply, detailReply, type Reply } from "../../http/reply.js";
import { LINKS } from "../auth/links.js";
import type { OperationHandler, OperationRequest } from "../handler.js";
import { allows, describeItemAccess, type AccessSubject } from "./access.js";
import { fromToken, hasServiceRole, serviceRoleReply } from "./actor.js";
import { parseBody } from "../common/request-body.js";
import { listRequestIssues, runListQuery, type ListRequest } from "./list-query.js";
import { readFilter } from "./read-ops.js";
import { registryStore } from "./registry-store.js";
import { requestModel } from "./request-models.js";
import { badRequest, softFailure, status, typedReply, unauthorised } from "./responses.js";
import { validationReply } from "../common/fastapi-422.js";
import { deleteItem } from "./write-ops.js";
import type { ServiceContext } from "../context.js";

type Request = OperationRequest<AuthenticatedUser>;

const idOf = (request: Request): string => String(request.query.id ?? "");

function rawFetch(context: ServiceContext, subject: AccessSubject, id: string): Reply {
  const item = registryStore(context).item(id);
  if (item === undefined) return softFailure("UntypedFetchResponse", `Item with id ${id} was not found in the registry.`);
  if (!allows(describeItemAccess(context, id, subject) ?? [], "read")) return unauthorised("You are not authorised to fetch this item.");
  return jsonReply(200, { status: status(true, "Successfully fetched item."), item });
}

const generalList: OperationHandler<AuthenticatedUser> = async (request) => {
  const body = await parseBody(request.http, requestModel("GeneralListRequest"), true);
  if (!body.ok) return body.reply;
  const listRequest = (body.value ?? {}) as ListRequest;
  const issues = listRequestIssues(listRequest);
  if (issues.length > 0) return validationReply(issues);
  const store = registryStore(request.context);
  const outcome = runListQuery(store, listRequest);
  if (!outcome.ok) return outcome.reply;
  const canRead = readFilter(request.context, store, fromToken(request.user));
  const items = outcome.page.items.filter(canRead);
  return jsonReply(200, { status: status(true, "Successfully listed items."), items, total_item_count: items.length, pagination_key: outcome.page.paginationKey });
};

const userReleases: OperationHandler<AuthenticatedUser> = async (request) => {
  const body = await parseBody(request.http, requestModel("ListUserReviewingDatasetsRequest"));
  if (!body.ok) return body.reply;
  const listRequest = body.value as ListRequest;
  const issues = listRequestIssues(listRequest);
  if (issues.length > 0) return validationReply(issues);
  const reviewer = listRequest.filter_by?.release_reviewer;
  if (reviewer === undefined || reviewer === null) return badRequest("filter_by.release_reviewer is required to list the datasets you are reviewing.");
  const person = request.context.store(LINKS).lookup(request.user.username);
  if (person === undefined) return badRequest("In order to perform this operation you must link your User account to a Person in the registry.");
  if (person !== reviewer) return detailReply(403, `You can only list the releases you review: your linked Person is ${person}, not ${reviewer}.`);
  const store = registryStore(request.context);
  const outcome = runListQuery(store, listRequest);
  if (!outcome.ok) return outcome.reply;
  const canRead = readFilter(request.context, store, fromToken(request.user));
  const items = outcome.page.items.filter((item) => item.item_subtype === "DATASET" && canRead(item));
  return typedReply("PaginatedDatasetListResponse", {
    status: status(true, "Successfully listed the datasets you review."),
    dataset_items: items,
    total_dataset_count: items.length,
    pagination_key: outcome.page.paginationKey,
  });
};

export const generalRoutes: Record<string, OperationHandler<AuthenticatedUser>> = {
  "POST /registry/general/list": generalList,
  "GET /registry/general/fetch": (request) => rawFetch(request.context, fromToken(request.user), idOf(request)),
  // Upstream names the user in a plain query parameter here; its roles are unknown, so only
  // ownership, general and group roles count.
  "GET /registry/general/proxy/fetch": (request) => {
    if (!hasServiceRole(request.user, ["data-store-api", "prov-api"])) return serviceRoleReply();
    return rawFetch(request.context, { username: String(request.query.username ?? ""), roles: [] }, idOf(request));
  },
  "DELETE /registry/general/delete": (request) => deleteItem(request.context, idOf(request)),
  "GET /registry/general/about/version": () =>
    typedReply("VersionDetails", { tag_name: "provena-local", release_title: "provena-local: offline Provena-compatible registry" }),
  "POST /registry/entity/dataset/user/releases": userReleases,
};
