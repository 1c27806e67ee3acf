// S3 ETags computed locally: the MD5 of a single-part object, or for a multipart object the MD5
// of its parts' MD5s followed by `-<part count>`. Used to verify downloads and to find files
// that already match (resuming an interrupted transfer).
import { createHash } from "node:crypto";
import type { Hash } from "node:crypto";
import { createReadStream } from "node:fs";

/** Hashes a stream of chunks as S3 would for `partSize` parts (undefined: a single part). */
export class EtagHasher {
  readonly #whole: Hash | undefined;
  readonly #partSize: number | undefined;
  readonly #partDigests: Buffer[] = [];
  #part: Hash | undefined;
  #inPart = 0;

  constructor(partSize: number | undefined) {
    this.#partSize = partSize;
    if (partSize === undefined) this.#whole = createHash("md5");
    else this.#part = createHash("md5");
  }

  update(chunk: Uint8Array): void {
    if (this.#whole !== undefined) {
      this.#whole.update(chunk);
      return;
    }
    const partSize = this.#partSize as number;
    let offset = 0;
    while (offset < chunk.length) {
      const take = Math.min(partSize - this.#inPart, chunk.length - offset);
      (this.#part ??= createHash("md5")).update(chunk.subarray(offset, offset + take));
      this.#inPart += take;
      offset += take;
      if (this.#inPart === partSize) this.#closePart();
    }
  }

  /** The ETag, unquoted: `<hex>` or `<hex>-<n>`. */
  digest(): string {
    if (this.#whole !== undefined) return this.#whole.digest("hex");
    if (this.#inPart > 0) this.#closePart();
    return `${createHash("md5").update(Buffer.concat(this.#partDigests)).digest("hex")}-${this.#partDigests.length}`;
  }

  #closePart(): void {
    this.#partDigests.push((this.#part as Hash).digest());
    this.#part = undefined;
    this.#inPart = 0;
  }
}

/** `"abc"` → `abc`. */
export function unquoteEtag(etag: string): string {
  return etag.replace(/^W\//, "").replace(/^"|"$/g, "");
}

const MIB = 1024 * 1024;

/**
 * The part size an object with this ETag was uploaded with: undefined for a single-part ETag,
 * `null` when the part size cannot be worked out (the ETag then cannot be checked locally).
 */
export function partSizeFor(etag: string, size: number, preferredPartSize: number): number | undefined | null {
  const match = /-(\d+)$/.exec(unquoteEtag(etag));
  if (match === null) return undefined;
  const parts = Number(match[1]);
  const even = Math.ceil(size / parts);
  const candidates = [preferredPartSize, Math.ceil(even / MIB) * MIB, even, 5 * MIB, 8 * MIB, 16 * MIB];
  // S3 parts are at least 5 MiB, the last one excepted.
  return candidates.find((p) => p >= 5 * MIB && Math.ceil(size / p) === parts) ?? null;
}

/** The ETag of a local file, hashed as if uploaded in `partSize` parts (undefined: one part). */
export async function fileEtag(path: string, partSize: number | undefined, signal?: AbortSignal): Promise<string> {
  const hasher = new EtagHasher(partSize);
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024, signal })) hasher.update(chunk as Buffer);
  return hasher.digest();
}
