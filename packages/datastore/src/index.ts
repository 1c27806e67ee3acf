/**
 * Browser-safe (no AWS SDK): the Data Store client, its errors and types, metadata helpers,
 * presigned-URL downloads and the wire models. File transfer on the AWS SDK lives at
 * `@provena-sdk/datastore/node` (files and folders) and `@provena-sdk/datastore/browser` (blobs).
 *
 * @module @provena-sdk/datastore
 */
export { DatastoreClient, createDatastoreClient } from "./datastore-client.js";
export type { AccessLevel, DatastoreClientOptions } from "./datastore-client.js";
export type { SignalOption } from "./context.js";
export type * from "./datasets/types.js";
export type { ReleaseClient } from "./release/release-client.js";
export type { ConfigOptions, DatastoreAdminClient } from "./admin/admin-client.js";
export type { CredentialOptions, PresignOptions } from "./credentials/credentials-client.js";
export { DatasetCredentials, DEFAULT_S3_REGION } from "./credentials/dataset-credentials.js";
export type { CredentialAccess } from "./credentials/dataset-credentials.js";
export { LOCAL_ENDPOINT_FIELD, LOCAL_REGION_FIELD } from "./credentials/local-endpoint.js";
export { DATASTORE_ROUTES } from "./routes/table.js";
export type { RouteEntry, RouteName, ResponseModel } from "./routes/table.js";
export type { ModelType, RequestOf, ResponseOf } from "./routes/models.js";
export { collectionFormatIssues } from "./metadata/collection-rules.js";
export { externalAccess, repositedAccess } from "./metadata/access-info.js";
export type { ExternalAccessInfo, RepositedAccessInfo } from "./metadata/access-info.js";
export { downloadPresignedUrl } from "./presigned/presigned-download.js";
export type { PresignedDownloadOptions } from "./presigned/presigned-download.js";
export type { ProgressListener, TransferProgress } from "./transfer/progress.js";
export { ActivityWaitError, DEFAULT_ACTIVITY_TIMEOUT_MS } from "@provena-sdk/jobs";
export type { ActivityJobs, ActivityProgress, CompletedActivity, WaitOption, WaitOptions } from "./waiting/activity-waiter.js";
export { DatasetInReleaseError, DatasetLockedError, DatasetValidationError } from "./errors/datastore-errors.js";
// The client-side body check's error is http-core's, shared with the other service clients.
export { RequestValidationError } from "@provena-sdk/http-core";
export type { RequestIssue } from "@provena-sdk/http-core";
// The wire models of this service (shared with the local server through @provena-sdk/models).
export * from "@provena-sdk/models/datastore";
// What the README examples need from http-core, so one install and one import serve the common case.
export { collectAll, createTransport, AbortError, ProvenaError } from "@provena-sdk/http-core";
export type { CollectAllOptions, HealthOptions, ServiceHealth, Transport, TransportOptions, TokenProvider } from "@provena-sdk/http-core";
