// `POST /register/update-metadata` and `PUT /register/revert-metadata` (behaviour.md §3.2):
// both fetch the dataset with the caller's rights, refuse a locked dataset and a caller without
// a metadata-writing role (401), write through the registry's proxy update (so release state and
// storage location are kept, and `access_info_uri` follows the collection format) and rewrite
// `metadata.json`. Revert restores only the collection format of a history entry.
import type { CollectionFormat } from "@provena-sdk/models/datastore";
import type { AuthenticatedUser } from "../../auth/bearer.js";
import type { Reply } from "../../http/reply.js";
import { validationReply } from "../common/fastapi-422.js";
import { readJson, requireBody } from "../common/request-body.js";
import type { OperationRequest } from "../handler.js";
import type { Actor } from "../registry/actor.js";
import type { ServiceContext } from "../context.js";
import { datastoreRequestModels, fieldProblem, parseCollectionFormat } from "./collection-format.js";
import { datasetStorage, writeMetadataFile } from "./dataset-files.js";
import { actorOf, datasetDomain, fetchDataset, registryValidationProblem, updateDataset, type FetchedDataset, type Outcome } from "./registry-calls.js";
import { badRequest, status, typedReply, unauthorised } from "./responses.js";

type Request = OperationRequest<AuthenticatedUser>;

/** Any of these item roles lets a caller write a dataset's metadata (upstream's METADATA_WRITE_ROLES). */
export const METADATA_WRITE_ROLES = ["metadata-write", "dataset-data-write", "admin"] as const;

/** The dataset, fetched as the caller, when it is unlocked and the caller may write its metadata. */
function writableDataset(context: ServiceContext, actor: Actor, id: string): Outcome<FetchedDataset> {
  const fetched = fetchDataset(context, actor)(id);
  if (!fetched.ok) return fetched;
  if (fetched.value.locked) return { ok: false, reply: unauthorised("This dataset is locked - you cannot update the metadata. Unlock the dataset first.") };
  if (!fetched.value.roles.some((role) => (METADATA_WRITE_ROLES as readonly string[]).includes(role))) {
    return { ok: false, reply: unauthorised("You are not authorised to write metadata for this dataset!") };
  }
  return fetched;
}

/** The collection format's own fields of a dataset's domain info. */
function withCollectionFormat(domain: Record<string, unknown>, cf: CollectionFormat): Record<string, unknown> {
  return {
    ...domain,
    display_name: cf.dataset_info.name,
    user_metadata: cf.dataset_info.user_metadata,
    collection_format: cf,
    access_info_uri: cf.dataset_info.access_info.uri,
  };
}

export async function updateMetadata({ http, user, query, context }: Request): Promise<Reply> {
  const raw = await readJson(http);
  if (!raw.ok) return raw.reply;
  const parsed = parseCollectionFormat(raw.value);
  if (!parsed.ok) return validationReply(parsed.issues);
  const cf = parsed.value;
  const problem = fieldProblem(cf);
  if (problem !== undefined) return badRequest(`Failed field value validation. Error: ${problem}`);
  const remote = registryValidationProblem(context, cf);
  if (!remote.ok) return remote.reply;
  if (remote.value !== undefined) return badRequest(`Registry API responded with an error during validation, error: ${remote.value}.`);

  const id = String(query.handle_id);
  const actor = actorOf(user);
  const dataset = writableDataset(context, actor, id);
  if (!dataset.ok) return dataset.reply;
  const { item } = dataset.value;
  // Storage location and release state stay; the collection format's fields follow the new one.
  const updated = updateDataset(context, actor, { id, reason: String(query.reason), domain: withCollectionFormat(datasetDomain(item), cf) });
  if (!updated.ok) return updated.reply;
  await writeMetadataFile(datasetStorage(context), item.s3, cf);
  return typedReply("UpdateMetadataResponse", {
    status: status(true, "Successfully updated metadata in Registry and S3 bucket - see location details."),
    handle: id,
    s3_location: item.s3,
  });
}

export async function revertMetadata({ http, user, context }: Request): Promise<Reply> {
  const body = await requireBody(http, datastoreRequestModels().ItemRevertRequest);
  if (!body.ok) return body.reply;
  const { id, history_id: historyId, reason } = body.value;
  const actor = actorOf(user);
  const dataset = writableDataset(context, actor, id);
  if (!dataset.ok) return dataset.reply;
  const { item } = dataset.value;
  const history = (Array.isArray(item.history) ? item.history : []) as { id: number; item: { collection_format: CollectionFormat } }[];
  const entry = history.find((e) => e.id === historyId);
  if (entry === undefined) {
    return badRequest(`The item with id ${id} does not have a history entry with id matching ${historyId}. No action taken.`);
  }
  const cf = entry.item.collection_format;
  const remote = registryValidationProblem(context, cf);
  if (!remote.ok) return remote.reply;
  if (remote.value !== undefined) {
    return badRequest(`Registry API responded with an error during validation of the target revert point, error: ${remote.value}.`);
  }
  const updated = updateDataset(context, actor, {
    id,
    reason: `Reverting dataset to history id ${historyId}. Reason: ${reason}.`,
    domain: withCollectionFormat(datasetDomain(item), cf),
  });
  if (!updated.ok) return updated.reply;
  await writeMetadataFile(datasetStorage(context), item.s3, cf);
  return typedReply("ItemRevertResponse", { status: status(true, "Successfully reverted metadata in Registry and S3 bucket - see location details.") });
}
