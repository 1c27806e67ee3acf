// `POST /register/mint-dataset` (behaviour.md §3.2), in upstream's order: the metadata's
// checks (soft failures), the registry's pre-validation with the caller's rights, the seed
// through the registry's proxy route, a fresh storage prefix with `metadata.json`, then the
// proxy update that completes the item and spawns the create-activity job.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import type { Reply } from "../../http/reply.js";
import { readJson } from "../common/request-body.js";
import { validationReply } from "../common/fastapi-422.js";
import type { OperationRequest } from "../handler.js";
import { fieldProblem, parseCollectionFormat } from "./collection-format.js";
import { datasetStorage, s3LocationFor, writeMetadataFile } from "./dataset-files.js";
import { actorOf, registryValidationProblem, seedDataset, updateDataset } from "./registry-calls.js";
import { badRequest, status, typedReply } from "./responses.js";

const failed = (details: string): Reply => typedReply("MintResponse", { status: status(false, details) });

export async function mintDataset({ http, user, context }: OperationRequest<AuthenticatedUser>): Promise<Reply> {
  const raw = await readJson(http);
  if (!raw.ok) return raw.reply;
  const parsed = parseCollectionFormat(raw.value);
  if (!parsed.ok) return validationReply(parsed.issues);
  const cf = parsed.value;
  const problem = fieldProblem(cf);
  if (problem !== undefined) return failed(`Failed field value validation. Error: ${problem}`);
  const remote = registryValidationProblem(context, cf);
  if (!remote.ok) return remote.reply;
  if (remote.value !== undefined) return failed(`Registry API responded with an error during validation, error: ${remote.value}.`);

  const actor = actorOf(user);
  const seeded = seedDataset(context, actor);
  if (!seeded.ok) return seeded.reply;
  const handle = seeded.value;
  const storage = datasetStorage(context);
  const location = s3LocationFor(storage, handle);
  if (await storage.hasPrefix(location.bucket_name, location.path)) {
    return badRequest(`Failed to find a unique S3 path - is your dataset name a duplicate? Error: the location ${location.s3_uri} is already in use.`);
  }
  await writeMetadataFile(storage, location, cf);
  const updated = updateDataset(context, actor, {
    id: handle,
    reason: "NA",
    domain: {
      display_name: cf.dataset_info.name,
      user_metadata: cf.dataset_info.user_metadata,
      collection_format: cf,
      s3: location,
      release_status: "NOT_RELEASED",
      access_info_uri: cf.dataset_info.access_info.uri,
    },
  });
  if (!updated.ok) return updated.reply;
  if (updated.value === null) {
    return typedReply("MintResponse", {
      status: status(
        false,
        "Successfully updated dataset, but no creation job was spun off. This is unexpected. Please contact an administrator. Your dataset may still function properly.",
      ),
      handle,
      s3_location: location,
    });
  }
  return typedReply("MintResponse", {
    status: status(true, "Successfully seeded location - see location details."),
    handle,
    s3_location: location,
    register_create_activity_session_id: updated.value,
  });
}
