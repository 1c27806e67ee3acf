// Single-object operations: PutObject, GetObject (ranges, conditions), HeadObject, DeleteObject,
// CopyObject, and the multi-object DeleteObjects.
import { parseXML, XmlNode } from "@aws-sdk/xml-builder";
import type { Reply } from "../http/reply.js";
import { allowed, authorize } from "./access.js";
import { S3Error } from "./errors.js";
import { attributesFrom, checksumHeaders, objectHeaders } from "./object-headers.js";
import type { ObjectRecord } from "./object-store.js";
import { readBody, readSmallBody } from "./payload.js";
import { headerOf, type S3Request } from "./request.js";
import { element, leaf, xmlReply, xmlTime } from "./xml.js";

const MAX_DELETE_KEYS = 1000;

export async function putObject(request: S3Request): Promise<Reply> {
  const { objects } = request.storage;
  const reader = readBody(request.raw, request.auth);
  const segment = await objects.writeBlob(reader.source);
  const body = reader.result();
  const attributes = attributesFrom(request.headers);
  const record: ObjectRecord = {
    bucket: request.bucket,
    key: request.key,
    size: body.size,
    etag: `"${body.md5.toString("hex")}"`,
    lastModified: new Date().toISOString(),
    segments: [segment],
    checksum: body.checksum,
    ...attributes,
  };
  objects.commit(record);
  return { status: 200, headers: { etag: record.etag, ...checksumHeaders(record.checksum) } };
}

export function existing(request: S3Request, bucket = request.bucket, key = request.key): ObjectRecord {
  const record = request.storage.objects.get(bucket, key);
  if (record === undefined) throw new S3Error("NoSuchKey", "The specified key does not exist.", { Key: key });
  return record;
}

const unquote = (etag: string): string => etag.trim().replace(/^W\//, "").replace(/^"|"$/g, "");

export function etagMatches(list: string, etag: string): boolean {
  const ours = unquote(etag);
  return list.split(",").some((candidate) => candidate.trim() === "*" || unquote(candidate) === ours);
}

/** 412/304 per RFC 7232 as S3 applies them; undefined when the request may proceed. */
function conditionalReply(request: S3Request, record: ObjectRecord): Reply | undefined {
  const modified = Math.floor(Date.parse(record.lastModified) / 1000) * 1000;
  const ifMatch = headerOf(request, "if-match");
  const ifNoneMatch = headerOf(request, "if-none-match");
  const since = headerOf(request, "if-modified-since");
  const unmodifiedSince = headerOf(request, "if-unmodified-since");
  if (ifMatch !== undefined && !etagMatches(ifMatch, record.etag)) throw new S3Error("PreconditionFailed", "At least one of the pre-conditions you specified did not hold");
  if (ifMatch === undefined && unmodifiedSince !== undefined && modified > Date.parse(unmodifiedSince)) {
    throw new S3Error("PreconditionFailed", "At least one of the pre-conditions you specified did not hold");
  }
  const notModified = { status: 304, headers: { etag: record.etag, "last-modified": new Date(record.lastModified).toUTCString() } };
  if (ifNoneMatch !== undefined) return etagMatches(ifNoneMatch, record.etag) ? notModified : undefined;
  if (since !== undefined && modified <= Date.parse(since)) return notModified;
  return undefined;
}

/** `bytes=a-b`, `bytes=a-`, `bytes=-n`; anything else is ignored as S3 does. */
function parseRange(value: string | undefined, size: number): { start: number; end: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(value.trim());
  if (m === null || (m[1] === "" && m[2] === "")) return undefined;
  let start: number;
  let end: number;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0) throw new S3Error("InvalidRange", "The requested range is not satisfiable", { RangeRequested: value, ActualObjectSize: String(size) });
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
    if (m[2] !== "" && Number(m[2]) < start) return undefined;
  }
  if (start >= size) throw new S3Error("InvalidRange", "The requested range is not satisfiable", { RangeRequested: value, ActualObjectSize: String(size) });
  return { start, end };
}

function readObject(request: S3Request, withBody: boolean): Reply {
  const record = existing(request);
  const conditional = conditionalReply(request, record);
  if (conditional !== undefined) return conditional;
  const range = parseRange(headerOf(request, "range"), record.size);
  const checksumMode = headerOf(request, "x-amz-checksum-mode")?.toUpperCase() === "ENABLED";
  const headers = objectHeaders(record, checksumMode && range === undefined, request.query);
  const start = range?.start ?? 0;
  const end = range?.end ?? record.size - 1;
  headers["content-length"] = String(Math.max(0, end - start + 1));
  if (range !== undefined) headers["content-range"] = `bytes ${start}-${end}/${record.size}`;
  const status = range === undefined ? 200 : 206;
  if (!withBody || record.size === 0) return { status, headers };
  return { status, headers, stream: request.storage.objects.read(record, start, end) };
}

export const getObject = (request: S3Request): Reply => readObject(request, true);
export const headObject = (request: S3Request): Reply => readObject(request, false);

export function deleteObject(request: S3Request): Reply {
  request.storage.objects.delete(request.bucket, request.key);
  return { status: 204 };
}

export function parseCopySource(value: string): { bucket: string; key: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(value.split("?")[0] as string);
  } catch {
    throw new S3Error("InvalidArgument", "Invalid copy source encoding.");
  }
  const path = decoded.startsWith("/") ? decoded.slice(1) : decoded;
  const slash = path.indexOf("/");
  if (slash <= 0 || slash === path.length - 1) throw new S3Error("InvalidArgument", "Copy Source must mention the source bucket and key: sourcebucket/sourcekey");
  return { bucket: path.slice(0, slash), key: path.slice(slash + 1) };
}

export async function copyObject(request: S3Request): Promise<Reply> {
  const source = parseCopySource(headerOf(request, "x-amz-copy-source") ?? "");
  authorize(request.auth.session, "write", request.bucket, request.key);
  authorize(request.auth.session, "read", source.bucket, source.key);
  const from = existing(request, source.bucket, source.key);
  const replace = headerOf(request, "x-amz-metadata-directive")?.toUpperCase() === "REPLACE";
  if (!replace && source.bucket === request.bucket && source.key === request.key) {
    throw new S3Error(
      "InvalidRequest",
      "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
    );
  }
  const { objects } = request.storage;
  const segments = [];
  for (const segment of from.segments) segments.push(await objects.copyBlob(segment));
  const record: ObjectRecord = {
    ...from,
    bucket: request.bucket,
    key: request.key,
    lastModified: new Date().toISOString(),
    segments,
    ...(replace ? attributesFrom(request.headers) : {}),
  };
  objects.commit(record);
  const result = element("CopyObjectResult", [
    leaf("ETag", record.etag),
    leaf("LastModified", xmlTime(record.lastModified)),
    ...(record.checksum === undefined ? [] : [leaf("ChecksumType", record.checksum.type), leaf(`Checksum${record.checksum.algorithm}`, record.checksum.value)]),
  ]);
  return xmlReply(result, 200, checksumHeaders(record.checksum));
}

type XmlObject = Record<string, unknown>;
const asArray = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

export async function deleteObjects(request: S3Request): Promise<Reply> {
  const { text: xml } = await readSmallBody(request.raw, request.auth, 2 * 1024 * 1024);
  let parsed: XmlObject;
  try {
    parsed = parseXML(xml) as XmlObject;
  } catch {
    throw new S3Error("MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema.");
  }
  const root = parsed["Delete"];
  if (typeof root !== "object" || root === null) throw new S3Error("MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema.");
  const entries = asArray((root as XmlObject)["Object"]);
  if (entries.length === 0 || entries.length > MAX_DELETE_KEYS) throw new S3Error("MalformedXML", `A delete request names 1 to ${MAX_DELETE_KEYS} objects.`);
  const quiet = text((root as XmlObject)["Quiet"])?.trim().toLowerCase() === "true";
  const result = new XmlNode("DeleteResult");
  for (const entry of entries) {
    const key = typeof entry === "object" && entry !== null ? text((entry as XmlObject)["Key"]) : undefined;
    if (key === undefined || key === "") throw new S3Error("MalformedXML", "Every Object in a delete request needs a Key.");
    if (!allowed(request.auth.session, "write", request.bucket, key)) {
      result.addChildNode(element("Error", [leaf("Key", key), leaf("Code", "AccessDenied"), leaf("Message", "Access Denied")]));
      continue;
    }
    request.storage.objects.delete(request.bucket, key);
    if (!quiet) result.addChildNode(element("Deleted", [leaf("Key", key)]));
  }
  return xmlReply(result);
}
