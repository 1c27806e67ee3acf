// Progress of a file transfer, the same shape for every path (Node folders, browser blobs,
// presigned downloads): bytes and files, with totals where known.

/**
 * One progress event of a file transfer, the same shape for Node folder transfers, browser blob
 * uploads and presigned downloads. Byte counts are in bytes.
 */
export interface TransferProgress {
  /** Whether bytes are going to the data store or coming from it. */
  readonly direction: "upload" | "download";
  /** Bytes moved so far, over every file (skipped files count as moved). */
  readonly bytesTransferred: number;
  /** Bytes to move in all; undefined when the server did not say (a download without Content-Length). */
  readonly totalBytes: number | undefined;
  /** Files finished (moved, or skipped because they already matched). */
  readonly filesTransferred: number;
  /** Files in the transfer, skipped ones included (1 for a single file, blob or stream). */
  readonly totalFiles: number;
  /** Of `filesTransferred`, how many were skipped because they already matched. */
  readonly filesSkipped: number;
  /** The file this event is about (dataset-relative path), when there is one. */
  readonly file?: string | undefined;
}

/** Called on every change of a transfer's totals; keep it quick, it runs inline with the transfer. */
export type ProgressListener = (progress: TransferProgress) => void;

/** Keeps the running totals of a transfer and reports each change. */
export class ProgressTracker {
  #bytes = 0;
  #files = 0;
  #skipped = 0;

  constructor(
    private readonly direction: "upload" | "download",
    private readonly totalFiles: number,
    private totalBytes: number | undefined,
    private readonly listener: ProgressListener | undefined,
  ) {}

  /** `delta` more bytes of `file` moved. */
  bytes(delta: number, file?: string): void {
    if (delta === 0) return;
    this.#bytes += delta;
    this.emit(file);
  }

  /** `file` finished (after its bytes were reported), or was skipped with `size` bytes. */
  fileDone(file: string, skippedSize?: number): void {
    this.#files += 1;
    if (skippedSize !== undefined) {
      this.#skipped += 1;
      this.#bytes += skippedSize;
    }
    this.emit(file);
  }

  setTotalBytes(total: number | undefined): void {
    this.totalBytes = total;
  }

  get snapshot(): TransferProgress {
    return {
      direction: this.direction,
      bytesTransferred: this.#bytes,
      totalBytes: this.totalBytes,
      filesTransferred: this.#files,
      totalFiles: this.totalFiles,
      filesSkipped: this.#skipped,
    };
  }

  private emit(file: string | undefined): void {
    if (this.listener === undefined) return;
    this.listener({ ...this.snapshot, file });
  }
}
