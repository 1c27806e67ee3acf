// A request body as S3 receives it: plain or aws-chunked (signed or not, with trailers), hashed
// while it streams (MD5 for the ETag, the flexible checksum, the SHA-256 the client signed), and
// checked when it ends. The decoded bytes are what gets stored.
import { createHash } from "node:crypto";
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import type { VerifiedRequest } from "./auth.js";
import { decodeAwsChunked } from "./aws-chunked.js";
import { CHECKSUM_ALGORITHMS, algorithmOfHeader, parseAlgorithm, type ChecksumAlgorithm, type IncrementalHash, type StoredChecksum } from "./checksums.js";
import { S3Error } from "./errors.js";

export const MAX_OBJECT_BYTES = 5 * 1024 ** 3;

export interface ReceivedBody {
  readonly size: number;
  readonly md5: Buffer;
  /** The flexible checksum the client sent (verified), or computed for the algorithm it named. */
  readonly checksum?: StoredChecksum | undefined;
}

export interface BodyReader {
  /** The decoded bytes; throws an `S3Error` at the end if a check fails. */
  readonly source: AsyncIterable<Buffer>;
  /** Available once `source` has been fully consumed. */
  result(): ReceivedBody;
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

type PayloadMode = { kind: "plain"; sha256?: string | undefined } | { kind: "chunked"; signed: boolean; trailer: boolean };

function payloadMode(payloadHash: string): PayloadMode {
  switch (payloadHash) {
    case "UNSIGNED-PAYLOAD":
      return { kind: "plain" };
    case "STREAMING-UNSIGNED-PAYLOAD-TRAILER":
      return { kind: "chunked", signed: false, trailer: true };
    case "STREAMING-AWS4-HMAC-SHA256-PAYLOAD":
      return { kind: "chunked", signed: true, trailer: false };
    case "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER":
      return { kind: "chunked", signed: true, trailer: true };
    default:
      if (/^[0-9a-f]{64}$/.test(payloadHash)) return { kind: "plain", sha256: payloadHash };
      if (payloadHash.startsWith("STREAMING-AWS4-ECDSA")) throw new S3Error("NotImplemented", "SigV4a (ECDSA) streaming signatures are not supported by provena-local.");
      throw new S3Error("InvalidArgument", "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, a STREAMING-* value, or the hex SHA-256 of the payload.");
  }
}

/** The checksum algorithm and where its expected value comes from (header now, or the trailer). */
function checksumPlan(headers: IncomingHttpHeaders, headersAreTheBodys: boolean): { algorithm: ChecksumAlgorithm; headerValue?: string | undefined; trailer?: string | undefined } | undefined {
  if (headersAreTheBodys) for (const [name, spec] of Object.entries(CHECKSUM_ALGORITHMS)) {
    const value = header(headers, spec.header);
    if (value !== undefined) return { algorithm: name as ChecksumAlgorithm, headerValue: value };
  }
  const trailer = header(headers, "x-amz-trailer")?.trim().toLowerCase();
  if (trailer !== undefined && trailer !== "") {
    const algorithm = algorithmOfHeader(trailer);
    if (algorithm === undefined) throw new S3Error("InvalidRequest", `The trailer "${trailer}" is not a supported checksum.`);
    return { algorithm, trailer };
  }
  const declared = header(headers, "x-amz-sdk-checksum-algorithm");
  if (declared !== undefined) {
    const algorithm = parseAlgorithm(declared);
    if (algorithm === undefined) throw new S3Error("InvalidRequest", `Checksum algorithm "${declared}" is not supported.`);
    return { algorithm };
  }
  return undefined;
}

function declaredLength(headers: IncomingHttpHeaders, chunked: boolean): number | undefined {
  const text = chunked ? header(headers, "x-amz-decoded-content-length") : header(headers, "content-length");
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new S3Error("InvalidArgument", `Invalid ${chunked ? "x-amz-decoded-content-length" : "content-length"}: ${text}`);
  return value;
}

/**
 * `checksumHeaders: false` when the request's `x-amz-checksum-*` headers describe something else
 * than its body (CompleteMultipartUpload: the whole object's full-object checksum).
 */
export function readBody(raw: IncomingMessage, verified: VerifiedRequest, maxBytes = MAX_OBJECT_BYTES, checksumHeaders = true): BodyReader {
  const mode = payloadMode(verified.payloadHash);
  const plan = checksumPlan(raw.headers, checksumHeaders);
  const contentMd5 = header(raw.headers, "content-md5");
  if (contentMd5 !== undefined && Buffer.from(contentMd5, "base64").length !== 16) throw new S3Error("InvalidDigest", "The Content-MD5 you specified was invalid.");
  const expectedLength = declaredLength(raw.headers, mode.kind === "chunked");
  if (expectedLength !== undefined && expectedLength > maxBytes) {
    throw new S3Error("EntityTooLarge", `Your proposed upload exceeds the maximum allowed size (${maxBytes} bytes).`);
  }

  const md5 = createHash("md5");
  const sha256 = mode.kind === "plain" && mode.sha256 !== undefined ? createHash("sha256") : undefined;
  const checksumHash: IncrementalHash | undefined = plan === undefined ? undefined : CHECKSUM_ALGORITHMS[plan.algorithm].create();
  let trailers: ReadonlyMap<string, string> = new Map();
  let size = 0;
  let done: ReceivedBody | undefined;

  const decoded: AsyncIterable<Buffer> =
    mode.kind === "chunked"
      ? decodeAwsChunked(raw, {
          signing: mode.signed ? { key: verified.key, amzDate: verified.amzDate, scope: verified.scope, seed: verified.signature } : undefined,
          onTrailers: (t) => void (trailers = t),
        })
      : raw;

  async function* source(): AsyncGenerator<Buffer> {
    for await (const chunk of decoded) {
      size += chunk.length;
      if (size > maxBytes) throw new S3Error("EntityTooLarge", `Your proposed upload exceeds the maximum allowed size (${maxBytes} bytes).`);
      md5.update(chunk);
      sha256?.update(chunk);
      checksumHash?.update(chunk);
      yield chunk;
    }
    if (expectedLength !== undefined && size !== expectedLength) {
      throw new S3Error("IncompleteBody", `You did not provide the number of bytes specified by the ${mode.kind === "chunked" ? "x-amz-decoded-content-length" : "Content-Length"} HTTP header.`);
    }
    const md5Digest = md5.digest();
    if (sha256 !== undefined && sha256.digest("hex") !== (mode as { sha256: string }).sha256) {
      throw new S3Error("XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.");
    }
    if (contentMd5 !== undefined && !md5Digest.equals(Buffer.from(contentMd5, "base64"))) {
      throw new S3Error("BadDigest", "The Content-MD5 you specified did not match what we received.");
    }
    let checksum: StoredChecksum | undefined;
    if (plan !== undefined) {
      const expected = plan.headerValue ?? (plan.trailer === undefined ? undefined : trailers.get(plan.trailer));
      if (plan.trailer !== undefined && expected === undefined) {
        throw new S3Error("InvalidRequest", `The trailer ${plan.trailer} announced in x-amz-trailer was not sent.`);
      }
      const computed = (await (checksumHash as IncrementalHash).digest()).toString("base64");
      if (expected !== undefined && computed !== expected) {
        throw new S3Error("BadDigest", `The ${plan.algorithm} you specified did not match the calculated checksum.`);
      }
      checksum = { algorithm: plan.algorithm, value: computed, type: "FULL_OBJECT" };
    }
    done = { size, md5: md5Digest, checksum };
  }

  return {
    source: source(),
    result: () => {
      if (done === undefined) throw new Error("The body has not been read to its end.");
      return done;
    },
  };
}

/** Reads a small XML body (multipart completion, multi-object delete) with the same checks. */
export async function readSmallBody(raw: IncomingMessage, verified: VerifiedRequest, maxBytes: number, checksumHeaders = true): Promise<{ text: string; body: ReceivedBody }> {
  const reader = readBody(raw, verified, maxBytes, checksumHeaders);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of reader.source) chunks.push(chunk);
  } catch (error) {
    if (error instanceof S3Error && error.code === "EntityTooLarge") throw new S3Error("MaxMessageLengthExceeded", "Your request was too big.");
    throw error;
  }
  return { text: Buffer.concat(chunks).toString("utf8"), body: reader.result() };
}
