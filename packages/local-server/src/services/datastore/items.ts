// `/registry/items/*` (behaviour.md §3.2): the dataset list and fetch with the caller's rights,
// and presigned GET URLs for one file (item role `dataset-data-read`; paths that could leave the
// dataset's prefix and missing files refused).
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { detailReply, type Reply } from "../../http/reply.js";
import { validationReply } from "../common/fastapi-422.js";
import { parseBody, requireBody } from "../common/request-body.js";
import type { OperationRequest } from "../handler.js";
import { listRequestIssues, type ListRequest } from "../registry/list-query.js";
import { datastoreRequestModels } from "./collection-format.js";
import { DATASET_PATH, datasetStorage, sanitiseHandle } from "./dataset-files.js";
import { actorOf, fetchDataset, listDatasets, type FetchedDataset, type Outcome } from "./registry-calls.js";
import { badRequest, detailOf, status, typedReply } from "./responses.js";

type Request = OperationRequest<AuthenticatedUser>;

export async function listDatasetItems({ http, user, context }: Request): Promise<Reply> {
  const body = await parseBody(http, datastoreRequestModels().NoFilterSubtypeListRequest, true);
  if (!body.ok) return body.reply;
  const request = (body.value ?? {}) as ListRequest;
  const issues = listRequestIssues(request);
  if (issues.length > 0) return validationReply(issues);
  return listDatasets(context, actorOf(user), request);
}

/** upstream's fetch_dataset_helper: an empty id is a 400, then the user fetch. */
function fetchForUser(request: Request, id: string): Outcome<FetchedDataset> {
  if (id === "") return { ok: false, reply: badRequest("Empty string received for query handle_id") };
  return fetchDataset(request.context, actorOf(request.user))(id);
}

export function fetchDatasetItem(request: Request): Reply {
  const id = String(request.query.handle_id);
  const fetched = fetchForUser(request, id);
  if (!fetched.ok) return fetched.reply;
  return typedReply("RegistryFetchResponse", {
    status: status(true, `Successfully fetched data for handle '${id}'`),
    item: fetched.value.item,
    roles: fetched.value.roles,
    locked: fetched.value.locked,
  });
}

/** Substrings a presigned file path may not contain (upstream's list, checked in this order). */
export const ILLEGAL_PATH_SUBSTRINGS = ["../", "/../", "..", "//", "\\", "\\\\"] as const;

const pythonList = (values: readonly string[]): string => `[${values.map((v) => `'${v}'`).join(", ")}]`;

export async function presignedUrl(request: Request): Promise<Reply> {
  const body = await requireBody(request.http, datastoreRequestModels().PresignedURLRequest);
  if (!body.ok) return body.reply;
  const { dataset_id: datasetId, file_path: filePath } = body.value;
  const expiresIn = body.value.expires_in ?? 10800;
  const fetched = fetchForUser(request, datasetId);
  const refusal = !fetched.ok
    ? fetched.reply
    : fetched.value.roles.includes("dataset-data-read")
      ? undefined
      : detailReply(
          401,
          `User ${request.user.username} does not have expected dataset data privileges for dataset with id '${datasetId}'.Expected roles of ${pythonList(["dataset-data-read"])} but got ${pythonList(fetched.value.roles)}`,
        );
  if (refusal !== undefined) return detailReply(refusal.status, `Failed to generate presigned url. Error: ${detailOf(refusal)}`);
  for (const illegal of ILLEGAL_PATH_SUBSTRINGS) {
    if (filePath.includes(illegal)) return badRequest(`File path '${filePath}' contains '${illegal}' which is not allowed.`);
  }
  const storage = datasetStorage(request.context);
  const key = `${DATASET_PATH}/${sanitiseHandle(datasetId)}/${filePath}`;
  if (!(await storage.hasObject(storage.datasetBucket, key))) return badRequest(`File path '${filePath}' does not exist in dataset with id ${datasetId}`);
  return typedReply("PresignedURLResponse", {
    dataset_id: datasetId,
    file_path: filePath,
    presigned_url: storage.presignGet(storage.datasetBucket, key, expiresIn),
  });
}
