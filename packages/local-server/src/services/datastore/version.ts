// `POST /register/version` (behaviour.md §3.2): the registry's proxy version (item admin, latest
// version only), then a fresh storage prefix for the new handle with `metadata.json`, and a proxy
// update that points the new item there with its release state reset and `user_metadata`
// dropped (so the new version has two history entries). Files are not copied.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { jsonReply, type Reply } from "../../http/reply.js";
import { requireBody } from "../common/request-body.js";
import type { OperationRequest } from "../handler.js";
import { datastoreRequestModels, fieldProblem } from "./collection-format.js";
import { datasetStorage, s3LocationFor, writeMetadataFile } from "./dataset-files.js";
import { actorOf, fetchDataset, updateDataset, versionDataset } from "./registry-calls.js";
import { serverError } from "./responses.js";

export const VERSION_STORAGE_REASON = "(System) Dataset S3 path updated to new version's storage location";

export async function versionDatasetRoute({ http, user, context }: OperationRequest<AuthenticatedUser>): Promise<Reply> {
  const body = await requireBody(http, datastoreRequestModels().VersionRequest);
  if (!body.ok) return body.reply;
  const actor = actorOf(user);
  const versioned = versionDataset(context, actor, body.value);
  if (!versioned.ok) return versioned.reply;
  const newId = versioned.value.new_version_id;
  const fetched = fetchDataset(context, actor)(newId);
  if (!fetched.ok) return fetched.reply;
  const item = fetched.value.item;
  const cf = item.collection_format;
  const problem = fieldProblem(cf);
  if (problem !== undefined) {
    return serverError(
      `New item ID ${newId}. Version succeeded, but resulting item had invalid metadata. S3 storage location is not provisioned and dataset may not function correctly. Please contact an administrator. Error: ${problem}.`,
    );
  }
  const storage = datasetStorage(context);
  const location = s3LocationFor(storage, newId);
  if (await storage.hasPrefix(location.bucket_name, location.path)) {
    return serverError(`Version succeeded, however failed to find a unique S3 path. No storage location provisioned, dataset may not function properly. Error: ${location.s3_uri} is in use.`);
  }
  await writeMetadataFile(storage, location, cf);
  const updated = updateDataset(context, actor, {
    id: newId,
    reason: VERSION_STORAGE_REASON,
    domain: {
      display_name: item.display_name,
      collection_format: cf,
      s3: location,
      release_status: "NOT_RELEASED",
      access_info_uri: cf.dataset_info.access_info.uri,
    },
  });
  if (!updated.ok) return updated.reply;
  return jsonReply(200, { new_version_id: newId, version_job_session_id: versioned.value.version_job_session_id });
}
