// File transfer refusals.
import { ProvenaError } from "@provena-sdk/http-core";

/** A dataset path or object key that would land outside the destination (`..`, an absolute path, a drive letter, a NUL). Nothing was written. */
export class UnsafePathError extends ProvenaError {
  static override readonly brand: string = "UnsafePathError";
  /** The offending path or key, relative to the dataset. */
  readonly path: string;

  constructor(path: string, reason: string) {
    super(`Refused the dataset path ${JSON.stringify(path)}: ${reason}`);
    this.path = path;
  }
}

/** A downloaded file's bytes do not match the object's ETag; the partial file was removed. */
export class ChecksumMismatchError extends ProvenaError {
  static override readonly brand: string = "ChecksumMismatchError";
  /** The dataset path of the file. */
  readonly path: string;
  /** The checksum the server gave for the object (ETag, unquoted, or the base64 full-object checksum). */
  readonly expected: string;
  /** The checksum of the bytes that arrived. */
  readonly actual: string;

  /** `kind`: what was compared, the ETag or a full-object checksum (`CRC32`, ...). */
  constructor(path: string, expected: string, actual: string, kind = "ETag") {
    super(`The download of ${JSON.stringify(path)} does not match its checksum: expected ${kind} ${expected}, got ${actual}`);
    this.path = path;
    this.expected = expected;
    this.actual = actual;
  }
}

/** `DatasetFiles.downloadFile` found no file at that dataset path. */
export class DatasetFileNotFoundError extends ProvenaError {
  static override readonly brand: string = "DatasetFileNotFoundError";
  /** The dataset path asked for (normalised, `/`-separated). */
  readonly path: string;

  constructor(path: string) {
    super(`The dataset has no file ${JSON.stringify(path)}`);
    this.path = path;
  }
}
