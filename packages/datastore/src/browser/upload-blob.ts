// Uploads a browser `File` or `Blob` into a dataset with lib-storage (parts for large blobs; see
// transfer/managed-upload.ts), with the same progress events as the Node transfers.
// Browser-safe: no Node built-ins.
import type { DatastoreClient } from "../datastore-client.js";
import type { DatasetS3, DatasetS3Options } from "../s3/dataset-s3.js";
import { openDatasetS3 } from "../s3/dataset-s3.js";
import type { ProgressListener } from "../transfer/progress.js";
import { ProgressTracker } from "../transfer/progress.js";
import { managedUpload } from "../transfer/managed-upload.js";

/** Options of {@link uploadBlob}: the S3 session's, plus part size, concurrency and progress. */
export interface BlobUploadOptions extends DatasetS3Options {
  /** Bytes sent so far, reported part by part, out of the blob's size. */
  readonly onProgress?: ProgressListener | undefined;
  /** Part size in bytes; larger blobs go up in parts of this size. Default 8 MiB (S3's minimum is 5 MiB). */
  readonly partSize?: number | undefined;
  /** Parts in flight at once. Default 4. */
  readonly partConcurrency?: number | undefined;
  /** The object's `Content-Type`. Default: the blob's `type`, if it has one. */
  readonly contentType?: string | undefined;
  /** Reuse an open session (e.g. for several blobs); default: opens one with write credentials. */
  readonly session?: DatasetS3 | undefined;
}

const MIB = 1024 * 1024;

/**
 * Uploads `blob` to dataset path `path` (e.g. `raw/a.csv`), replacing any file there; in parts
 * above `partSize`, with a CRC32 checksum the server verifies. Asks for write credentials
 * (`dataset-data-write` or item admin) unless given a `session`: a locked dataset is a
 * DatasetLockedError, one in release review or released a DatasetInReleaseError. A path that
 * is empty, absolute or holds `..` or `\` is a TypeError. An abort stops the upload and
 * removes its uploaded parts (AbortError).
 */
export async function uploadBlob(datastore: DatastoreClient, datasetId: string, path: string, blob: Blob, options: BlobUploadOptions = {}): Promise<void> {
  const segments = path.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.length === 0 || segments.includes("..") || path.startsWith("/") || path.includes("\\")) {
    throw new TypeError(`uploadBlob: ${JSON.stringify(path)} is not a relative file path inside the dataset`);
  }
  const signal = options.signal;
  const s3 = options.session ?? (await openDatasetS3(datastore, datasetId, "write", options));
  const tracker = new ProgressTracker("upload", 1, blob.size, options.onProgress);
  const file = segments.join("/");
  const sent = await managedUpload(s3, file, blob, {
    partSize: options.partSize ?? 8 * MIB,
    partConcurrency: options.partConcurrency ?? 4,
    tracker,
    contentType: options.contentType ?? (blob.type || undefined),
    signal,
  });
  if (sent < blob.size) tracker.bytes(blob.size - sent, file);
  tracker.fileDone(file);
}
