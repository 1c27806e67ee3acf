// Downloads dataset files into a folder. Every destination is checked before anything is
// written (safe-path.ts); each file streams to a temporary name beside its destination, is
// checked against the object's ETag, then renamed into place. Files already there with the
// same size and ETag are skipped.
import { GetObjectCommand } from "@aws-sdk/client-s3";
import type { GetObjectCommandOutput } from "@aws-sdk/client-s3";
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, realpath, rename, rm, stat } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AbortError } from "@provena-sdk/http-core";
import type { DatasetS3 } from "../s3/dataset-s3.js";
import { withRenewal } from "../s3/send.js";
import { ProgressTracker } from "../transfer/progress.js";
import { ChecksumMismatchError, UnsafePathError } from "./errors.js";
import { EtagHasher, fileEtag, partSizeFor, unquoteEtag } from "./etag.js";
import { runPool } from "./pool.js";
import type { DatasetFile } from "./remote-files.js";
import { localPathInside } from "./safe-path.js";
import type { TransferOptions } from "./transfer-options.js";
import { TRANSFER_DEFAULTS } from "./transfer-options.js";
import type { TransferSummary } from "./upload.js";

export interface DownloadTarget {
  readonly file: DatasetFile;
  /** The file's path below the destination folder (dataset path, minus a folder prefix). */
  readonly relativePath: string;
}

export async function downloadFiles(s3: DatasetS3, targets: readonly DownloadTarget[], destination: string, options: TransferOptions = {}): Promise<TransferSummary> {
  const signal = options.signal;
  const partSize = options.partSize ?? TRANSFER_DEFAULTS.partSize;
  const root = resolve(destination);
  // Every key is checked before the first byte is written.
  const planned = targets.map((t) => ({ ...t, localPath: localPathInside(root, t.relativePath) }));
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  const checkedDirs = new Map<string, Promise<void>>();
  const ensureDir = (dir: string, path: string): Promise<void> => {
    let pending = checkedDirs.get(dir);
    if (pending === undefined) {
      pending = ensureInside(realRoot, dir, path);
      checkedDirs.set(dir, pending);
    }
    return pending;
  };

  const tracker = new ProgressTracker("download", planned.length, planned.reduce((sum, t) => sum + t.file.size, 0), options.onProgress);
  const transferred: string[] = [];
  const skipped: string[] = [];
  let bytes = 0;
  await runPool(
    planned,
    options.concurrency ?? TRANSFER_DEFAULTS.concurrency,
    async ({ file, localPath }) => {
      await ensureDir(dirname(localPath), file.path);
      const objectPartSize = partSizeFor(file.etag, file.size, partSize);
      if ((options.skipMatching ?? true) && (await alreadyThere(localPath, file, objectPartSize, signal))) {
        skipped.push(file.path);
        tracker.fileDone(file.path, file.size);
        return;
      }
      await downloadOne(s3, file, localPath, objectPartSize, partSize, tracker, signal);
      transferred.push(file.path);
      bytes += file.size;
      tracker.fileDone(file.path);
    },
    signal,
  ).catch((error: unknown) => {
    throw signal?.aborted === true ? new AbortError({ what: "the download", cause: signal.reason }) : error;
  });
  return { transferred, skipped, bytes };
}

// A folder reached through a symbolic link could point anywhere: its real path must stay inside.
async function ensureInside(realRoot: string, dir: string, path: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const real = await realpath(dir);
  const rel = relative(realRoot, real);
  if (rel.startsWith(`..${sep}`) || rel === ".." || resolve(realRoot, rel) !== real) throw new UnsafePathError(path, "its folder leads outside the destination folder");
}

async function alreadyThere(localPath: string, file: DatasetFile, objectPartSize: number | undefined | null, signal: AbortSignal | undefined): Promise<boolean> {
  if (objectPartSize === null) return false;
  const info = await stat(localPath).catch(() => undefined);
  if (info === undefined || !info.isFile() || info.size !== file.size) return false;
  return (await fileEtag(localPath, objectPartSize, signal)) === file.etag;
}

async function downloadOne(s3: DatasetS3, file: DatasetFile, localPath: string, objectPartSize: number | undefined | null, defaultPartSize: number, tracker: ProgressTracker, signal: AbortSignal | undefined): Promise<void> {
  const response = await withRenewal(s3, () => s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: file.key, ChecksumMode: "ENABLED" }), { abortSignal: signal }), signal);
  // The object may have changed since it was listed: check against the ETag of what came.
  const etag = response.ETag === undefined ? file.etag : unquoteEtag(response.ETag);
  const partSize = etag === file.etag ? objectPartSize : partSizeFor(etag, Number(response.ContentLength ?? file.size), defaultPartSize);
  const temporary = `${localPath}.${randomUUID()}.partial`;
  // An object with a full-object checksum is verified by the AWS SDK as the body streams (its
  // GetObject checksum validation, native CRC32): no need to MD5 every byte for the ETag too.
  // Otherwise the ETag is checked, unless it is multipart with a part size that cannot be worked out.
  const hasher = partSize === null || sdkVerifiesChecksum(response) ? undefined : new EtagHasher(partSize);
  try {
    const body = response.Body as Readable;
    const written = pipeline(body, createWriteStream(temporary), { signal });
    // Watched beside the pipe (which attached first, so it sees every chunk), not as a stage of its own.
    body.on("data", (chunk: Buffer) => {
      hasher?.update(chunk);
      tracker.bytes(chunk.length, file.path);
    });
    await written;
    const actual = hasher?.digest();
    if (actual !== undefined && actual !== etag) throw new ChecksumMismatchError(file.path, etag, actual);
    await rename(temporary, localPath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw asChecksumMismatch(error, file.path) ?? error;
  }
}

/** The AWS SDK's checksum-validation failure (a plain Error) as a typed ChecksumMismatchError. */
function asChecksumMismatch(error: unknown, path: string): ChecksumMismatchError | undefined {
  const match = /^Checksum mismatch: expected "([^"]*)" but received "([^"]*)" in response header "x-amz-checksum-([a-z0-9]+)"/.exec(error instanceof Error ? error.message : "");
  return match === null ? undefined : new ChecksumMismatchError(path, match[1] as string, match[2] as string, (match[3] as string).toUpperCase());
}

/** The response carries a checksum of all the object's bytes, which the AWS SDK checks against the body. */
function sdkVerifiesChecksum(response: GetObjectCommandOutput): boolean {
  if (response.ChecksumType !== "FULL_OBJECT") return false;
  return [response.ChecksumCRC32, response.ChecksumCRC32C, response.ChecksumCRC64NVME].some((value) => value !== undefined && !/-\d+$/.test(value));
}
