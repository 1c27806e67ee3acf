// The headers S3 keeps with an object (content type and friends, `x-amz-meta-*`) and the headers
// it answers with for GET/HEAD/PUT.
import type { IncomingHttpHeaders } from "node:http";
import { CHECKSUM_ALGORITHMS, type StoredChecksum } from "./checksums.js";
import type { ObjectRecord } from "./object-store.js";

/** Standard headers S3 stores with an object and returns on GET/HEAD. */
const STORED_HEADERS = ["cache-control", "content-disposition", "content-encoding", "content-language", "expires"] as const;

const OVERRIDABLE = ["content-type", "content-language", "expires", "cache-control", "content-disposition", "content-encoding"] as const;

export const DEFAULT_CONTENT_TYPE = "binary/octet-stream";

function single(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export interface ObjectAttributes {
  readonly contentType: string;
  readonly metadata: readonly (readonly [string, string])[];
  readonly storedHeaders: readonly (readonly [string, string])[];
}

/** The attributes a PutObject / CreateMultipartUpload / CopyObject (REPLACE) sets. */
export function attributesFrom(headers: IncomingHttpHeaders): ObjectAttributes {
  const metadata: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name.startsWith("x-amz-meta-") && value !== undefined) metadata.push([name.slice("x-amz-meta-".length), Array.isArray(value) ? value.join(",") : value]);
  }
  const storedHeaders: [string, string][] = [];
  for (const name of STORED_HEADERS) {
    let value = single(headers, name);
    // aws-chunked is the transfer's encoding, not the object's.
    if (name === "content-encoding" && value !== undefined) {
      value = value.split(",").map((v) => v.trim()).filter((v) => v !== "" && v !== "aws-chunked").join(",") || undefined;
    }
    if (value !== undefined) storedHeaders.push([name, value]);
  }
  return { contentType: single(headers, "content-type") ?? DEFAULT_CONTENT_TYPE, metadata, storedHeaders };
}

export function checksumHeaders(checksum: StoredChecksum | undefined): Record<string, string> {
  if (checksum === undefined) return {};
  return { [CHECKSUM_ALGORITHMS[checksum.algorithm].header]: checksum.value, "x-amz-checksum-type": checksum.type };
}

/** Headers of a GET/HEAD answer (without length and range, which depend on the request). */
export function objectHeaders(record: ObjectRecord, withChecksum: boolean, overrides: ReadonlyMap<string, string>): Record<string, string> {
  const headers: Record<string, string> = {
    etag: record.etag,
    "last-modified": new Date(record.lastModified).toUTCString(),
    "content-type": record.contentType,
    "accept-ranges": "bytes",
  };
  for (const [name, value] of record.storedHeaders ?? []) headers[name] = value;
  for (const [name, value] of record.metadata) headers[`x-amz-meta-${name}`] = value;
  if (record.partsCount !== undefined) headers["x-amz-mp-parts-count"] = String(record.partsCount);
  if (withChecksum) Object.assign(headers, checksumHeaders(record.checksum));
  // `response-content-type` and friends (presigned download links use them).
  for (const name of OVERRIDABLE) {
    const value = overrides.get(`response-${name}`);
    if (value !== undefined && value !== "") headers[name] = value;
  }
  return headers;
}
