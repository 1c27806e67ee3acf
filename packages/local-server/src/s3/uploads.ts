// Multipart uploads in progress: one storage-table row per upload, its parts inline (sorted by
// part number), so a durable storage resumes them after a restart.
import { randomBytes } from "node:crypto";
import type { Storage, Table } from "../store/storage.js";
import type { ChecksumAlgorithm } from "./checksums.js";
import type { Segment } from "./object-store.js";

export interface PartRecord extends Segment {
  readonly partNumber: number;
  /** Quoted MD5 hex. */
  readonly etag: string;
  /** Base64 value of the upload's checksum algorithm, when there is one. */
  readonly checksum?: string | undefined;
  readonly lastModified: string;
}

export interface UploadRecord {
  readonly uploadId: string;
  readonly bucket: string;
  readonly key: string;
  readonly initiated: string;
  /** The session name of who started it (ListMultipartUploads' Initiator). */
  readonly initiator?: string | undefined;
  readonly contentType: string;
  readonly metadata: readonly (readonly [string, string])[];
  readonly storedHeaders: readonly (readonly [string, string])[];
  readonly algorithm?: ChecksumAlgorithm | undefined;
  readonly checksumType: "COMPOSITE" | "FULL_OBJECT";
  readonly parts: readonly PartRecord[];
}

export class Uploads {
  readonly #table: Table<UploadRecord>;

  constructor(storage: Storage) {
    this.#table = storage.table<UploadRecord>("s3.uploads");
  }

  create(record: Omit<UploadRecord, "uploadId" | "parts">): UploadRecord {
    const upload: UploadRecord = { ...record, uploadId: randomBytes(24).toString("base64url"), parts: [] };
    this.#table.put(upload.uploadId, upload);
    return upload;
  }

  get(uploadId: string): UploadRecord | undefined {
    return this.#table.get(uploadId);
  }

  /** Adds or replaces a part; returns the replaced part (whose blob the caller removes). */
  putPart(uploadId: string, part: PartRecord): { replaced?: PartRecord | undefined } | undefined {
    const upload = this.#table.get(uploadId);
    if (upload === undefined) return undefined;
    const replaced = upload.parts.find((p) => p.partNumber === part.partNumber);
    const parts = [...upload.parts.filter((p) => p.partNumber !== part.partNumber), part].sort((a, b) => a.partNumber - b.partNumber);
    this.#table.put(uploadId, { ...upload, parts });
    return { replaced };
  }

  delete(uploadId: string): UploadRecord | undefined {
    const upload = this.#table.get(uploadId);
    if (upload !== undefined) this.#table.delete(uploadId);
    return upload;
  }

  *forBucket(bucket: string): Generator<UploadRecord> {
    for (const upload of this.#table.values()) if (upload.bucket === bucket) yield upload;
  }
}
