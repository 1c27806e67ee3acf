/**
 * Dataset file transfer on the AWS SDK: files and folders on disk (Node only).
 *
 * @module @provena-sdk/datastore/node
 */
export { DatasetFiles, METADATA_FILE } from "./dataset-files.js";
export type { DatasetFilesOptions } from "./dataset-files.js";
export type { DatasetFile } from "./remote-files.js";
export type { TransferSummary } from "./upload.js";
export { TRANSFER_DEFAULTS } from "./transfer-options.js";
export type { StreamUploadOptions, TransferOptions, UploadOptions } from "./transfer-options.js";
export { ChecksumMismatchError, DatasetFileNotFoundError, UnsafePathError } from "./errors.js";
export { openDatasetS3 } from "../s3/dataset-s3.js";
export type { DatasetS3, DatasetS3Options } from "../s3/dataset-s3.js";
export { CredentialCache, DEFAULT_REFRESH_MARGIN_MS } from "../s3/credential-cache.js";
export type { CredentialSource, S3Identity } from "../s3/credential-cache.js";
export type { TransferProgress, ProgressListener } from "../transfer/progress.js";
