// Object operations through the official AWS SDK v3 with DEFAULT settings (flexible checksums,
// aws-chunked streamed bodies with trailers) against the local S3 endpoint over real HTTP.
import { createHash } from "node:crypto";
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytes, recordRequests, s3Error, startS3, type S3Fixture } from "./s3-helpers.js";

const md5 = (data: Buffer | string): string => createHash("md5").update(data).digest("hex");
const crc32Base64 = (data: Buffer): string => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(crc32(data) >>> 0);
  return out.toString("base64");
};

describe("S3 objects", () => {
  let s3: S3Fixture;
  let client: S3Client;
  let dir: string;
  const prefix = "datasets/10378-1-5/";

  beforeAll(async () => {
    s3 = await startS3();
    client = s3.client(s3.credentials(prefix, true));
    dir = mkdtempSync(join(tmpdir(), "s3-objects-"));
  });
  afterAll(async () => {
    client.destroy();
    await s3.server.stop();
    expect(s3.errors).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("puts a string and gets it back with S3's ETag, CRC32 and metadata", async () => {
    const sent = recordRequests(client);
    const put = await client.send(
      new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}notes.txt`, Body: "hello world", ContentType: "text/plain", Metadata: { origin: "test" } }),
    );
    expect(put.ETag).toBe(`"${md5("hello world")}"`);
    expect(put.ChecksumCRC32).toBe(crc32Base64(Buffer.from("hello world")));
    expect(sent[0]?.["x-amz-checksum-crc32"]).toBe(put.ChecksumCRC32);

    const got = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}notes.txt` }));
    expect(await got.Body?.transformToString()).toBe("hello world");
    expect(got.ContentType).toBe("text/plain");
    expect(got.ContentLength).toBe(11);
    expect(got.ETag).toBe(put.ETag);
    expect(got.Metadata).toEqual({ origin: "test" });
    // The SDK asks for checksums by default (x-amz-checksum-mode) and validates the one we return.
    expect(got.ChecksumCRC32).toBe(put.ChecksumCRC32);
    expect(got.AcceptRanges).toBe("bytes");

    const head = await client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${prefix}notes.txt` }));
    expect(head.ContentLength).toBe(11);
    expect(head.ETag).toBe(put.ETag);
    expect(head.LastModified).toBeInstanceOf(Date);
    expect(Math.abs((head.LastModified as Date).getTime() - Date.now())).toBeLessThan(10 * 60 * 1000);
  });

  it("accepts the SDK's default aws-chunked streaming upload with a CRC32 trailer and stores the decoded bytes", async () => {
    const data = bytes(300_001, 7);
    const file = join(dir, "streamed.bin");
    writeFileSync(file, data);
    const sent = recordRequests(client);
    const put = await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}streamed.bin`, Body: createReadStream(file), ContentLength: data.length }));
    const headers = sent.at(-1) ?? {};
    expect(headers["content-encoding"]).toBe("aws-chunked");
    expect(headers["x-amz-content-sha256"]).toBe("STREAMING-UNSIGNED-PAYLOAD-TRAILER");
    expect(headers["x-amz-trailer"]).toBe("x-amz-checksum-crc32");
    expect(put.ETag).toBe(`"${md5(data)}"`);
    expect(put.ChecksumCRC32).toBe(crc32Base64(data));

    const got = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}streamed.bin` }));
    const back = Buffer.from((await got.Body?.transformToByteArray()) ?? []);
    expect(back.length).toBe(data.length);
    expect(back.equals(data)).toBe(true);
    expect(got.ContentEncoding).toBeUndefined();
  });

  it("verifies other flexible checksums and refuses a wrong one with BadDigest", async () => {
    const body = Buffer.from("checked with sha256");
    const put = await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}sha.txt`, Body: body, ChecksumAlgorithm: "SHA256" }));
    expect(put.ChecksumSHA256).toBe(createHash("sha256").update(body).digest("base64"));
    const sha1 = await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}sha1.txt`, Body: body, ChecksumAlgorithm: "SHA1" }));
    expect(sha1.ChecksumSHA1).toBe(createHash("sha1").update(body).digest("base64"));

    const wrong = await s3Error(client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}bad.txt`, Body: body, ChecksumCRC32: "AAAAAA==" })));
    expect(wrong).toMatchObject({ name: "BadDigest", status: 400 });
    const badMd5 = await s3Error(client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}bad.txt`, Body: body, ContentMD5: Buffer.alloc(16).toString("base64") })));
    expect(badMd5).toMatchObject({ name: "BadDigest", status: 400 });
    expect((await s3Error(client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${prefix}bad.txt` })))).status).toBe(404);
  });

  it("serves byte ranges", async () => {
    const data = Buffer.from("0123456789abcdefghij");
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}range.txt`, Body: data }));
    const range = async (value: string) => {
      const got = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}range.txt`, Range: value }));
      return { text: await got.Body?.transformToString(), contentRange: got.ContentRange, length: got.ContentLength, status: got.$metadata.httpStatusCode };
    };
    expect(await range("bytes=0-4")).toEqual({ text: "01234", contentRange: "bytes 0-4/20", length: 5, status: 206 });
    expect(await range("bytes=15-")).toEqual({ text: "fghij", contentRange: "bytes 15-19/20", length: 5, status: 206 });
    expect(await range("bytes=-3")).toEqual({ text: "hij", contentRange: "bytes 17-19/20", length: 3, status: 206 });
    expect(await range("bytes=18-100")).toEqual({ text: "ij", contentRange: "bytes 18-19/20", length: 2, status: 206 });
    expect(await s3Error(range("bytes=20-30"))).toMatchObject({ name: "InvalidRange", status: 416 });
  });

  it("answers conditional GETs", async () => {
    const put = await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}cond.txt`, Body: "v1" }));
    expect(await s3Error(client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}cond.txt`, IfMatch: '"0000"' })))).toMatchObject({ status: 412 });
    const same = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}cond.txt`, IfMatch: put.ETag }));
    expect(await same.Body?.transformToString()).toBe("v1");
    expect((await s3Error(client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}cond.txt`, IfNoneMatch: put.ETag })))).status).toBe(304);
  });

  it("deletes one object, and reports NoSuchKey afterwards", async () => {
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}gone.txt`, Body: "x" }));
    const deleted = await client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: `${prefix}gone.txt` }));
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    expect(await s3Error(client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}gone.txt` })))).toMatchObject({ name: "NoSuchKey", status: 404 });
    expect(await s3Error(client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${prefix}gone.txt` })))).toMatchObject({ name: "NotFound", status: 404 });
    // Deleting a missing key succeeds, as S3.
    expect((await client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: `${prefix}gone.txt` }))).$metadata.httpStatusCode).toBe(204);
  });

  it("deletes many objects, reporting keys outside the prefix as AccessDenied", async () => {
    for (const name of ["a", "b", "c"]) await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}many/${name}`, Body: name }));
    const out = await client.send(
      new DeleteObjectsCommand({
        Bucket: s3.bucket,
        Delete: { Objects: [{ Key: `${prefix}many/a` }, { Key: `${prefix}many/b` }, { Key: "datasets/other/x" }] },
      }),
    );
    expect(out.Deleted?.map((d) => d.Key).sort()).toEqual([`${prefix}many/a`, `${prefix}many/b`]);
    expect(out.Errors).toEqual([{ Key: "datasets/other/x", Code: "AccessDenied", Message: "Access Denied" }]);
    expect(await s3Error(client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${prefix}many/a` })))).toMatchObject({ status: 404 });
    const c = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}many/c` }));
    expect(await c.Body?.transformToString()).toBe("c");

    const quiet = await client.send(new DeleteObjectsCommand({ Bucket: s3.bucket, Delete: { Objects: [{ Key: `${prefix}many/c` }], Quiet: true } }));
    expect(quiet.Deleted ?? []).toEqual([]);
    expect(await s3Error(client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${prefix}many/c` })))).toMatchObject({ status: 404 });
  });

  it("copies objects, keeping or replacing metadata, and refuses a copy onto itself", async () => {
    const put = await client.send(
      new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}src.txt`, Body: "copy me", ContentType: "text/csv", Metadata: { a: "1" } }),
    );
    const copied = await client.send(new CopyObjectCommand({ Bucket: s3.bucket, Key: `${prefix}dst.txt`, CopySource: `${s3.bucket}/${prefix}src.txt` }));
    expect(copied.CopyObjectResult?.ETag).toBe(put.ETag);
    const kept = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}dst.txt` }));
    expect(await kept.Body?.transformToString()).toBe("copy me");
    expect(kept.ContentType).toBe("text/csv");
    expect(kept.Metadata).toEqual({ a: "1" });

    await client.send(
      new CopyObjectCommand({
        Bucket: s3.bucket,
        Key: `${prefix}dst 2.txt`,
        CopySource: encodeURIComponent(`${s3.bucket}/${prefix}src.txt`),
        MetadataDirective: "REPLACE",
        ContentType: "text/plain",
        Metadata: { b: "2" },
      }),
    );
    const replaced = await client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${prefix}dst 2.txt` }));
    expect(replaced.ContentType).toBe("text/plain");
    expect(replaced.Metadata).toEqual({ b: "2" });

    // Deleting the source leaves the copy intact (bytes were copied, not shared).
    await client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: `${prefix}src.txt` }));
    const still = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}dst.txt` }));
    expect(await still.Body?.transformToString()).toBe("copy me");

    const self = await s3Error(client.send(new CopyObjectCommand({ Bucket: s3.bucket, Key: `${prefix}dst.txt`, CopySource: `${s3.bucket}/${prefix}dst.txt` })));
    expect(self).toMatchObject({ name: "InvalidRequest", status: 400 });
    const missing = await s3Error(client.send(new CopyObjectCommand({ Bucket: s3.bucket, Key: `${prefix}x.txt`, CopySource: `${s3.bucket}/${prefix}nope.txt` })));
    expect(missing).toMatchObject({ name: "NoSuchKey", status: 404 });
  });

  it("stores keys with spaces, unicode and reserved characters exactly", async () => {
    const key = `${prefix}dir with space/ünï+cødé&=?#%.txt`;
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: "odd" }));
    const got = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
    expect(await got.Body?.transformToString()).toBe("odd");
  });

  it("answers a GET of an empty object", async () => {
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}empty`, Body: Buffer.alloc(0) }));
    const got = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}empty` }));
    expect(got.ContentLength).toBe(0);
    expect(await got.Body?.transformToString()).toBe("");
    expect(got.ETag).toBe(`"${md5("")}"`);
  });
});
