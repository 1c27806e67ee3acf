// `GET /admin/config`: upstream dumps its settings (untyped). Locally: the values that mean
// something here; nothing secret.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { jsonReply } from "../../http/reply.js";
import type { OperationHandler } from "../handler.js";
import { DATASET_PATH, datasetStorage } from "./dataset-files.js";
import { REVIEWERS_TABLE } from "./reviewers.js";

export const datastoreConfig: OperationHandler<AuthenticatedUser> = ({ query, context }) => {
  const storage = datasetStorage(context);
  const required: Record<string, string> = {
    keycloak_endpoint: context.realm.issuer,
    stage: "LOCAL",
    registry_api_endpoint: context.endpoints.registry,
    job_api_endpoint: context.endpoints.jobs,
    S3_STORAGE_BUCKET_NAME: storage.datasetBucket,
    REVIEWERS_TABLE_NAME: REVIEWERS_TABLE,
  };
  if (query.required_only !== false) return jsonReply(200, required);
  return jsonReply(200, {
    ...required,
    DATASET_PATH,
    S3_ENDPOINT: storage.endpoint,
    S3_REGION: storage.region,
    REMOTE_PRE_VALIDATION: "True",
    test_mode: "False",
  });
};
