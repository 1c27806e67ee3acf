// Options shared by uploads and downloads, and their defaults.
import type { ProgressListener } from "../transfer/progress.js";

const MIB = 1024 * 1024;

/** Options of `DatasetFiles` downloads, and the base of its upload options. */
export interface TransferOptions {
  /** Files moved at once. Default 8. */
  readonly concurrency?: number | undefined;
  /** Stops the transfer (AbortError); finished files stay, so running it again resumes. */
  readonly signal?: AbortSignal | undefined;
  /** Bytes and files moved, with totals. */
  readonly onProgress?: ProgressListener | undefined;
  /**
   * Skip files that already match (same size and ETag) on the other side, so an interrupted
   * transfer resumes where it stopped. Default true.
   */
  readonly skipMatching?: boolean | undefined;
  /** Multipart part size in bytes, also assumed when checking multipart ETags. Default 8 MiB; under 5 MiB (S3's minimum) an upload throws a RangeError. */
  readonly partSize?: number | undefined;
}

/** Options of `DatasetFiles.uploadFolder` and `uploadFile`. */
export interface UploadOptions extends TransferOptions {
  /** Files of at least this many bytes (and of at least `partSize`) go up in parts. Default 16 MiB. */
  readonly multipartThreshold?: number | undefined;
  /**
   * Parts of one file in flight at once. Default 2. Each part in flight holds one `partSize`
   * buffer, read straight from the file, so a large file costs partConcurrency × partSize of
   * memory (16 MiB by default) however big it is; raise it for high-latency links.
   */
  readonly partConcurrency?: number | undefined;
}

/** Options of `DatasetFiles.uploadStream`. */
export interface StreamUploadOptions {
  /** Stops the upload (AbortError); parts already sent are removed from the server. */
  readonly signal?: AbortSignal | undefined;
  /** Bytes sent so far (the total is known only at the end). */
  readonly onProgress?: ProgressListener | undefined;
  /** Part size in bytes (bytes are gathered into parts of this size before they go). Default 8 MiB. */
  readonly partSize?: number | undefined;
  /** Parts in flight at once; memory is about (partConcurrency + 1) × partSize. Default 2. */
  readonly partConcurrency?: number | undefined;
  /** The object's `Content-Type`. Default: none sent. */
  readonly contentType?: string | undefined;
}

/**
 * The defaults of {@link TransferOptions}, {@link UploadOptions} and {@link StreamUploadOptions}:
 * 8 files at once, 8 MiB parts (sizes in bytes), multipart from 16 MiB, 2 parts of a file in flight.
 */
export const TRANSFER_DEFAULTS = {
  concurrency: 8,
  partSize: 8 * MIB,
  multipartThreshold: 16 * MIB,
  partConcurrency: 2,
  /** Files up to this size are read whole; larger ones are streamed. */
  bufferLimit: 1 * MIB,
} as const;
