// Options shared by uploads and downloads, and their defaults.
import type { ProgressListener } from "../transfer/progress.js";

const MIB = 1024 * 1024;

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
  /** Multipart part size, also assumed when checking multipart ETags. Default 8 MiB (S3's minimum is 5 MiB). */
  readonly partSize?: number | undefined;
}

export interface UploadOptions extends TransferOptions {
  /** Files of at least this size go up in parts. Default 16 MiB. */
  readonly multipartThreshold?: number | undefined;
  /** Parts of one file in flight at once. Default 4. */
  readonly partConcurrency?: number | undefined;
}

export const TRANSFER_DEFAULTS = {
  concurrency: 8,
  partSize: 8 * MIB,
  multipartThreshold: 16 * MIB,
  partConcurrency: 4,
  /** Files up to this size are read whole; larger ones are streamed. */
  bufferLimit: 1 * MIB,
} as const;
