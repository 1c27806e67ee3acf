// ListMultipartUploads: the uploads in progress under the session's dataset prefix (a session
// never sees another dataset's uploads, whatever prefix it asks for), sorted by key then
// initiation time, with prefix, delimiter (common prefixes), key / upload-id markers and
// max-uploads, as S3 pages them.
import type { XmlNode } from "@aws-sdk/xml-builder";
import type { Reply } from "../http/reply.js";
import { S3Error } from "./errors.js";
import type { S3Request } from "./request.js";
import { uriEncode } from "./sigv4.js";
import type { UploadRecord } from "./uploads.js";
import { element, leaf, xmlReply, xmlTime } from "./xml.js";

const MAX_UPLOADS = 1000;

function maxUploadsOf(request: S3Request): number {
  const text = request.query.get("max-uploads");
  if (text === undefined) return MAX_UPLOADS;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) {
    throw new S3Error("InvalidArgument", "Provided max-uploads not an integer or within integer range", { ArgumentName: "max-uploads", ArgumentValue: text });
  }
  return Math.min(value, MAX_UPLOADS);
}

const byKeyThenTime = (a: UploadRecord, b: UploadRecord): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.initiated < b.initiated ? -1 : a.initiated > b.initiated ? 1 : a.uploadId < b.uploadId ? -1 : 1;

/** Uploads after the markers: keys after `keyMarker`, or with `uploadIdMarker` also that key's later uploads. */
function afterMarkers(sorted: readonly UploadRecord[], keyMarker: string, uploadIdMarker: string): readonly UploadRecord[] {
  if (keyMarker === "") return sorted;
  if (uploadIdMarker !== "") {
    const at = sorted.findIndex((u) => u.key === keyMarker && u.uploadId === uploadIdMarker);
    if (at >= 0) return sorted.slice(at + 1);
  }
  return sorted.filter((u) => u.key > keyMarker);
}

export function listMultipartUploads(request: S3Request): Reply {
  const session = request.auth.session;
  const prefix = request.query.get("prefix") ?? "";
  const delimiter = request.query.get("delimiter") ?? "";
  const keyMarker = request.query.get("key-marker") ?? "";
  const uploadIdMarker = keyMarker === "" ? "" : (request.query.get("upload-id-marker") ?? "");
  const maxUploads = maxUploadsOf(request);
  const encodingType = request.query.get("encoding-type");
  if (encodingType !== undefined && encodingType !== "url") {
    throw new S3Error("InvalidArgument", "Invalid Encoding Method specified in Request", { ArgumentName: "encoding-type", ArgumentValue: encodingType });
  }
  const encode = encodingType === undefined ? (v: string) => v : (v: string) => uriEncode(v, true);

  const visible = [...request.storage.uploads.forBucket(request.bucket)].filter((u) => u.key.startsWith(session.prefix) && u.key.startsWith(prefix)).sort(byKeyThenTime);
  const uploads: UploadRecord[] = [];
  const commonPrefixes: string[] = [];
  let truncated = false;
  let last: { key: string; uploadId: string } | undefined;
  for (const record of afterMarkers(visible, keyMarker, uploadIdMarker)) {
    const cut = delimiter === "" ? -1 : record.key.indexOf(delimiter, prefix.length);
    const common = cut < 0 ? undefined : record.key.slice(0, cut + delimiter.length);
    // A common prefix counts once, and the key marker skips one already returned.
    if (common !== undefined && (commonPrefixes.at(-1) === common || (keyMarker !== "" && common <= keyMarker))) continue;
    if (uploads.length + commonPrefixes.length >= maxUploads) {
      truncated = true;
      break;
    }
    if (common !== undefined) {
      commonPrefixes.push(common);
      last = { key: common, uploadId: "" };
    } else {
      uploads.push(record);
      last = { key: record.key, uploadId: record.uploadId };
    }
  }

  const who = (name: string | undefined): XmlNode[] => [leaf("ID", name ?? "provena-local"), leaf("DisplayName", name ?? "provena-local")].filter((n): n is XmlNode => n !== undefined);
  return xmlReply(
    element("ListMultipartUploadsResult", [
      leaf("Bucket", request.bucket),
      leaf("KeyMarker", encode(keyMarker)),
      leaf("UploadIdMarker", uploadIdMarker),
      leaf("NextKeyMarker", truncated ? encode(last?.key ?? "") : undefined),
      leaf("NextUploadIdMarker", truncated ? (last?.uploadId ?? "") : undefined),
      leaf("Prefix", encode(prefix)),
      delimiter === "" ? undefined : leaf("Delimiter", encode(delimiter)),
      leaf("MaxUploads", maxUploads),
      leaf("IsTruncated", truncated),
      encodingType === undefined ? undefined : leaf("EncodingType", "url"),
      ...uploads.map((u) =>
        element("Upload", [
          leaf("Key", encode(u.key)),
          leaf("UploadId", u.uploadId),
          element("Initiator", who(u.initiator)),
          element("Owner", who(undefined)),
          leaf("StorageClass", "STANDARD"),
          leaf("Initiated", xmlTime(u.initiated)),
          leaf("ChecksumAlgorithm", u.algorithm),
          u.algorithm === undefined ? undefined : leaf("ChecksumType", u.checksumType),
        ]),
      ),
      ...commonPrefixes.map((p) => element("CommonPrefixes", [leaf("Prefix", encode(p))])),
    ]),
  );
}
