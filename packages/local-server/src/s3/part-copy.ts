// UploadPartCopy: a part of a multipart upload copied from (a byte range of) an existing object,
// streamed from its blob files into the part's own, hashed on the way (MD5 for the part's ETag,
// the upload's checksum algorithm for its checksum).
import { createHash } from "node:crypto";
import type { Reply } from "../http/reply.js";
import { authorize } from "./access.js";
import { CHECKSUM_ALGORITHMS } from "./checksums.js";
import { S3Error } from "./errors.js";
import { partNumberOf, storePart, upload } from "./multipart-ops.js";
import { etagMatches, existing, parseCopySource } from "./object-ops.js";
import type { ObjectRecord } from "./object-store.js";
import { headerOf, type S3Request } from "./request.js";
import { element, leaf, xmlReply, xmlTime } from "./xml.js";

const MAX_PART_BYTES = 5 * 1024 ** 3;

/** `x-amz-copy-source-range: bytes=first-last` (both required, inclusive), checked against the source's size. */
function copyRange(value: string | undefined, size: number): { start: number; end: number } {
  if (value === undefined) return { start: 0, end: size - 1 };
  const match = /^bytes=(\d+)-(\d+)$/.exec(value.trim());
  if (match === null) {
    throw new S3Error("InvalidArgument", "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy", {
      ArgumentName: "x-amz-copy-source-range",
      ArgumentValue: value,
    });
  }
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (start > end || end >= size) throw new S3Error("InvalidRequest", `Range specified is not valid for source object of size: ${size}`);
  return { start, end };
}

/** The copy-source conditions S3 applies (if-match / if-none-match, modified since / unmodified since). */
function checkConditions(request: S3Request, source: ObjectRecord): void {
  const failed = (): S3Error => new S3Error("PreconditionFailed", "At least one of the pre-conditions you specified did not hold");
  const ifMatch = headerOf(request, "x-amz-copy-source-if-match");
  const ifNoneMatch = headerOf(request, "x-amz-copy-source-if-none-match");
  const modified = Math.floor(Date.parse(source.lastModified) / 1000) * 1000;
  if (ifMatch !== undefined && !etagMatches(ifMatch, source.etag)) throw failed();
  if (ifNoneMatch !== undefined && etagMatches(ifNoneMatch, source.etag)) throw failed();
  const unmodifiedSince = headerOf(request, "x-amz-copy-source-if-unmodified-since");
  if (ifMatch === undefined && unmodifiedSince !== undefined && modified > Date.parse(unmodifiedSince)) throw failed();
  const modifiedSince = headerOf(request, "x-amz-copy-source-if-modified-since");
  if (ifNoneMatch === undefined && modifiedSince !== undefined && modified <= Date.parse(modifiedSince)) throw failed();
}

export async function uploadPartCopy(request: S3Request): Promise<Reply> {
  const partNumber = partNumberOf(request.query.get("partNumber"));
  const current = upload(request);
  const from = parseCopySource(headerOf(request, "x-amz-copy-source") ?? "");
  authorize(request.auth.session, "read", from.bucket, from.key);
  const source = existing(request, from.bucket, from.key);
  checkConditions(request, source);
  const range = copyRange(headerOf(request, "x-amz-copy-source-range"), source.size);
  if (range.end - range.start + 1 > MAX_PART_BYTES) throw new S3Error("EntityTooLarge", "Your proposed upload exceeds the maximum allowed size.");

  const md5 = createHash("md5");
  const checksum = current.algorithm === undefined ? undefined : CHECKSUM_ALGORITHMS[current.algorithm].create();
  const { objects } = request.storage;
  const hashed = async function* (): AsyncGenerator<Buffer> {
    // An empty source has no bytes to read (its range is the empty 0..-1).
    if (source.size === 0) return;
    for await (const chunk of objects.read(source, range.start, range.end)) {
      md5.update(chunk as Buffer);
      checksum?.update(chunk as Buffer);
      yield chunk as Buffer;
    }
  };
  const segment = await objects.writeBlob(hashed());
  const value = checksum === undefined ? undefined : (await checksum.digest()).toString("base64");
  const part = storePart(request, current, { partNumber, ...segment, etag: `"${md5.digest("hex")}"`, checksum: value, lastModified: new Date().toISOString() });
  return xmlReply(
    element("CopyPartResult", [
      leaf("ETag", part.etag),
      leaf("LastModified", xmlTime(part.lastModified)),
      current.algorithm === undefined ? undefined : leaf(`Checksum${current.algorithm}`, value),
    ]),
  );
}
