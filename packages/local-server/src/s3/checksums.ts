// The S3 flexible-checksum algorithms, as a table: the header each travels in and an
// incremental hasher, so bodies are verified while they stream. CRC32, SHA-1 and SHA-256 are
// Node's own; CRC32C and CRC64NVME (which Node lacks) are the AWS SDK's implementations, the
// ones its clients compute the same checksums with.
import { Crc32c, Crc64Nvme } from "@aws-sdk/checksums/crc";
import { createHash, type Hash } from "node:crypto";
import { crc32 } from "node:zlib";
import { CRC32, CRC32C, CRC64NVME, crcOfConcatenation, type ReflectedCrc } from "./crc-combine.js";

export type ChecksumAlgorithm = "CRC32" | "CRC32C" | "CRC64NVME" | "SHA1" | "SHA256";

export interface IncrementalHash {
  update(chunk: Buffer): void;
  /** The raw digest bytes (big-endian for CRCs, as S3 encodes them before base64). */
  digest(): Promise<Buffer>;
}

interface AlgorithmSpec {
  readonly header: string;
  readonly create: () => IncrementalHash;
  /** S3 offers COMPOSITE multipart checksums for this algorithm (CRC64NVME is FULL_OBJECT only). */
  readonly composite: boolean;
  /** For the CRCs: the parameters that let a full-object value be combined from the parts' values. */
  readonly crc?: ReflectedCrc;
}

function crc32Hash(): IncrementalHash {
  let value = 0;
  return {
    update: (chunk) => void (value = crc32(chunk, value)),
    digest: () => {
      const out = Buffer.alloc(4);
      out.writeUInt32BE(value >>> 0);
      return Promise.resolve(out);
    },
  };
}

/** An AWS SDK checksum (`@smithy/types` Checksum) as an incremental hash. */
function awsChecksum(Checksum: new () => { update(data: Uint8Array): void; digest(): Promise<Uint8Array> }): () => IncrementalHash {
  return () => {
    const checksum = new Checksum();
    return { update: (chunk) => checksum.update(chunk), digest: async () => Buffer.from(await checksum.digest()) };
  };
}

function nodeHash(name: string): () => IncrementalHash {
  return () => {
    const hash: Hash = createHash(name);
    return { update: (chunk) => void hash.update(chunk), digest: () => Promise.resolve(hash.digest()) };
  };
}

export const CHECKSUM_ALGORITHMS: Readonly<Record<ChecksumAlgorithm, AlgorithmSpec>> = {
  CRC32: { header: "x-amz-checksum-crc32", create: crc32Hash, composite: true, crc: CRC32 },
  CRC32C: { header: "x-amz-checksum-crc32c", create: awsChecksum(Crc32c), composite: true, crc: CRC32C },
  CRC64NVME: { header: "x-amz-checksum-crc64nvme", create: awsChecksum(Crc64Nvme), composite: false, crc: CRC64NVME },
  SHA1: { header: "x-amz-checksum-sha1", create: nodeHash("sha1"), composite: true },
  SHA256: { header: "x-amz-checksum-sha256", create: nodeHash("sha256"), composite: true },
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
export async function compositeChecksum(algorithm: ChecksumAlgorithm, partValues: readonly string[]): Promise<string> {
  const hash = CHECKSUM_ALGORITHMS[algorithm].create();
  for (const value of partValues) hash.update(Buffer.from(value, "base64"));
  return `${(await hash.digest()).toString("base64")}-${partValues.length}`;
}

/**
 * A CRC's full-object value (base64, as S3 sends it) from the base64 values and byte lengths of
 * consecutive pieces, without their bytes.
 */
export function combinedCrc(crc: ReflectedCrc, pieces: readonly { readonly value: string; readonly length: number }[]): string {
  const bytes = crc.width / 8;
  const whole = crcOfConcatenation(
    crc,
    pieces.map(({ value, length }) => {
      const raw = Buffer.from(value, "base64");
      if (raw.length !== bytes) throw new RangeError(`A ${crc.width}-bit CRC is ${bytes} bytes, not ${raw.length}`);
      return { crc: BigInt(`0x${raw.toString("hex")}`), length };
    }),
  );
  return Buffer.from(whole.toString(16).padStart(bytes * 2, "0"), "hex").toString("base64");
}

/** A stored object's checksum: algorithm, base64 value, and S3's checksum type. */
export interface StoredChecksum {
  readonly algorithm: ChecksumAlgorithm;
  readonly value: string;
  readonly type: "FULL_OBJECT" | "COMPOSITE";
}
