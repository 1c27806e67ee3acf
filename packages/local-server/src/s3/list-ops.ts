// Listing: ListObjectsV2 (prefix, delimiter, continuation token, start-after, max-keys,
// encoding-type=url as the AWS CLI asks for), ListObjects (v1, marker), ListBuckets, HeadBucket
// and GetBucketLocation.
import type { XmlNode } from "@aws-sdk/xml-builder";
import type { Reply } from "../http/reply.js";
import { S3Error } from "./errors.js";
import type { ListOutput, ObjectRecord } from "./object-store.js";
import type { S3Request } from "./request.js";
import { uriEncode } from "./sigv4.js";
import { element, leaf, xmlReply, xmlTime } from "./xml.js";

const DEFAULT_MAX_KEYS = 1000;

function maxKeysOf(request: S3Request, name = "max-keys"): number {
  const text = request.query.get(name);
  if (text === undefined) return DEFAULT_MAX_KEYS;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) throw new S3Error("InvalidArgument", `Provided ${name} not an integer or within integer range`, { ArgumentName: name, ArgumentValue: text });
  return Math.min(value, DEFAULT_MAX_KEYS);
}

function encoder(request: S3Request): (value: string) => string {
  const type = request.query.get("encoding-type");
  if (type === undefined) return (value) => value;
  if (type !== "url") throw new S3Error("InvalidArgument", "Invalid Encoding Method specified in Request", { ArgumentName: "encoding-type", ArgumentValue: type });
  return (value) => uriEncode(value, true);
}

function contents(record: ObjectRecord, encode: (v: string) => string, owner: boolean): XmlNode {
  return element("Contents", [
    leaf("Key", encode(record.key)),
    leaf("LastModified", xmlTime(record.lastModified)),
    leaf("ETag", record.etag),
    leaf("ChecksumAlgorithm", record.checksum?.algorithm),
    leaf("ChecksumType", record.checksum?.type),
    leaf("Size", record.size),
    owner ? element("Owner", [leaf("ID", "provena-local"), leaf("DisplayName", "provena-local")]) : undefined,
    leaf("StorageClass", "STANDARD"),
  ]);
}

function entries(out: ListOutput, encode: (v: string) => string, owner: boolean): XmlNode[] {
  return [
    ...out.objects.map((record) => contents(record, encode, owner)),
    ...out.commonPrefixes.map((prefix) => element("CommonPrefixes", [leaf("Prefix", encode(prefix))])),
  ];
}

interface Token {
  readonly k: string;
  readonly p: boolean;
}

const encodeToken = (token: Token): string => Buffer.from(JSON.stringify(token), "utf8").toString("base64url");

function decodeToken(text: string): Token {
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown;
    if (typeof value === "object" && value !== null && typeof (value as Token).k === "string" && typeof (value as Token).p === "boolean") return value as Token;
  } catch {
    // fall through
  }
  throw new S3Error("InvalidArgument", "The continuation token provided is incorrect", { ArgumentName: "continuation-token" });
}

export function listObjectsV2(request: S3Request): Reply {
  const prefix = request.query.get("prefix") ?? "";
  const delimiter = request.query.get("delimiter") ?? "";
  const maxKeys = maxKeysOf(request);
  const encode = encoder(request);
  const continuation = request.query.get("continuation-token");
  const startAfter = request.query.get("start-after");
  const resume = continuation !== undefined ? decodeToken(continuation) : startAfter !== undefined && startAfter !== "" ? { k: startAfter, p: false } : undefined;
  const out = request.storage.objects.list(request.bucket, { prefix, delimiter, maxKeys, after: resume?.k, afterIsPrefix: resume?.p });
  const owner = request.query.get("fetch-owner") === "true";
  const next = out.truncated && out.last !== undefined ? encodeToken({ k: out.last.key, p: out.last.isPrefix }) : undefined;
  return xmlReply(
    element("ListBucketResult", [
      leaf("Name", request.bucket),
      leaf("Prefix", encode(prefix)),
      delimiter === "" ? undefined : leaf("Delimiter", encode(delimiter)),
      leaf("MaxKeys", maxKeys),
      leaf("KeyCount", out.objects.length + out.commonPrefixes.length),
      leaf("IsTruncated", out.truncated),
      leaf("ContinuationToken", continuation),
      leaf("NextContinuationToken", next),
      leaf("StartAfter", startAfter === undefined ? undefined : encode(startAfter)),
      request.query.has("encoding-type") ? leaf("EncodingType", "url") : undefined,
      ...entries(out, encode, owner),
    ]),
  );
}

export function listObjectsV1(request: S3Request): Reply {
  const prefix = request.query.get("prefix") ?? "";
  const delimiter = request.query.get("delimiter") ?? "";
  const maxKeys = maxKeysOf(request);
  const encode = encoder(request);
  const marker = request.query.get("marker") ?? "";
  // A marker that is a common prefix resumes after everything under it.
  const markerIsPrefix = delimiter !== "" && marker.endsWith(delimiter) && marker.startsWith(prefix) && marker.indexOf(delimiter, prefix.length) === marker.length - delimiter.length;
  const out = request.storage.objects.list(request.bucket, { prefix, delimiter, maxKeys, after: marker === "" ? undefined : marker, afterIsPrefix: markerIsPrefix });
  return xmlReply(
    element("ListBucketResult", [
      leaf("Name", request.bucket),
      leaf("Prefix", encode(prefix)),
      leaf("Marker", encode(marker)),
      out.truncated && delimiter !== "" && out.last !== undefined ? leaf("NextMarker", encode(out.last.key)) : undefined,
      delimiter === "" ? undefined : leaf("Delimiter", encode(delimiter)),
      leaf("MaxKeys", maxKeys),
      leaf("IsTruncated", out.truncated),
      request.query.has("encoding-type") ? leaf("EncodingType", "url") : undefined,
      ...entries(out, encode, true),
    ]),
  );
}

/** `aws s3 ls` with no bucket: the bucket the session reaches. */
export function listBuckets(request: S3Request): Reply {
  const bucket = request.auth.session.bucket;
  const created = new Date(0).toISOString();
  return xmlReply(
    element("ListAllMyBucketsResult", [
      element("Owner", [leaf("ID", "provena-local"), leaf("DisplayName", "provena-local")]),
      element("Buckets", [element("Bucket", [leaf("Name", bucket), leaf("CreationDate", created)])]),
    ]),
  );
}

export const headBucket = (request: S3Request): Reply => ({ status: 200, headers: { "x-amz-bucket-region": request.storage.region } });

export const bucketLocation = (request: S3Request): Reply => locationReply(request.storage.region);

function locationReply(region: string): Reply {
  return {
    status: 200,
    text: `<?xml version="1.0" encoding="UTF-8"?>\n<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${region}</LocationConstraint>`,
    contentType: "application/xml",
  };
}
