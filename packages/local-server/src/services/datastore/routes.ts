// Handlers of the data store service (`/data-api`): every operation of data-store.json, as
// behaviour.md §3 describes upstream's handlers.
import { standardRoutes } from "../common/standard-routes.js";
import type { ServiceRoutes } from "../handler.js";
import { datastoreConfig } from "./admin-config.js";
import { readCredentials, writeCredentials } from "./credentials.js";
import { fetchDatasetItem, listDatasetItems, presignedUrl } from "./items.js";
import { datasetSchema, validateMetadata } from "./metadata-routes.js";
import { revertMetadata, updateMetadata } from "./metadata-writes.js";
import { mintDataset } from "./mint.js";
import { actionApprovalRequest, approvalRequest } from "./release.js";
import { addReviewer, deleteReviewer, listReviewers } from "./reviewers.js";
import { versionDatasetRoute } from "./version.js";

export const datastoreRoutes = {
  ...standardRoutes,
  "GET /admin/config": datastoreConfig,
  "POST /metadata/validate-metadata": validateMetadata,
  "GET /metadata/dataset-schema": datasetSchema,
  "POST /register/mint-dataset": mintDataset,
  "POST /register/update-metadata": updateMetadata,
  "PUT /register/revert-metadata": revertMetadata,
  "POST /register/version": versionDatasetRoute,
  "POST /registry/items/list": listDatasetItems,
  "GET /registry/items/fetch-dataset": fetchDatasetItem,
  "POST /registry/items/generate-presigned-url": presignedUrl,
  "POST /registry/credentials/generate-read-access-credentials": readCredentials,
  "POST /registry/credentials/generate-write-access-credentials": writeCredentials,
  "GET /release/sys-reviewers/list": listReviewers,
  "POST /release/sys-reviewers/add": addReviewer,
  "DELETE /release/sys-reviewers/delete": deleteReviewer,
  "POST /release/approval-request": approvalRequest,
  "PUT /release/action-approval-request": actionApprovalRequest,
} satisfies ServiceRoutes<"datastore">;
