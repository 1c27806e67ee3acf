/**
 * Uploads of browser `File`s and `Blob`s on the AWS SDK, kept out of the main entry so an app
 * that only reads metadata does not bundle the AWS SDK.
 *
 * @module @provena-sdk/datastore/browser
 */
export { uploadBlob } from "./upload-blob.js";
export type { BlobUploadOptions } from "./upload-blob.js";
export { openDatasetS3 } from "../s3/dataset-s3.js";
export type { DatasetS3, DatasetS3Options } from "../s3/dataset-s3.js";
export type { TransferProgress, ProgressListener } from "../transfer/progress.js";
