// The protocol edges: bucket-level calls (ListObjects v1, ListBuckets, HeadBucket, location),
// URL-encoded listings, malformed or unsupported requests answered with S3's XML errors, and
// an upload cut off mid-body leaving nothing behind.
import { readdirSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import {
  GetBucketLocationCommand,
  HeadBucketCommand,
  ListBucketsCommand,
  ListObjectsCommand,
  ListObjectsV2Command,
  type S3Client,
} from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IssuedCredentials } from "../src/index.js";
import type { LocalDatasetStorage } from "../src/s3/store.js";
import { amzDateOf, canonicalRequest, hmacHex, signingKey, stringToSign, uriEncode, EMPTY_SHA256 } from "../src/s3/sigv4.js";
import { startS3, type S3Fixture } from "./s3-helpers.js";

const prefix = "datasets/10378-1-12/";

describe("S3 bucket-level operations", () => {
  let s3: S3Fixture;
  let client: S3Client;

  beforeAll(async () => {
    s3 = await startS3();
    client = s3.client(s3.credentials(prefix, false));
    for (const key of ["a b.txt", "dir/one.txt", "dir/two.txt", "z.txt"]) await s3.storage.putObject(s3.bucket, `${prefix}${key}`, key);
  });
  afterAll(async () => {
    client.destroy();
    await s3.server.stop();
  });

  it("lists with ListObjects (v1): marker, delimiter and NextMarker", async () => {
    const first = await client.send(new ListObjectsCommand({ Bucket: s3.bucket, Prefix: prefix, Delimiter: "/", MaxKeys: 2 }));
    expect(first.Contents?.map((c) => c.Key)).toEqual([`${prefix}a b.txt`]);
    expect(first.CommonPrefixes?.map((p) => p.Prefix)).toEqual([`${prefix}dir/`]);
    expect(first.IsTruncated).toBe(true);
    expect(first.NextMarker).toBe(`${prefix}dir/`);
    const second = await client.send(new ListObjectsCommand({ Bucket: s3.bucket, Prefix: prefix, Delimiter: "/", Marker: first.NextMarker }));
    expect(second.Contents?.map((c) => c.Key)).toEqual([`${prefix}z.txt`]);
    expect(second.CommonPrefixes).toBeUndefined();
    expect(second.IsTruncated).toBe(false);
  });

  it("URL-encodes keys and prefixes when asked (encoding-type=url, as the AWS CLI asks)", async () => {
    const out = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `${prefix}a `, EncodingType: "url" }));
    expect(out.EncodingType).toBe("url");
    expect(out.Prefix).toBe(`${prefix}a%20`);
    expect(out.Contents?.map((c) => c.Key)).toEqual([`${prefix}a%20b.txt`]);
  });

  it("answers ListBuckets, HeadBucket and GetBucketLocation", async () => {
    const buckets = await client.send(new ListBucketsCommand({}));
    expect(buckets.Buckets?.map((b) => b.Name)).toEqual([s3.bucket]);
    const head = await client.send(new HeadBucketCommand({ Bucket: s3.bucket }));
    expect(head.BucketRegion).toBe(s3.storage.region);
    const location = await client.send(new GetBucketLocationCommand({ Bucket: s3.bucket }));
    expect(location.LocationConstraint).toBe(s3.storage.region);
  });

  it("refuses max-keys that is not a number", async () => {
    const res = await signedFetch(s3, s3.credentials(prefix, false), "GET", `/${s3.bucket}`, "list-type=2&max-keys=lots");
    expect(res.status).toBe(400);
    expect(res.body).toContain("<Code>InvalidArgument</Code>");
  });
});

/** A request signed by hand (header form), for requests no SDK would send. */
async function signedFetch(
  s3: S3Fixture,
  credentials: IssuedCredentials,
  method: string,
  path: string,
  query = "",
  extraHeaders: Record<string, string> = {},
  body?: string,
  omitPayloadHash = false,
): Promise<{ status: number; body: string; contentType: string | null }> {
  const url = new URL(`${s3.storage.endpoint}${path}${query === "" ? "" : `?${query}`}`);
  const amzDate = amzDateOf(new Date());
  const date = amzDate.slice(0, 8);
  const scope = `${date}/${s3.storage.region}/s3/aws4_request`;
  const headers: Record<string, string> = {
    host: url.host,
    "x-amz-content-sha256": EMPTY_SHA256,
    "x-amz-date": amzDate,
    "x-amz-security-token": credentials.sessionToken,
    ...extraHeaders,
  };
  if (omitPayloadHash) delete headers["x-amz-content-sha256"];
  const signed = Object.keys(headers).sort();
  const sortedQuery = [...url.searchParams].map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`).sort().join("&");
  const canonical = canonicalRequest({
    method,
    canonicalUri: uriEncode(decodeURIComponent(url.pathname), true),
    canonicalQuery: sortedQuery,
    signedHeaders: signed,
    headerValue: (name) => headers[name],
    payloadHash: headers["x-amz-content-sha256"] ?? EMPTY_SHA256,
  });
  const signature = hmacHex(signingKey(credentials.secretAccessKey, date, s3.storage.region), stringToSign(amzDate, scope, canonical));
  const { host: _host, ...sendHeaders } = headers;
  const res = await fetch(url, {
    method,
    body,
    headers: { ...sendHeaders, authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signed.join(";")}, Signature=${signature}` },
  });
  return { status: res.status, body: await res.text(), contentType: res.headers.get("content-type") };
}

describe("S3 malformed and unsupported requests", () => {
  let s3: S3Fixture;
  let credentials: IssuedCredentials;

  beforeAll(async () => {
    s3 = await startS3();
    credentials = s3.credentials(prefix, true);
  });
  afterAll(() => s3.server.stop());

  const plain = async (init: RequestInit & { path?: string } = {}) => {
    const res = await fetch(`${s3.storage.endpoint}${init.path ?? `/${s3.bucket}/${prefix}x`}`, init);
    return { status: res.status, body: await res.text(), type: res.headers.get("content-type") };
  };

  it("answers broken Authorization headers with XML errors", async () => {
    const basic = await plain({ headers: { authorization: "Basic dXNlcjpwYXNz" } });
    expect(basic.status).toBe(400);
    expect(basic.type).toBe("application/xml");
    expect(basic.body).toContain("<Code>InvalidRequest</Code>");
    const partial = await plain({ headers: { authorization: "AWS4-HMAC-SHA256 Credential=abc", "x-amz-date": "20260101T000000Z" } });
    expect(partial.body).toContain("<Code>AuthorizationHeaderMalformed</Code>");
    const badScope = await plain({
      headers: { authorization: "AWS4-HMAC-SHA256 Credential=AKIA/2026/r/s3, SignedHeaders=host, Signature=00", "x-amz-date": "20260101T000000Z" },
    });
    expect(badScope.body).toContain("<Code>AuthorizationHeaderMalformed</Code>");
    const noDate = await plain({ headers: { authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/20260101/r/s3/aws4_request, SignedHeaders=host, Signature=00` } });
    expect(noDate.status).toBe(403);
    expect(noDate.body).toContain("<Code>AccessDenied</Code>");
    const badQuery = await plain({ path: `/${s3.bucket}/${prefix}x?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=a%2Fb&X-Amz-Signature=00` });
    expect(badQuery.body).toContain("<Code>AuthorizationQueryParametersError</Code>");
  });

  it("refuses a request signed too far from now with RequestTimeTooSkewed", async () => {
    const res = await signedFetch(s3, credentials, "GET", `/${s3.bucket}/${prefix}x`, "", {});
    expect(res.status).toBe(404); // signed now: reaches the (missing) object
    const old = await plain({
      headers: {
        authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/20200101/${s3.storage.region}/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=00`,
        "x-amz-date": "20200101T000000Z",
        "x-amz-security-token": credentials.sessionToken,
      },
    });
    expect(old.status).toBe(403);
    expect(old.body).toContain("<Code>RequestTimeTooSkewed</Code>");
  });

  it("requires a valid x-amz-content-sha256 in header-signed requests", async () => {
    const missing = await signedFetch(s3, credentials, "GET", `/${s3.bucket}/${prefix}x`, "", {}, undefined, true);
    expect(missing.status).toBe(400);
    expect(missing.body).toContain("Missing required header for this request: x-amz-content-sha256");
    const res = await signedFetch(s3, credentials, "GET", `/${s3.bucket}/${prefix}x`, "", { "x-amz-content-sha256": "not-a-hash" });
    expect(res.status).toBe(400);
    expect(res.body).toContain("<Code>InvalidArgument</Code>");
  });

  it("answers unknown methods and sub-resources with 405 and 501", async () => {
    const patch = await signedFetch(s3, credentials, "PATCH", `/${s3.bucket}/${prefix}x`);
    expect(patch.status).toBe(405);
    expect(patch.body).toContain("<Code>MethodNotAllowed</Code>");
    const tagging = await signedFetch(s3, credentials, "GET", `/${s3.bucket}/${prefix}x`, "tagging=");
    expect(tagging.status).toBe(501);
    expect(tagging.body).toContain("<Code>NotImplemented</Code>");
  });

  it("refuses a key longer than 1024 bytes", async () => {
    const res = await signedFetch(s3, credentials, "GET", `/${s3.bucket}/${prefix}${"k".repeat(1100)}`);
    expect(res.status).toBe(400);
    expect(res.body).toContain("<Code>KeyTooLongError</Code>");
  });

  it("refuses an aws-chunked body shorter than x-amz-decoded-content-length with IncompleteBody", async () => {
    const res = await signedFetch(s3, credentials, "PUT", `/${s3.bucket}/${prefix}short.txt`, "", {
      "content-encoding": "aws-chunked",
      "x-amz-content-sha256": "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
      "x-amz-decoded-content-length": "5",
    }, "3\r\nabc\r\n0\r\n\r\n");
    expect(res.status).toBe(400);
    expect(res.body).toContain("<Code>IncompleteBody</Code>");
    const missing = await signedFetch(s3, credentials, "GET", `/${s3.bucket}/${prefix}short.txt`);
    expect(missing.status).toBe(404);
  });

  it("leaves nothing behind when a client cuts an upload off mid-body", async () => {
    const storage = s3.storage as LocalDatasetStorage;
    const blobs = join(storage.root, "blobs");
    const before = readdirSync(blobs).length;
    const url = new URL(`${s3.storage.endpoint}/${s3.bucket}/${prefix}cut.bin`);
    const amzDate = amzDateOf(new Date());
    const date = amzDate.slice(0, 8);
    const scope = `${date}/${s3.storage.region}/s3/aws4_request`;
    const headers: Record<string, string> = {
      "content-length": String(10 * 1024 * 1024),
      host: url.host,
      "x-amz-content-sha256": "UNSIGNED-PAYLOAD",
      "x-amz-date": amzDate,
      "x-amz-security-token": credentials.sessionToken,
    };
    const signed = Object.keys(headers).sort();
    const canonical = canonicalRequest({
      method: "PUT",
      canonicalUri: uriEncode(decodeURIComponent(url.pathname), true),
      canonicalQuery: "",
      signedHeaders: signed,
      headerValue: (n) => headers[n],
      payloadHash: "UNSIGNED-PAYLOAD",
    });
    const signature = hmacHex(signingKey(credentials.secretAccessKey, date, s3.storage.region), stringToSign(amzDate, scope, canonical));
    const req = httpRequest(url, {
      method: "PUT",
      headers: { ...headers, authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signed.join(";")}, Signature=${signature}` },
    });
    req.on("error", () => undefined);
    req.write(Buffer.alloc(1024 * 1024, 1));
    // Wait until the server has started writing the blob, then hang up.
    while (readdirSync(blobs).length === before) await new Promise((resolve) => setTimeout(resolve, 20));
    req.destroy();
    while (readdirSync(blobs).length !== before) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readdirSync(blobs)).toHaveLength(before);
    // The server is still answering, and nothing surfaced as an unexpected error.
    const after = await signedFetch(s3, credentials, "GET", `/${s3.bucket}/${prefix}cut.bin`);
    expect(after.status).toBe(404);
    expect(s3.errors).toEqual([]);
  });

  it("lets browsers read S3's response headers, and leaves neighbouring paths to the other routes", async () => {
    const res = await fetch(`${s3.storage.endpoint}/${s3.bucket}/${prefix}x`);
    const exposed = (res.headers.get("access-control-expose-headers") ?? "").split(",").map((h) => h.trim());
    expect(exposed).toEqual(expect.arrayContaining(["etag", "x-amz-checksum-crc32", "content-range", "x-amz-request-id"]));
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    await res.body?.cancel();
    const neighbour = await fetch(`${s3.server.origin}/s3x/${s3.bucket}/x`);
    expect(neighbour.status).toBe(404);
    expect(await neighbour.json()).toEqual({ detail: "Not Found" });
  });
});
