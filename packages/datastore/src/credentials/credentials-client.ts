// Read and write credentials for a dataset's files, and presigned GET URLs for one file.
import type { PresignedURLResponse } from "@provena-sdk/models/datastore";
import type { DatastoreContext, SignalOption } from "../context.js";
import { invoke } from "../context.js";
import type { CredentialAccess } from "./dataset-credentials.js";
import { DatasetCredentials } from "./dataset-credentials.js";

/** Options of `DatastoreClient.credentials`. */
export interface CredentialOptions extends SignalOption {
  /** Also ask for an AWS console sign-in URL (real deployments). */
  readonly consoleSession?: boolean | undefined;
}

/** Options of `DatastoreClient.presignedUrl` and `downloadFile`. */
export interface PresignOptions extends SignalOption {
  /** Lifetime of the URL in seconds, 1..86 400 (upstream's default 10 800). */
  readonly expiresInSeconds?: number | undefined;
}

export function requestCredentials(context: DatastoreContext, datasetId: string, access: CredentialAccess, options: CredentialOptions = {}): Promise<DatasetCredentials> {
  const route = access === "read" ? "readCredentials" : "writeCredentials";
  return invoke(context, route, { json: { dataset_id: datasetId, console_session_required: options.consoleSession ?? false }, signal: options.signal }).then(
    (body) => new DatasetCredentials(datasetId, access, body),
  );
}

export function presignedUrl(context: DatastoreContext, datasetId: string, filePath: string, options: PresignOptions = {}): Promise<PresignedURLResponse> {
  return invoke(context, "presignedUrl", { json: { dataset_id: datasetId, file_path: filePath, expires_in: options.expiresInSeconds }, signal: options.signal });
}
