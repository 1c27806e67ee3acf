// A large multipart object downloaded in ranged GETs, one per stored part (the ETag tells the part
// size), a bounded number at a time. Each part's body is copied as it arrives into one of the
// reused part buffers, MD5-hashed on the way (that part's MD5, as the ETag is built from), and
// written at its offset with a FileHandle: no stream of the whole file, no concat, and memory
// bounded by partConcurrency × partSize. Every GET carries If-Match, so a part of a changed
// object is refused instead of mixed in.
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { createHash } from "node:crypto";
import type { FileHandle } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { DatasetS3 } from "../s3/dataset-s3.js";
import { withRenewal } from "../s3/send.js";
import type { ProgressTracker } from "../transfer/progress.js";
import { planParts } from "./file-parts.js";
import type { PartBuffers } from "./file-parts.js";
import { runPool } from "./pool.js";
import type { DatasetFile } from "./remote-files.js";

export interface RangedDownloadOptions {
  /** The part size the object was uploaded with (its ranges line up with the stored parts). */
  readonly partSize: number;
  readonly partConcurrency: number;
  readonly buffers: PartBuffers;
  readonly tracker: ProgressTracker;
  readonly signal?: AbortSignal | undefined;
}

/** Downloads `file` (ETag `etag`, `-N` multipart) into the open `handle`; returns the ETag of the bytes received. */
export async function downloadInParts(s3: DatasetS3, file: DatasetFile, etag: string, handle: FileHandle, options: RangedDownloadOptions): Promise<string> {
  const { partSize, signal, tracker } = options;
  const parts = planParts(file.size, partSize);
  const digests: Buffer[] = new Array<Buffer>(parts.length);
  await runPool(
    parts,
    options.partConcurrency,
    async (part) => {
      const buffer = options.buffers.take(partSize);
      try {
        const response = await withRenewal(
          s3,
          () => s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: file.key, Range: `bytes=${part.offset}-${part.offset + part.length - 1}`, IfMatch: `"${etag}"` }), { abortSignal: signal }),
          signal,
        );
        const md5 = createHash("md5");
        let filled = 0;
        for await (const chunk of response.Body as Readable as AsyncIterable<Buffer>) {
          if (filled + chunk.length > part.length) throw new Error(`The S3 endpoint sent more than the ${part.length} bytes asked for of ${file.path}`);
          chunk.copy(buffer, filled);
          md5.update(chunk);
          filled += chunk.length;
          tracker.bytes(chunk.length, file.path);
        }
        if (filled !== part.length) throw new Error(`The S3 endpoint sent ${filled} of the ${part.length} bytes asked for of ${file.path}`);
        await writeFully(handle, buffer, part.length, part.offset);
        digests[part.number - 1] = md5.digest();
      } finally {
        options.buffers.give(buffer);
      }
    },
    signal,
  );
  return `${createHash("md5").update(Buffer.concat(digests)).digest("hex")}-${parts.length}`;
}

async function writeFully(handle: FileHandle, buffer: Buffer, length: number, position: number): Promise<void> {
  let written = 0;
  while (written < length) written += (await handle.write(buffer, written, length - written, position + written)).bytesWritten;
}
