// One object of unknown or in-memory length (a browser Blob, a Node stream) uploaded with
// lib-storage's `Upload`: it slices the body into parts as it arrives, so it is the tool for
// bodies that cannot be re-read from an offset. Memory is about partConcurrency × partSize.
// Progress is reported per part; a failed or aborted upload is aborted on the server too.
import type { PutObjectCommandInput } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { AbortError } from "@provena-sdk/http-core";
import type { DatasetS3 } from "../s3/dataset-s3.js";
import type { ProgressTracker } from "./progress.js";

export interface ManagedUploadOptions {
  readonly partSize: number;
  readonly partConcurrency: number;
  readonly tracker: ProgressTracker;
  readonly contentType?: string | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** Uploads `body` to dataset path `file`; returns the bytes sent. */
export async function managedUpload(s3: DatasetS3, file: string, body: PutObjectCommandInput["Body"], options: ManagedUploadOptions): Promise<number> {
  const { tracker, signal } = options;
  const isAborted = (): boolean => signal?.aborted === true;
  const aborted = (): AbortError => new AbortError({ what: `the upload of ${file}`, cause: signal?.reason });
  if (isAborted()) throw aborted();
  const upload = new Upload({
    client: s3.client,
    params: { Bucket: s3.bucket, Key: `${s3.prefix}${file}`, Body: body, ContentType: options.contentType, ChecksumAlgorithm: "CRC32" },
    partSize: options.partSize,
    queueSize: options.partConcurrency,
    leavePartsOnError: false,
  });
  let reported = 0;
  upload.on("httpUploadProgress", (progress) => {
    const loaded = progress.loaded ?? 0;
    if (loaded > reported) {
      tracker.bytes(loaded - reported, file);
      reported = loaded;
    }
  });
  const onAbort = (): void => void upload.abort();
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    await upload.done();
  } catch (error) {
    throw isAborted() ? aborted() : error;
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
  return reported;
}
