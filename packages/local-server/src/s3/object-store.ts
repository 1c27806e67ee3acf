// Objects on disk. Each object's bytes are one or more immutable blob files (a multipart object
// keeps its parts as segments, so completing an upload copies nothing); the index — key, size,
// ETag, checksum, content type, user metadata, segments — lives in a storage table. Keys map to
// random blob names, so any S3 key (`a` and `a/b`, `..`, very long names) is safe on disk.
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, mkdirSync } from "node:fs";
import { copyFile, readFile, unlink } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Storage, Table } from "../store/storage.js";
import type { StoredChecksum } from "./checksums.js";

export interface Segment {
  readonly file: string;
  readonly size: number;
}

export interface ObjectRecord {
  readonly bucket: string;
  readonly key: string;
  readonly size: number;
  /** Quoted, as S3 sends it: `"<md5 hex>"` or `"<md5 of md5s>-N"`. */
  readonly etag: string;
  readonly contentType: string;
  /** ISO time. */
  readonly lastModified: string;
  readonly segments: readonly Segment[];
  readonly checksum?: StoredChecksum | undefined;
  /** `x-amz-meta-*` pairs (names lower-cased, without the prefix). */
  readonly metadata: readonly (readonly [string, string])[];
  /** Content-Disposition, Cache-Control and the other headers S3 stores with an object. */
  readonly storedHeaders?: readonly (readonly [string, string])[] | undefined;
  /** Number of parts for a multipart object. */
  readonly partsCount?: number | undefined;
}

export interface ListInput {
  readonly prefix: string;
  readonly delimiter: string;
  /** Resume strictly after this key; when `afterIsPrefix`, also past every key under it. */
  readonly after?: string | undefined;
  readonly afterIsPrefix?: boolean | undefined;
  readonly maxKeys: number;
}

export interface ListOutput {
  readonly objects: ObjectRecord[];
  readonly commonPrefixes: string[];
  readonly truncated: boolean;
  /** The last key or common prefix returned (where a continuation resumes). */
  readonly last?: { readonly key: string; readonly isPrefix: boolean } | undefined;
}

/** Where a streamed body went: the blob file and its size. */
export type BlobSink = (source: AsyncIterable<Buffer>) => Promise<Segment>;

const READ_CHUNK = 512 * 1024;

const indexKey = (bucket: string, key: string): string => `${bucket}/${key}`;

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class ObjectStore {
  readonly #blobs: string;
  readonly #table: Table<ObjectRecord>;
  // Sorted keys per bucket for listing, built from the table on first use.
  #sorted: Map<string, string[]> | undefined;

  constructor(root: string, storage: Storage) {
    this.#blobs = join(root, "blobs");
    mkdirSync(this.#blobs, { recursive: true });
    this.#table = storage.table<ObjectRecord>("s3.objects");
  }

  blobPath(file: string): string {
    return join(this.#blobs, file);
  }

  /** Streams `source` into a new blob file; the file is removed if the stream fails. */
  async writeBlob(source: AsyncIterable<Buffer>): Promise<Segment> {
    const file = randomUUID();
    const path = this.blobPath(file);
    let size = 0;
    const counted = async function* (): AsyncGenerator<Buffer> {
      for await (const chunk of source) {
        size += chunk.length;
        yield chunk;
      }
    };
    try {
      await pipeline(counted, createWriteStream(path, { highWaterMark: READ_CHUNK }));
    } catch (error) {
      await unlink(path).catch(() => undefined);
      throw error;
    }
    return { file, size };
  }

  async copyBlob(segment: Segment): Promise<Segment> {
    const file = randomUUID();
    await copyFile(this.blobPath(segment.file), this.blobPath(file));
    return { file, size: segment.size };
  }

  removeBlobs(segments: readonly Segment[]): void {
    for (const segment of segments) void unlink(this.blobPath(segment.file)).catch(() => undefined);
  }

  get(bucket: string, key: string): ObjectRecord | undefined {
    return this.#table.get(indexKey(bucket, key));
  }

  /** Records the object (replacing and removing any previous version's blobs). */
  commit(record: ObjectRecord): void {
    const id = indexKey(record.bucket, record.key);
    const previous = this.#table.get(id);
    this.#table.put(id, record);
    if (previous === undefined) this.#insertSorted(record.bucket, record.key);
    else this.removeBlobs(previous.segments.filter((s) => !record.segments.some((r) => r.file === s.file)));
  }

  delete(bucket: string, key: string): boolean {
    const id = indexKey(bucket, key);
    const previous = this.#table.get(id);
    if (previous === undefined) return false;
    this.#table.delete(id);
    const sorted = this.#sortedKeys(bucket);
    const at = lowerBound(sorted, key);
    if (sorted[at] === key) sorted.splice(at, 1);
    this.removeBlobs(previous.segments);
    return true;
  }

  hasPrefix(bucket: string, prefix: string): boolean {
    const sorted = this.#sortedKeys(bucket);
    const at = lowerBound(sorted, prefix);
    return at < sorted.length && (sorted[at] as string).startsWith(prefix);
  }

  /** Bytes `start..end` (inclusive) of the object, streamed from its blob files. */
  read(record: ObjectRecord, start = 0, end = record.size - 1): Readable {
    const only = record.segments.length === 1 ? record.segments[0] : undefined;
    if (only !== undefined) return createReadStream(this.blobPath(only.file), { start, end, highWaterMark: READ_CHUNK });
    const blobPath = (file: string): string => this.blobPath(file);
    async function* segments(): AsyncGenerator<Buffer> {
      let offset = 0;
      for (const segment of record.segments) {
        const segStart = offset;
        const segEnd = offset + segment.size - 1;
        offset += segment.size;
        if (segEnd < start || segment.size === 0) continue;
        if (segStart > end) break;
        const from = Math.max(start, segStart) - segStart;
        const to = Math.min(end, segEnd) - segStart;
        yield* createReadStream(blobPath(segment.file), { start: from, end: to, highWaterMark: READ_CHUNK }) as AsyncIterable<Buffer>;
      }
    }
    return Readable.from(segments(), { objectMode: false });
  }

  /** All the bytes of one blob file (a part of an upload, a segment of an object). */
  readBlob(segment: Segment): Readable {
    return createReadStream(this.blobPath(segment.file), { highWaterMark: READ_CHUNK });
  }

  async readAll(record: ObjectRecord): Promise<Buffer> {
    const parts = await Promise.all(record.segments.map((s) => readFile(this.blobPath(s.file))));
    return Buffer.concat(parts);
  }

  list(bucket: string, input: ListInput): ListOutput {
    const sorted = this.#sortedKeys(bucket);
    const { prefix, delimiter, maxKeys } = input;
    // `max-keys=0` asks for nothing; a truncated answer with no token would loop a paginator.
    if (maxKeys <= 0) return { objects: [], commonPrefixes: [], truncated: false };
    let at = lowerBound(sorted, prefix);
    if (input.after !== undefined && input.after >= prefix) {
      at = lowerBound(sorted, input.after);
      if (sorted[at] === input.after) at++;
    }
    const objects: ObjectRecord[] = [];
    const commonPrefixes: string[] = [];
    let last: ListOutput["last"];
    let skipUnder = input.afterIsPrefix === true ? input.after : undefined;
    for (; at < sorted.length; at++) {
      const key = sorted[at] as string;
      if (!key.startsWith(prefix)) break;
      if (skipUnder !== undefined && key.startsWith(skipUnder)) continue;
      const cut = delimiter === "" ? -1 : key.indexOf(delimiter, prefix.length);
      if (objects.length + commonPrefixes.length >= maxKeys) return { objects, commonPrefixes, truncated: true, last };
      if (cut >= 0) {
        const common = key.slice(0, cut + delimiter.length);
        commonPrefixes.push(common);
        skipUnder = common;
        last = { key: common, isPrefix: true };
      } else {
        const record = this.#table.get(indexKey(bucket, key));
        if (record === undefined) continue;
        objects.push(record);
        last = { key, isPrefix: false };
      }
    }
    return { objects, commonPrefixes, truncated: false, last };
  }

  #sortedKeys(bucket: string): string[] {
    if (this.#sorted === undefined) {
      this.#sorted = new Map();
      for (const record of this.#table.values()) {
        let keys = this.#sorted.get(record.bucket);
        if (keys === undefined) this.#sorted.set(record.bucket, (keys = []));
        keys.push(record.key);
      }
      for (const keys of this.#sorted.values()) keys.sort();
    }
    let keys = this.#sorted.get(bucket);
    if (keys === undefined) this.#sorted.set(bucket, (keys = []));
    return keys;
  }

  #insertSorted(bucket: string, key: string): void {
    const sorted = this.#sortedKeys(bucket);
    const at = lowerBound(sorted, key);
    if (sorted[at] !== key) sorted.splice(at, 0, key);
  }
}
