// AWS Signature Version 4 primitives for S3 (service `s3`): the canonical request, the string to
// sign, the signing key, and presigning a GET. Verification of incoming requests (auth.ts) and
// presigning (store.ts) share these, so both sides canonicalise the same way.
import { createHash, createHmac } from "node:crypto";

export const ALGORITHM = "AWS4-HMAC-SHA256";
export const SERVICE = "s3";
export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** RFC 3986 encoding as SigV4 specifies: everything but `A-Za-z0-9-_.~` (and `/` in paths). */
export function uriEncode(value: string, keepSlash = false): string {
  let out = encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  if (keepSlash) out = out.replace(/%2F/g, "/");
  return out;
}

/** Query pairs from a raw query string, percent-decoded (a `+` stays a `+`, as S3 reads it). */
export function parseRawQuery(search: string): [string, string][] {
  const raw = search.startsWith("?") ? search.slice(1) : search;
  if (raw === "") return [];
  const pairs: [string, string][] = [];
  for (const part of raw.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const name = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? "" : part.slice(eq + 1);
    pairs.push([safeDecode(name), safeDecode(value)]);
  }
  return pairs;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Sorted, encoded `name=value` pairs joined by `&`; `exclude` drops e.g. `X-Amz-Signature`. */
export function canonicalQuery(pairs: readonly (readonly [string, string])[], exclude?: string): string {
  const encoded = pairs.filter(([name]) => name !== exclude).map(([name, value]) => [uriEncode(name), uriEncode(value)] as const);
  encoded.sort(([an, av], [bn, bv]) => (an < bn ? -1 : an > bn ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return encoded.map(([name, value]) => `${name}=${value}`).join("&");
}

export interface CanonicalRequestParts {
  readonly method: string;
  /** The already-encoded canonical URI (see `uriEncode(path, true)`). */
  readonly canonicalUri: string;
  readonly canonicalQuery: string;
  /** Lower-case names, in the order given by `SignedHeaders` (sorted). */
  readonly signedHeaders: readonly string[];
  readonly headerValue: (name: string) => string | undefined;
  readonly payloadHash: string;
}

const collapse = (value: string): string => value.trim().replace(/\s+/g, " ");

export function canonicalRequest(parts: CanonicalRequestParts): string {
  const headers = parts.signedHeaders.map((name) => `${name}:${collapse(parts.headerValue(name) ?? "")}\n`).join("");
  return [parts.method, parts.canonicalUri, parts.canonicalQuery, headers, parts.signedHeaders.join(";"), parts.payloadHash].join("\n");
}

export const sha256Hex = (data: string | Buffer): string => createHash("sha256").update(data).digest("hex");

export function stringToSign(amzDate: string, scope: string, canonical: string): string {
  return `${ALGORITHM}\n${amzDate}\n${scope}\n${sha256Hex(canonical)}`;
}

// Deriving a key costs four HMACs; clients sign many requests per day with one secret.
const keyCache = new Map<string, Buffer>();
const KEY_CACHE_LIMIT = 1024;

export function signingKey(secret: string, date: string, region: string): Buffer {
  const cacheKey = `${date}\u0000${region}\u0000${secret}`;
  const cached = keyCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const kDate = createHmac("sha256", `AWS4${secret}`).update(date).digest();
  const kRegion = createHmac("sha256", kDate).update(region).digest();
  const kService = createHmac("sha256", kRegion).update(SERVICE).digest();
  const key = createHmac("sha256", kService).update("aws4_request").digest();
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(cacheKey, key);
  return key;
}

export const hmacHex = (key: Buffer, data: string): string => createHmac("sha256", key).update(data).digest("hex");

/** `20261129T083000Z` */
export const amzDateOf = (date: Date): string => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

export interface PresignInput {
  readonly origin: string;
  /** The decoded request path, e.g. `/s3/bucket/datasets/x/file.csv`. */
  readonly path: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
  readonly region: string;
  readonly expiresInSeconds: number;
  readonly now: Date;
}

/** A presigned GET URL (query form, `UNSIGNED-PAYLOAD`, only `host` signed) as S3 accepts it. */
export function presignGetUrl(input: PresignInput): string {
  const amzDate = amzDateOf(input.now);
  const date = amzDate.slice(0, 8);
  const scope = `${date}/${input.region}/${SERVICE}/aws4_request`;
  const host = new URL(input.origin).host;
  const pairs: [string, string][] = [
    ["X-Amz-Algorithm", ALGORITHM],
    ["X-Amz-Credential", `${input.accessKeyId}/${scope}`],
    ["X-Amz-Date", amzDate],
    ["X-Amz-Expires", String(input.expiresInSeconds)],
    ["X-Amz-SignedHeaders", "host"],
  ];
  if (input.sessionToken !== undefined) pairs.push(["X-Amz-Security-Token", input.sessionToken]);
  const canonicalUri = uriEncode(input.path, true);
  const query = canonicalQuery(pairs);
  const canonical = canonicalRequest({
    method: "GET",
    canonicalUri,
    canonicalQuery: query,
    signedHeaders: ["host"],
    headerValue: () => host,
    payloadHash: "UNSIGNED-PAYLOAD",
  });
  const signature = hmacHex(signingKey(input.secretAccessKey, date, input.region), stringToSign(amzDate, scope, canonical));
  return `${input.origin}${canonicalUri}?${query}&X-Amz-Signature=${signature}`;
}
