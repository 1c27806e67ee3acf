// `/registry/credentials/generate-{read,write}-access-credentials` (behaviour.md §3.2): S3
// session credentials scoped to the dataset's prefix, issued by the server's dataset storage
// (upstream: STS AssumeRoleWithWebIdentity, 8 h). Read needs a data-reading item role, write a
// data-writing one (a registry admin passes both); write is refused with 401 while locked and
// 403 while a release is pending or done. Non-reposited datasets get credentials too
// (upstream's RRAPIS-1581).
//
// provena-local extension: the answer also carries `s3_endpoint` and `s3_region`, the S3
// endpoint (path-style) and region to use the credentials with. Real deployments omit them,
// meaning AWS S3 in the deployment's region.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import type { Reply } from "../../http/reply.js";
import { requireBody } from "../common/request-body.js";
import type { OperationRequest } from "../handler.js";
import { REGISTRY_ADMIN_ROLE } from "../registry/access.js";
import { datastoreRequestModels } from "./collection-format.js";
import { datasetStorage } from "./dataset-files.js";
import { actorOf, fetchDataset } from "./registry-calls.js";
import { forbidden, status, typedReply, unauthorised } from "./responses.js";

export const DATA_READ_ROLES = ["dataset-data-read", "dataset-data-write", "admin"] as const;
export const DATA_WRITE_ROLES = ["dataset-data-write", "admin"] as const;

/** Python's `datetime.isoformat()` of an aware UTC time, as pydantic serialises `expiry`. */
const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, "+00:00");

function credentialsRoute(write: boolean) {
  return async ({ http, user, context }: OperationRequest<AuthenticatedUser>): Promise<Reply> => {
    const body = await requireBody(http, datastoreRequestModels().CredentialsRequest);
    if (!body.ok) return body.reply;
    const id = body.value.dataset_id;
    const fetched = fetchDataset(context, actorOf(user))(id);
    if (!fetched.ok) return fetched.reply;
    const { item, roles, locked } = fetched.value;
    if (write && locked) {
      return unauthorised("This dataset is locked - you cannot modify the files of a locked dataset. Unlock the dataset first.");
    }
    const accepted: readonly string[] = write ? DATA_WRITE_ROLES : DATA_READ_ROLES;
    const authorised = user.roles.includes(REGISTRY_ADMIN_ROLE) || roles.some((role) => accepted.includes(role));
    if (!authorised) return unauthorised(`You do not have sufficient permissions to ${write ? "write to" : "read from"} this dataset!`);
    if (write && (item.release_status === "PENDING" || item.release_status === "RELEASED")) {
      return forbidden(`Dataset ${id} is pending review or is released. Cannot modify dataset files while a review is ongoing.`);
    }
    const storage = datasetStorage(context);
    const issued = storage.issueCredentials({
      bucket: item.s3.bucket_name,
      prefix: item.s3.path,
      write,
      username: `${user.username},${write ? "write" : "read"}-prog-bucket-access`,
      durationSeconds: context.settings.datasetCredentialLifetimeSeconds,
    });
    return typedReply("CredentialResponse", {
      status: status(true, "STS credentials generated successfully for specified path."),
      credentials: {
        aws_access_key_id: issued.accessKeyId,
        aws_secret_access_key: issued.secretAccessKey,
        aws_session_token: issued.sessionToken,
        expiry: isoSeconds(issued.expiry),
      },
      // There is no AWS console locally: a console session is never offered.
      console_session_url: null,
      s3_endpoint: storage.endpoint,
      s3_region: storage.region,
    });
  };
}

export const readCredentials = credentialsRoute(false);
export const writeCredentials = credentialsRoute(true);
