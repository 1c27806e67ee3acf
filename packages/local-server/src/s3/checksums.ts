// The S3 flexible-checksum algorithms, as a table: the header each travels in and, where Node
// computes it natively, an incremental hasher so bodies are verified while they stream.
// CRC32C and CRC64NVME have no native implementation in Node; their client values are kept
// and returned unverified (the MD5 ETag and any SHA-256 payload hash are still checked).
import { createHash, type Hash } from "node:crypto";
import { crc32 } from "node:zlib";

export type ChecksumAlgorithm = "CRC32" | "CRC32C" | "CRC64NVME" | "SHA1" | "SHA256";

export interface IncrementalHash {
  update(chunk: Buffer): void;
  /** The raw digest bytes (big-endian for CRCs, as S3 encodes them before base64). */
  digest(): Buffer;
}

interface AlgorithmSpec {
  readonly header: string;
  readonly create: (() => IncrementalHash) | undefined;
}

function crc32Hash(): IncrementalHash {
  let value = 0;
  return {
    update: (chunk) => void (value = crc32(chunk, value)),
    digest: () => {
      const out = Buffer.alloc(4);
      out.writeUInt32BE(value >>> 0);
      return out;
    },
  };
}

function nodeHash(name: string): () => IncrementalHash {
  return () => {
    const hash: Hash = createHash(name);
    return { update: (chunk) => void hash.update(chunk), digest: () => hash.digest() };
  };
}

export const CHECKSUM_ALGORITHMS: Readonly<Record<ChecksumAlgorithm, AlgorithmSpec>> = {
  CRC32: { header: "x-amz-checksum-crc32", create: crc32Hash },
  CRC32C: { header: "x-amz-checksum-crc32c", create: undefined },
  CRC64NVME: { header: "x-amz-checksum-crc64nvme", create: undefined },
  SHA1: { header: "x-amz-checksum-sha1", create: nodeHash("sha1") },
  SHA256: { header: "x-amz-checksum-sha256", create: nodeHash("sha256") },
};

const BY_HEADER = new Map(Object.entries(CHECKSUM_ALGORITHMS).map(([name, spec]) => [spec.header, name as ChecksumAlgorithm]));

/** The algorithm a `x-amz-checksum-*` header (or trailer) name stands for. */
export function algorithmOfHeader(header: string): ChecksumAlgorithm | undefined {
  return BY_HEADER.get(header.toLowerCase());
}

export function parseAlgorithm(value: string | undefined): ChecksumAlgorithm | undefined {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  return Object.hasOwn(CHECKSUM_ALGORITHMS, upper) ? (upper as ChecksumAlgorithm) : undefined;
}

/** S3's composite checksum of a multipart object: the checksum of the parts' raw checksums, `-N`. */
export function compositeChecksum(algorithm: ChecksumAlgorithm, partValues: readonly string[]): string | undefined {
  const create = CHECKSUM_ALGORITHMS[algorithm].create;
  if (create === undefined) return undefined;
  const hash = create();
  for (const value of partValues) hash.update(Buffer.from(value, "base64"));
  return `${hash.digest().toString("base64")}-${partValues.length}`;
}

/** A stored object's checksum: algorithm, base64 value, and S3's checksum type. */
export interface StoredChecksum {
  readonly algorithm: ChecksumAlgorithm;
  readonly value: string;
  readonly type: "FULL_OBJECT" | "COMPOSITE";
}
