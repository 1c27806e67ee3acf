// Uploads local files to a dataset: small files with one PutObject, large ones in parts read
// straight from disk (file-parts.ts), a bounded number at a time. The SDK's CRC32 checksum goes
// with every request and the server verifies it. Files already there with the same size and
// ETag are skipped.
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { AbortError } from "@provena-sdk/http-core";
import type { DatasetS3 } from "../s3/dataset-s3.js";
import { withRenewal } from "../s3/send.js";
import { ProgressTracker } from "../transfer/progress.js";
import { fileEtag, partSizeFor } from "./etag.js";
import { PartBuffers, uploadFileInParts } from "./file-parts.js";
import { runPool } from "./pool.js";
import type { DatasetFile } from "./remote-files.js";
import { listRemoteFiles } from "./remote-files.js";
import type { UploadOptions } from "./transfer-options.js";
import { TRANSFER_DEFAULTS } from "./transfer-options.js";

const MIN_PART_SIZE = 5 * 1024 * 1024;

export interface LocalFile {
  readonly localPath: string;
  /** Dataset-relative destination path (already checked). */
  readonly path: string;
  readonly size: number;
}

/** What an upload or download did, once it has finished. */
export interface TransferSummary {
  /** Dataset paths moved. */
  readonly transferred: string[];
  /** Dataset paths skipped because they already matched. */
  readonly skipped: string[];
  /** Bytes moved (skipped files not counted). */
  readonly bytes: number;
}

export async function uploadFiles(s3: DatasetS3, files: readonly LocalFile[], remoteFolder: string, options: UploadOptions = {}): Promise<TransferSummary> {
  const signal = options.signal;
  const partSize = options.partSize ?? TRANSFER_DEFAULTS.partSize;
  const partConcurrency = options.partConcurrency ?? TRANSFER_DEFAULTS.partConcurrency;
  if (!(partSize >= MIN_PART_SIZE)) throw new RangeError(`partSize must be at least 5 MiB (S3's smallest part), not ${partSize}`);
  if (!(Number.isInteger(partConcurrency) && partConcurrency >= 1)) throw new RangeError(`partConcurrency must be a whole number of at least 1, not ${partConcurrency}`);
  const threshold = Math.max(options.multipartThreshold ?? TRANSFER_DEFAULTS.multipartThreshold, partSize);
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  const tracker = new ProgressTracker("upload", files.length, totalBytes, options.onProgress);
  const remote = new Map<string, DatasetFile>();
  if (options.skipMatching ?? true) for (const file of await listRemoteFiles(s3, remoteFolder, signal)) remote.set(file.path, file);
  const transferred: string[] = [];
  const skipped: string[] = [];
  let bytes = 0;
  const buffers = new PartBuffers();

  await runPool(
    files,
    options.concurrency ?? TRANSFER_DEFAULTS.concurrency,
    async (file) => {
      const existing = remote.get(file.path);
      if (existing !== undefined && (await matches(file, existing, partSize, signal))) {
        skipped.push(file.path);
        tracker.fileDone(file.path, file.size);
        return;
      }
      const key = `${s3.prefix}${file.path}`;
      if (file.size < threshold) await putObject(s3, key, file, tracker, signal);
      else await uploadFileInParts(s3, key, file, { partSize, partConcurrency, tracker, buffers, signal });
      transferred.push(file.path);
      bytes += file.size;
      tracker.fileDone(file.path);
    },
    signal,
  ).catch((error: unknown) => {
    throw signal?.aborted === true ? new AbortError({ what: "the upload", cause: signal.reason }) : error;
  });
  return { transferred, skipped, bytes };
}

async function matches(file: LocalFile, remote: DatasetFile, partSize: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (remote.size !== file.size) return false;
  const remotePartSize = partSizeFor(remote.etag, remote.size, partSize);
  if (remotePartSize === null) return false;
  return (await fileEtag(file.localPath, remotePartSize, signal)) === remote.etag;
}

async function putObject(s3: DatasetS3, key: string, file: LocalFile, tracker: ProgressTracker, signal: AbortSignal | undefined): Promise<void> {
  // Small files are read whole (cheapest per request); larger ones streamed with their length.
  const body = file.size <= TRANSFER_DEFAULTS.bufferLimit ? await readFile(file.localPath, { signal }) : undefined;
  await withRenewal(
    s3,
    () =>
      s3.client.send(
        new PutObjectCommand({
          Bucket: s3.bucket,
          Key: key,
          Body: body ?? createReadStream(file.localPath),
          ContentLength: file.size,
          ChecksumAlgorithm: "CRC32",
        }),
        { abortSignal: signal },
      ),
    signal,
  );
  tracker.bytes(file.size, file.path);
}
