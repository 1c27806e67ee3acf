// A large file on disk uploaded in parts with @aws-sdk/client-s3's multipart commands. Each part
// is read straight from the file (at its offset) into one of `partConcurrency` reused buffers
// and sent with its length and CRC32, so memory stays at partConcurrency × partSize however big
// the file is, and a part can be re-sent as is (SDK retries, renewed credentials). The server
// checks every part's CRC32 and, at completion, each part's ETag and CRC32 again. The object
// gets a FULL_OBJECT CRC32 (of all its bytes), which downloads then verify on the fly. A failed or
// aborted upload is aborted on the server too: no orphaned parts.
import { AbortMultipartUploadCommand, CompleteMultipartUploadCommand, CreateMultipartUploadCommand, UploadPartCommand } from "@aws-sdk/client-s3";
import type { CompletedPart } from "@aws-sdk/client-s3";
import { open } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import type { DatasetS3 } from "../s3/dataset-s3.js";
import { withRenewal } from "../s3/send.js";
import type { ProgressTracker } from "../transfer/progress.js";
import { runPool } from "./pool.js";
import type { LocalFile } from "./upload.js";

export interface FilePartsOptions {
  readonly partSize: number;
  readonly partConcurrency: number;
  readonly tracker: ProgressTracker;
  /** Part buffers shared by the files of one transfer (a finished file's buffers serve the next). */
  readonly buffers: PartBuffers;
  readonly signal?: AbortSignal | undefined;
}

/** Reusable part buffers: taken for a part, given back once the server has it. */
export class PartBuffers {
  readonly #free: Buffer[] = [];

  take(size: number): Buffer {
    const at = this.#free.findIndex((b) => b.length >= size);
    return at < 0 ? Buffer.allocUnsafeSlow(size) : (this.#free.splice(at, 1)[0] as Buffer);
  }

  give(buffer: Buffer): void {
    this.#free.push(buffer);
  }
}

/** S3 allows 10,000 parts: a file too big for that many `partSize` parts gets bigger ones (whole MiB). */
export const MAX_PARTS = 10_000;
const MIB = 1024 * 1024;

export function effectivePartSize(size: number, partSize: number): number {
  return Math.max(partSize, Math.ceil(size / MAX_PARTS / MIB) * MIB);
}

interface Part {
  readonly number: number;
  readonly offset: number;
  readonly length: number;
}

/** The parts of a `size`-byte file: `partSize` each, the last one shorter. */
export function planParts(size: number, partSize: number): Part[] {
  const parts: Part[] = [];
  for (let offset = 0, number = 1; offset < size || number === 1; offset += partSize, number++) parts.push({ number, offset, length: Math.min(partSize, size - offset) });
  return parts;
}

/** Fills `buffer` with `length` bytes of the file from `position` (a read may return fewer). */
async function readFully(handle: FileHandle, buffer: Buffer, length: number, position: number): Promise<Buffer> {
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) throw new Error(`The file ended after ${position + filled} bytes while it was being uploaded (was it changed?)`);
    filled += bytesRead;
  }
  return buffer.subarray(0, length);
}

export async function uploadFileInParts(s3: DatasetS3, key: string, file: LocalFile, options: FilePartsOptions): Promise<void> {
  const { partSize, tracker, signal } = options;
  const base = { Bucket: s3.bucket, Key: key };
  const handle = await open(file.localPath, "r");
  let uploadId: string | undefined;
  try {
    const created = await withRenewal(s3, () => s3.client.send(new CreateMultipartUploadCommand({ ...base, ChecksumAlgorithm: "CRC32", ChecksumType: "FULL_OBJECT" }), { abortSignal: signal }), signal);
    uploadId = created.UploadId;
    if (uploadId === undefined) throw new Error("The S3 endpoint answered CreateMultipartUpload without an UploadId");
    const UploadId = uploadId;
    const completed: CompletedPart[] = [];
    const size = effectivePartSize(file.size, partSize);
    await runPool(
      planParts(file.size, size),
      options.partConcurrency,
      async (part) => {
        // At most `partConcurrency` buffers are in use for this file: each part takes a free one or makes one.
        const buffer = options.buffers.take(size);
        try {
          const body = await readFully(handle, buffer, part.length, part.offset);
          const sent = await withRenewal(
            s3,
            () => s3.client.send(unsignedPayload(new UploadPartCommand({ ...base, UploadId, PartNumber: part.number, Body: body, ContentLength: part.length, ChecksumAlgorithm: "CRC32" })), { abortSignal: signal }),
            signal,
          );
          completed.push({ PartNumber: part.number, ETag: sent.ETag, ChecksumCRC32: sent.ChecksumCRC32 });
        } finally {
          options.buffers.give(buffer);
        }
        tracker.bytes(part.length, file.path);
      },
      signal,
    );
    completed.sort((a, b) => (a.PartNumber as number) - (b.PartNumber as number));
    await withRenewal(s3, () => s3.client.send(new CompleteMultipartUploadCommand({ ...base, UploadId, MultipartUpload: { Parts: completed } }), { abortSignal: signal }), signal);
    uploadId = undefined;
  } finally {
    await handle.close();
    // Not with `signal`: an aborted transfer still cleans up after itself.
    if (uploadId !== undefined) await abortQuietly(s3, key, uploadId);
  }
}

/**
 * Signs the part's headers but not its bytes (`x-amz-content-sha256: UNSIGNED-PAYLOAD`, as the SDK
 * does for streamed bodies): the part's CRC32, which S3 verifies, already guards them, and
 * otherwise the SDK hashes every buffered part with SHA-256 and the server hashes it again.
 */
function unsignedPayload(command: UploadPartCommand): UploadPartCommand {
  command.middlewareStack.add(
    (next) => (args) => {
      const request = args.request as { headers?: Record<string, string> };
      if (request.headers !== undefined) request.headers["x-amz-content-sha256"] = "UNSIGNED-PAYLOAD";
      return next(args);
    },
    { step: "build", name: "provenaUnsignedPartPayload" },
  );
  return command;
}

async function abortQuietly(s3: DatasetS3, key: string, uploadId: string): Promise<void> {
  try {
    await withRenewal(s3, () => s3.client.send(new AbortMultipartUploadCommand({ Bucket: s3.bucket, Key: key, UploadId: uploadId })));
  } catch {
    // The upload's own failure is the one worth reporting; an orphan expires with its bucket's lifecycle rules.
  }
}
