// Multipart upload: create, upload part, complete (ETag = MD5 of the parts' MD5s + `-N`,
// composite or full-object checksums from the parts' own), abort, list parts. A completed object keeps its part files as segments.
import { createHash } from "node:crypto";
import { parseXML } from "@aws-sdk/xml-builder";
import type { Reply } from "../http/reply.js";
import { CHECKSUM_ALGORITHMS, combinedCrc, compositeChecksum, parseAlgorithm, type ChecksumAlgorithm, type StoredChecksum } from "./checksums.js";
import { S3Error } from "./errors.js";
import { attributesFrom, checksumHeaders } from "./object-headers.js";
import type { ObjectRecord } from "./object-store.js";
import { readBody, readSmallBody } from "./payload.js";
import { headerOf, type S3Request } from "./request.js";
import type { PartRecord, UploadRecord } from "./uploads.js";
import { element, leaf, xmlReply, xmlTime } from "./xml.js";

export const MIN_PART_BYTES = 5 * 1024 * 1024;
const MAX_PART_NUMBER = 10_000;

export function upload(request: S3Request): UploadRecord {
  const uploadId = request.query.get("uploadId") ?? "";
  const record = request.storage.uploads.get(uploadId);
  if (record === undefined || record.bucket !== request.bucket || record.key !== request.key) {
    throw new S3Error("NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.", { UploadId: uploadId });
  }
  return record;
}

export function createMultipartUpload(request: S3Request): Reply {
  const declared = headerOf(request, "x-amz-checksum-algorithm");
  const algorithm = parseAlgorithm(declared);
  if (declared !== undefined && algorithm === undefined) throw new S3Error("InvalidRequest", `Checksum algorithm "${declared}" is not supported.`);
  const type = headerOf(request, "x-amz-checksum-type")?.toUpperCase();
  if (type !== undefined && type !== "COMPOSITE" && type !== "FULL_OBJECT") throw new S3Error("InvalidRequest", `Checksum type "${type}" is not supported.`);
  // As S3: CRC64NVME exists only as a full-object checksum, and is that by default.
  const composable = algorithm === undefined || CHECKSUM_ALGORITHMS[algorithm].composite;
  if (type === "COMPOSITE" && !composable) throw new S3Error("InvalidRequest", `The ${algorithm} checksum algorithm does not support the COMPOSITE checksum type.`);
  const created = request.storage.uploads.create({
    bucket: request.bucket,
    key: request.key,
    initiated: new Date().toISOString(),
    initiator: request.auth.session.sessionName,
    ...attributesFrom(request.headers),
    algorithm,
    checksumType: type === "FULL_OBJECT" || !composable ? "FULL_OBJECT" : "COMPOSITE",
  });
  const headers: Record<string, string> = {};
  if (algorithm !== undefined) {
    headers["x-amz-checksum-algorithm"] = algorithm;
    headers["x-amz-checksum-type"] = created.checksumType;
  }
  return xmlReply(element("InitiateMultipartUploadResult", [leaf("Bucket", request.bucket), leaf("Key", request.key), leaf("UploadId", created.uploadId)]), 200, headers);
}

export function partNumberOf(text: string | undefined): number {
  const value = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || value < 1 || value > MAX_PART_NUMBER) {
    throw new S3Error("InvalidArgument", `Part number must be an integer between 1 and ${MAX_PART_NUMBER}, inclusive`, { ArgumentName: "partNumber", ArgumentValue: text ?? "" });
  }
  return value;
}

export async function uploadPart(request: S3Request): Promise<Reply> {
  const partNumber = partNumberOf(request.query.get("partNumber"));
  const current = upload(request);
  const { objects } = request.storage;
  const reader = readBody(request.raw, request.auth);
  const segment = await objects.writeBlob(reader.source);
  let body;
  try {
    body = reader.result();
    if (current.algorithm !== undefined && body.checksum !== undefined && body.checksum.algorithm !== current.algorithm) {
      throw new S3Error("InvalidRequest", `Checksum type mismatch: the upload uses ${current.algorithm}, the part sent ${body.checksum.algorithm}.`);
    }
  } catch (error) {
    objects.removeBlobs([segment]);
    throw error;
  }
  const part = storePart(request, current, { partNumber, ...segment, etag: `"${body.md5.toString("hex")}"`, checksum: body.checksum?.value, lastModified: new Date().toISOString() });
  const headers: Record<string, string> = { etag: part.etag };
  if (body.checksum !== undefined) headers[CHECKSUM_ALGORITHMS[body.checksum.algorithm].header] = body.checksum.value;
  return { status: 200, headers };
}

/** Records a part whose blob is written; a part it replaces loses its blob. */
export function storePart(request: S3Request, current: UploadRecord, part: PartRecord): PartRecord {
  const { objects, uploads } = request.storage;
  const stored = uploads.putPart(current.uploadId, part);
  if (stored === undefined) {
    // Aborted or completed while the part streamed in.
    objects.removeBlobs([part]);
    throw new S3Error("NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.");
  }
  if (stored.replaced !== undefined) objects.removeBlobs([stored.replaced]);
  return part;
}

type XmlObject = Record<string, unknown>;
const malformed = (): S3Error => new S3Error("MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema.");

function requestedParts(xml: string): { partNumber: number; etag: string; checksums: XmlObject }[] {
  let parsed: XmlObject;
  try {
    parsed = parseXML(xml) as XmlObject;
  } catch {
    throw malformed();
  }
  const root = parsed["CompleteMultipartUpload"];
  if (typeof root !== "object" || root === null) throw malformed();
  const list = (root as XmlObject)["Part"];
  const parts = list === undefined ? [] : Array.isArray(list) ? list : [list];
  if (parts.length === 0) throw malformed();
  return parts.map((part: unknown) => {
    if (typeof part !== "object" || part === null) throw malformed();
    const { PartNumber, ETag, ...checksums } = part as XmlObject;
    if (typeof PartNumber !== "string" || typeof ETag !== "string") throw malformed();
    return { partNumber: partNumberOf(PartNumber.trim()), etag: ETag.trim(), checksums };
  });
}

const bareEtag = (etag: string): string => etag.replace(/^"|"$/g, "");

export async function completeMultipartUpload(request: S3Request): Promise<Reply> {
  const current = upload(request);
  const { text } = await readSmallBody(request.raw, request.auth, 4 * 1024 * 1024, false);
  const requested = requestedParts(text);
  const byNumber = new Map(current.parts.map((p) => [p.partNumber, p]));
  const chosen: PartRecord[] = [];
  if (requested.some((wanted, i) => i > 0 && wanted.partNumber <= (requested[i - 1] as { partNumber: number }).partNumber)) {
    throw new S3Error("InvalidPartOrder", "The list of parts was not in ascending order. The parts list must be specified in order by part number.");
  }
  for (const [index, wanted] of requested.entries()) {
    const part = byNumber.get(wanted.partNumber);
    if (part === undefined || bareEtag(part.etag) !== bareEtag(wanted.etag)) {
      throw new S3Error("InvalidPart", "One or more of the specified parts could not be found. The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.", {
        PartNumber: String(wanted.partNumber),
      });
    }
    if (current.algorithm !== undefined) {
      const sent = wanted.checksums[`Checksum${current.algorithm}`];
      if (typeof sent === "string" && part.checksum !== undefined && sent.trim() !== part.checksum) {
        throw new S3Error("InvalidPart", `The ${current.algorithm} of part ${wanted.partNumber} does not match the uploaded part.`, { PartNumber: String(wanted.partNumber) });
      }
    }
    if (index < requested.length - 1 && part.size < MIN_PART_BYTES) {
      throw new S3Error("EntityTooSmall", "Your proposed upload is smaller than the minimum allowed object size.", {
        ProposedSize: String(part.size),
        MinSizeAllowed: String(MIN_PART_BYTES),
        PartNumber: String(part.partNumber),
        ETag: part.etag,
      });
    }
    chosen.push(part);
  }

  const md5s = createHash("md5");
  for (const part of chosen) md5s.update(Buffer.from(bareEtag(part.etag), "hex"));
  const etag = `"${md5s.digest("hex")}-${chosen.length}"`;
  const record: Mutable<ObjectRecord> = {
    bucket: current.bucket,
    key: current.key,
    size: chosen.reduce((sum, p) => sum + p.size, 0),
    etag,
    contentType: current.contentType,
    metadata: current.metadata,
    storedHeaders: current.storedHeaders,
    lastModified: new Date().toISOString(),
    segments: chosen.map((p) => ({ file: p.file, size: p.size })),
    partsCount: chosen.length,
  };
  record.checksum = await uploadChecksum(current, chosen, record, request);
  if (request.storage.uploads.delete(current.uploadId) === undefined) {
    throw new S3Error("NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.");
  }
  const used = new Set(chosen.map((p) => p.file));
  request.storage.objects.removeBlobs(current.parts.filter((p) => !used.has(p.file)));
  request.storage.objects.commit(record);
  const location = `${request.storage.endpoint}/${request.bucket}/${request.key}`;
  return xmlReply(
    element("CompleteMultipartUploadResult", [
      leaf("Location", location),
      leaf("Bucket", request.bucket),
      leaf("Key", request.key),
      leaf("ETag", etag),
      ...(record.checksum === undefined ? [] : [leaf(`Checksum${record.checksum.algorithm}`, record.checksum.value), leaf("ChecksumType", record.checksum.type)]),
    ]),
    200,
    checksumHeaders(record.checksum),
  );
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * COMPOSITE: the checksum of the parts' checksums, `-N`. FULL_OBJECT: the checksum of the whole
 * object — for a CRC combined from the parts' CRCs (crc-combine.ts; a part stored without one is
 * read back for it), otherwise read back from the part files — and the value the client gives
 * checked against it (BadDigest when they differ).
 */
async function uploadChecksum(current: UploadRecord, chosen: readonly PartRecord[], record: ObjectRecord, request: S3Request): Promise<StoredChecksum | undefined> {
  const algorithm = current.algorithm;
  if (algorithm === undefined) return undefined;
  const spec = CHECKSUM_ALGORITHMS[algorithm];
  const { objects } = request.storage;
  if (current.checksumType === "FULL_OBJECT") {
    const crc = spec.crc;
    let value: string;
    if (crc === undefined) value = await digestOf(algorithm, objects.read(record));
    else {
      const pieces = [];
      for (const part of chosen) pieces.push({ value: part.checksum ?? (await digestOf(algorithm, objects.readBlob(part))), length: part.size });
      value = combinedCrc(crc, pieces);
    }
    const sent = headerOf(request, spec.header);
    if (sent !== undefined && sent !== value) throw new S3Error("BadDigest", `The ${algorithm} you specified for the full object did not match the calculated checksum.`);
    return { algorithm, value, type: "FULL_OBJECT" };
  }
  const values = chosen.map((p) => p.checksum);
  if (values.some((v) => v === undefined)) return undefined;
  return { algorithm, value: await compositeChecksum(algorithm, values as string[]), type: "COMPOSITE" };
}

/** The base64 checksum of a stream of bytes. */
async function digestOf(algorithm: ChecksumAlgorithm, bytes: AsyncIterable<unknown>): Promise<string> {
  const hash = CHECKSUM_ALGORITHMS[algorithm].create();
  for await (const chunk of bytes) hash.update(chunk as Buffer);
  return (await hash.digest()).toString("base64");
}

export function abortMultipartUpload(request: S3Request): Reply {
  const current = upload(request);
  request.storage.uploads.delete(current.uploadId);
  request.storage.objects.removeBlobs(current.parts);
  return { status: 204 };
}

export function listParts(request: S3Request): Reply {
  const current = upload(request);
  const markerText = request.query.get("part-number-marker");
  const marker = markerText === undefined || markerText === "" ? 0 : Number(markerText);
  if (!Number.isInteger(marker) || marker < 0) throw new S3Error("InvalidArgument", "part-number-marker must be a non-negative integer.");
  const maxText = request.query.get("max-parts");
  const maxParts = maxText === undefined ? 1000 : Math.min(1000, Number(maxText));
  if (!Number.isInteger(maxParts) || maxParts < 0) throw new S3Error("InvalidArgument", "max-parts must be a non-negative integer.");
  const after = current.parts.filter((p) => p.partNumber > marker);
  const page = after.slice(0, maxParts);
  const truncated = after.length > page.length;
  const owner = element("Owner", [leaf("ID", "provena-local"), leaf("DisplayName", "provena-local")]);
  return xmlReply(
    element("ListPartsResult", [
      leaf("Bucket", current.bucket),
      leaf("Key", current.key),
      leaf("UploadId", current.uploadId),
      element("Initiator", [leaf("ID", request.auth.session.sessionName), leaf("DisplayName", request.auth.session.sessionName)]),
      owner,
      leaf("StorageClass", "STANDARD"),
      leaf("PartNumberMarker", marker),
      leaf("NextPartNumberMarker", page.at(-1)?.partNumber ?? marker),
      leaf("MaxParts", maxParts),
      leaf("IsTruncated", truncated),
      leaf("ChecksumAlgorithm", current.algorithm),
      current.algorithm === undefined ? undefined : leaf("ChecksumType", current.checksumType),
      ...page.map((p) =>
        element("Part", [
          leaf("PartNumber", p.partNumber),
          leaf("LastModified", xmlTime(p.lastModified)),
          leaf("ETag", p.etag),
          leaf("Size", p.size),
          current.algorithm === undefined ? undefined : leaf(`Checksum${current.algorithm}`, p.checksum),
        ]),
      ),
    ]),
  );
}
