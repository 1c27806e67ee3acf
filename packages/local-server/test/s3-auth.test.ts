// Who may do what on the S3 endpoint: read vs write sessions, the prefix boundary, expired,
// forged and unknown credentials, presigned URLs, and S3's XML error shape. Signed aws-chunked
// bodies are sent by hand (no SDK sends them by default).
import { createHash } from "node:crypto";
import { request as httpRequest } from "node:http";
import { crc32 } from "node:zlib";
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amzDateOf, presignGetUrl, canonicalRequest, hmacHex, sha256Hex, signingKey, stringToSign, uriEncode, EMPTY_SHA256 } from "../src/s3/sigv4.js";
import type { IssuedCredentials } from "../src/index.js";
import { bytes, s3Error, startS3, type S3Fixture } from "./s3-helpers.js";

const prefix = "datasets/10378-1-9/";

async function waitPast(date: Date): Promise<void> {
  while (Date.now() <= date.getTime() + 5) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe("S3 access control", () => {
  let s3: S3Fixture;
  let writer: S3Client;
  let reader: S3Client;

  beforeAll(async () => {
    s3 = await startS3();
    writer = s3.client(s3.credentials(prefix, true));
    reader = s3.client(s3.credentials(prefix, false));
    await writer.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}data.csv`, Body: "a,b\n1,2\n" }));
    await s3.storage.putObject(s3.bucket, "datasets/10378-1-10/secret.txt", "not yours");
  });
  afterAll(async () => {
    writer.destroy();
    reader.destroy();
    await s3.server.stop();
    expect(s3.errors).toEqual([]);
  });

  it("lets read sessions read but not write, delete or copy", async () => {
    const got = await reader.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}data.csv` }));
    expect(await got.Body?.transformToString()).toBe("a,b\n1,2\n");
    expect(await s3Error(reader.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}new.csv`, Body: "x" })))).toMatchObject({ name: "AccessDenied", status: 403 });
    expect(await s3Error(reader.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: `${prefix}data.csv` })))).toMatchObject({ name: "AccessDenied", status: 403 });
    expect(
      await s3Error(reader.send(new CopyObjectCommand({ Bucket: s3.bucket, Key: `${prefix}copy.csv`, CopySource: `${s3.bucket}/${prefix}data.csv` }))),
    ).toMatchObject({ name: "AccessDenied", status: 403 });
    // Nothing changed.
    expect((await writer.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${prefix}data.csv` }))).ContentLength).toBe(8);
    expect(await s3Error(writer.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${prefix}new.csv` })))).toMatchObject({ status: 404 });
  });

  it("keeps write sessions inside their prefix and bucket", async () => {
    expect(await s3Error(writer.send(new PutObjectCommand({ Bucket: s3.bucket, Key: "datasets/10378-1-10/x.txt", Body: "x" })))).toMatchObject({ name: "AccessDenied" });
    expect(await s3Error(writer.send(new GetObjectCommand({ Bucket: s3.bucket, Key: "datasets/10378-1-10/secret.txt" })))).toMatchObject({ name: "AccessDenied" });
    expect(await s3Error(writer.send(new PutObjectCommand({ Bucket: s3.storage.reportBucket, Key: `${prefix}x.txt`, Body: "x" })))).toMatchObject({ name: "AccessDenied" });
    // A prefix is a string, not a folder: a sibling that shares the text start is outside.
    expect(await s3Error(writer.send(new PutObjectCommand({ Bucket: s3.bucket, Key: "datasets/10378-1-9x/f", Body: "x" })))).toMatchObject({ name: "AccessDenied" });
    expect(
      await s3Error(writer.send(new CopyObjectCommand({ Bucket: s3.bucket, Key: `${prefix}stolen.txt`, CopySource: `${s3.bucket}/datasets/10378-1-10/secret.txt` }))),
    ).toMatchObject({ name: "AccessDenied" });
    expect(
      await s3Error(writer.send(new CopyObjectCommand({ Bucket: s3.bucket, Key: "datasets/10378-1-10/planted.txt", CopySource: `${s3.bucket}/${prefix}data.csv` }))),
    ).toMatchObject({ name: "AccessDenied" });
  });

  it("refuses dot segments in a key, so nothing lands outside the prefix", async () => {
    const error = await s3Error(writer.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}../10378-1-10/evil.txt`, Body: "x" })));
    expect(error.status).toBe(404);
    // A literal "%2e%2e" is just text in a key (the SDK sends it as %252e): it stays under the prefix.
    await writer.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}%2e%2e/10378-1-10/odd.txt`, Body: "x" }));
    const listed = await writer.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: "datasets/" }));
    expect(listed.Contents?.map((c) => c.Key)).toEqual(["datasets/10378-1-10/secret.txt", `${prefix}%2e%2e/10378-1-10/odd.txt`, `${prefix}data.csv`]);
  });

  it("refuses expired sessions with ExpiredToken", async () => {
    const short = s3.credentials(prefix, true, 1);
    const client = s3.client(short);
    await waitPast(short.expiry);
    const error = await s3Error(client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}data.csv` })));
    expect(error).toMatchObject({ name: "ExpiredToken", status: 400 });
    expect(error.message).toBe("The provided token has expired.");
    client.destroy();
  });

  it("refuses a wrong secret, an unknown key and a wrong session token", async () => {
    const good = s3.credentials(prefix, false);
    const tryWith = async (credentials: IssuedCredentials) => {
      const client = s3.client(credentials);
      try {
        return await s3Error(client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}data.csv` })));
      } finally {
        client.destroy();
      }
    };
    expect(await tryWith({ ...good, secretAccessKey: `${good.secretAccessKey.slice(0, -2)}AA` })).toMatchObject({ name: "SignatureDoesNotMatch", status: 403 });
    expect(await tryWith({ ...good, accessKeyId: "ASIAUNKNOWNUNKNOWN00" })).toMatchObject({ name: "InvalidAccessKeyId", status: 403 });
    expect(await tryWith({ ...good, sessionToken: "forged" })).toMatchObject({ name: "InvalidToken", status: 400 });
  });

  it("answers unauthenticated requests with S3's XML AccessDenied", async () => {
    const res = await fetch(`${s3.storage.endpoint}/${s3.bucket}/${prefix}data.csv`);
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toBe("application/xml");
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<Error><Code>AccessDenied<\/Code><Message>Access Denied<\/Message><RequestId>[0-9A-F]{16}<\/RequestId><\/Error>$/);
    expect(xml).toContain(res.headers.get("x-amz-request-id") ?? "missing");
  });
});

describe("S3 presigned GET URLs", () => {
  let s3: S3Fixture;
  const key = `${prefix}report one.docx`;
  const content = bytes(70_000, 5);

  beforeAll(async () => {
    s3 = await startS3();
    await s3.storage.putObject(s3.bucket, key, content, "application/octet-stream");
  });
  afterAll(async () => {
    await s3.server.stop();
    expect(s3.errors).toEqual([]);
  });

  it("is fetched with a plain GET and no credentials", async () => {
    const res = await fetch(s3.storage.presignGet(s3.bucket, key, 600));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(content.length));
    expect(res.headers.get("etag")).toBe(`"${createHash("md5").update(content).digest("hex")}"`);
    expect(Buffer.from(await res.arrayBuffer()).equals(content)).toBe(true);
  });

  it("honours a Range header on a presigned URL", async () => {
    const res = await fetch(s3.storage.presignGet(s3.bucket, key, 600), { headers: { range: "bytes=10-19" } });
    expect(res.status).toBe(206);
    expect(Buffer.from(await res.arrayBuffer()).equals(content.subarray(10, 20))).toBe(true);
  });

  it("refuses a tampered URL", async () => {
    const url = new URL(s3.storage.presignGet(s3.bucket, key, 600));
    const signature = url.searchParams.get("X-Amz-Signature") ?? "";
    const flipped = new URL(url);
    flipped.searchParams.set("X-Amz-Signature", `${signature.slice(0, -1)}${signature.endsWith("0") ? "1" : "0"}`);
    const otherKey = new URL(url);
    otherKey.pathname = url.pathname.replace("report%20one", "report%20two");
    const longer = new URL(url);
    longer.searchParams.set("X-Amz-Expires", "86400");
    for (const tampered of [flipped, otherKey, longer]) {
      const res = await fetch(tampered);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("<Code>SignatureDoesNotMatch</Code>");
    }
  });

  it("stops working once expired", async () => {
    const url = s3.storage.presignGet(s3.bucket, key, 1);
    await waitPast(new Date(Date.now() + 1000));
    const res = await fetch(url);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("<Message>Request has expired</Message>");
  });

  it("accepts URLs presigned with a session's own credentials, within its scope only", async () => {
    const session = s3.storage.issueCredentials({ bucket: s3.bucket, prefix, write: false, username: "user2" });
    const presign = (path: string, withToken = true) =>
      presignGetUrl({
        origin: s3.server.origin,
        path: `/s3/${s3.bucket}/${path}`,
        accessKeyId: session.accessKeyId,
        secretAccessKey: session.secretAccessKey,
        sessionToken: withToken ? session.sessionToken : undefined,
        region: s3.storage.region,
        expiresInSeconds: 60,
        now: new Date(),
      });
    const ok = await fetch(presign(key));
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).equals(content)).toBe(true);
    await s3.storage.putObject(s3.bucket, "datasets/elsewhere/x.txt", "x");
    const outside = await fetch(presign("datasets/elsewhere/x.txt"));
    expect(outside.status).toBe(403);
    expect(await outside.text()).toContain("<Code>AccessDenied</Code>");
    const noToken = await fetch(presign(key, false));
    expect(noToken.status).toBe(400);
    expect(await noToken.text()).toContain("<Code>InvalidToken</Code>");
  });

  it("answers NoSuchKey for a URL to a missing object", async () => {
    const res = await fetch(s3.storage.presignGet(s3.bucket, `${prefix}missing.txt`, 60));
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("<Code>NoSuchKey</Code>");
  });
});

describe("S3 signed aws-chunked uploads (STREAMING-AWS4-HMAC-SHA256-PAYLOAD)", () => {
  let s3: S3Fixture;
  let credentials: IssuedCredentials;

  beforeAll(async () => {
    s3 = await startS3();
    credentials = s3.credentials(prefix, true);
  });
  afterAll(async () => {
    await s3.server.stop();
    expect(s3.errors).toEqual([]);
  });

  /** A PUT with a signed chunked body built as AWS documents it; `tamper` flips one data byte after signing. */
  function signedPut(objectKey: string, data: Buffer, options: { trailer?: boolean; tamper?: boolean } = {}): Promise<{ status: number; body: string }> {
    const now = new Date();
    const amzDate = amzDateOf(now);
    const date = amzDate.slice(0, 8);
    const scope = `${date}/${s3.storage.region}/s3/aws4_request`;
    const key = signingKey(credentials.secretAccessKey, date, s3.storage.region);
    const url = new URL(`${s3.storage.endpoint}/${s3.bucket}/${objectKey}`);
    const payload = options.trailer === true ? "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER" : "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
    const headers: Record<string, string> = {
      "content-encoding": "aws-chunked",
      host: url.host,
      "x-amz-content-sha256": payload,
      "x-amz-date": amzDate,
      "x-amz-decoded-content-length": String(data.length),
      "x-amz-security-token": credentials.sessionToken,
    };
    if (options.trailer === true) headers["x-amz-trailer"] = "x-amz-checksum-crc32";
    const signedHeaders = Object.keys(headers).sort();
    const canonical = canonicalRequest({
      method: "PUT",
      canonicalUri: uriEncode(decodeURIComponent(url.pathname), true),
      canonicalQuery: "",
      signedHeaders,
      headerValue: (name) => headers[name],
      payloadHash: payload,
    });
    let previous = hmacHex(key, stringToSign(amzDate, scope, canonical));
    const seed = previous;
    const pieces: Buffer[] = [];
    const chunk = (part: Buffer): void => {
      const signature = hmacHex(key, `AWS4-HMAC-SHA256-PAYLOAD\n${amzDate}\n${scope}\n${previous}\n${EMPTY_SHA256}\n${sha256Hex(part)}`);
      previous = signature;
      pieces.push(Buffer.from(`${part.length.toString(16)};chunk-signature=${signature}\r\n`), part, Buffer.from("\r\n"));
    };
    for (let i = 0; i < data.length; i += 65536) chunk(Buffer.from(data.subarray(i, i + 65536)));
    const signature = hmacHex(key, `AWS4-HMAC-SHA256-PAYLOAD\n${amzDate}\n${scope}\n${previous}\n${EMPTY_SHA256}\n${EMPTY_SHA256}`);
    previous = signature;
    if (options.trailer === true) {
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(data) >>> 0);
      const trailer = `x-amz-checksum-crc32:${crc.toString("base64")}\n`;
      const trailerSignature = hmacHex(key, `AWS4-HMAC-SHA256-TRAILER\n${amzDate}\n${scope}\n${previous}\n${sha256Hex(trailer)}`);
      pieces.push(Buffer.from(`0;chunk-signature=${signature}\r\n${trailer.trim()}\r\nx-amz-trailer-signature:${trailerSignature}\r\n\r\n`));
    } else {
      pieces.push(Buffer.from(`0;chunk-signature=${signature}\r\n\r\n`));
    }
    const body = Buffer.concat(pieces);
    if (options.tamper === true) body[200] = (body[200] ?? 0) ^ 1;
    const authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders.join(";")}, Signature=${seed}`;
    return new Promise((resolve, reject) => {
      const req = httpRequest(url, { method: "PUT", headers: { ...headers, authorization, "content-length": String(body.length) } }, (res) => {
        const out: Buffer[] = [];
        res.on("data", (c: Buffer) => out.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(out).toString() }));
      });
      req.on("error", reject);
      req.end(body);
    });
  }

  it("verifies every chunk signature and stores the decoded bytes", async () => {
    const data = bytes(200_000, 9);
    const res = await signedPut(`${prefix}signed.bin`, data);
    expect(res).toEqual({ status: 200, body: "" });
    const client = s3.client(credentials);
    const got = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}signed.bin` }));
    expect(Buffer.from((await got.Body?.transformToByteArray()) ?? []).equals(data)).toBe(true);
    client.destroy();
  });

  it("verifies a signed trailer with its checksum", async () => {
    const data = bytes(70_000, 10);
    expect((await signedPut(`${prefix}trailer.bin`, data, { trailer: true })).status).toBe(200);
    const client = s3.client(credentials);
    const head = await client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${prefix}trailer.bin`, ChecksumMode: "ENABLED" }));
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(data) >>> 0);
    expect(head.ChecksumCRC32).toBe(crc.toString("base64"));
    client.destroy();
  });

  it("refuses a body altered after signing, storing nothing", async () => {
    const res = await signedPut(`${prefix}tampered.bin`, bytes(100_000, 11), { tamper: true });
    expect(res.status).toBe(403);
    expect(res.body).toContain("<Code>SignatureDoesNotMatch</Code>");
    const client = s3.client(credentials);
    expect(await s3Error(client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${prefix}tampered.bin` })))).toMatchObject({ status: 404 });
    client.destroy();
  });
});
