// Listing (prefix, delimiter, pagination) and multipart upload through the AWS SDK v3 and
// lib-storage with default settings.
import { createHash } from "node:crypto";
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  type ListObjectsV2CommandOutput,
  ListPartsCommand,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytes, s3Error, startS3, type S3Fixture } from "./s3-helpers.js";

const MiB = 1024 * 1024;
const md5 = (data: Buffer): Buffer => createHash("md5").update(data).digest();

describe("S3 listing", () => {
  let s3: S3Fixture;
  let client: S3Client;
  const prefix = "datasets/10378-1-7/";
  const keys = ["a.txt", "b/1.txt", "b/2.txt", "b/c/3.txt", "d.txt", "e/4.txt", "f.txt"].map((k) => `${prefix}${k}`);

  beforeAll(async () => {
    s3 = await startS3();
    client = s3.client(s3.credentials(prefix, true));
    // Written out of order: listings come back sorted by key.
    for (const key of [...keys].reverse()) await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: key }));
    await s3.storage.putObject(s3.bucket, "datasets/other/z.txt", "elsewhere");
  });
  afterAll(async () => {
    client.destroy();
    await s3.server.stop();
    expect(s3.errors).toEqual([]);
  });

  it("lists keys under a prefix in order, with sizes and ETags", async () => {
    const out = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix }));
    expect(out.Contents?.map((c) => c.Key)).toEqual(keys);
    expect(out.KeyCount).toBe(keys.length);
    expect(out.IsTruncated).toBe(false);
    const first = out.Contents?.[0];
    expect(first?.Size).toBe(keys[0]?.length);
    expect(first?.ETag).toBe(`"${createHash("md5").update(keys[0] ?? "").digest("hex")}"`);
    expect(first?.ChecksumAlgorithm).toEqual(["CRC32"]);
  });

  it("groups by delimiter into CommonPrefixes", async () => {
    const out = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix, Delimiter: "/" }));
    expect(out.Contents?.map((c) => c.Key)).toEqual([`${prefix}a.txt`, `${prefix}d.txt`, `${prefix}f.txt`]);
    expect(out.CommonPrefixes?.map((p) => p.Prefix)).toEqual([`${prefix}b/`, `${prefix}e/`]);
    expect(out.KeyCount).toBe(5);

    const nested = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `${prefix}b/`, Delimiter: "/" }));
    expect(nested.Contents?.map((c) => c.Key)).toEqual([`${prefix}b/1.txt`, `${prefix}b/2.txt`]);
    expect(nested.CommonPrefixes?.map((p) => p.Prefix)).toEqual([`${prefix}b/c/`]);

    const top = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Delimiter: "/" }));
    expect(top.Contents).toBeUndefined();
    expect(top.CommonPrefixes?.map((p) => p.Prefix)).toEqual(["datasets/"]);
  });

  it("pages with max-keys and continuation tokens, counting a common prefix once", async () => {
    const pages: { keys: string[]; prefixes: string[] }[] = [];
    let token: string | undefined;
    do {
      const out = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix, Delimiter: "/", MaxKeys: 2, ContinuationToken: token }));
      expect(out.MaxKeys).toBe(2);
      pages.push({ keys: (out.Contents ?? []).map((c) => c.Key ?? ""), prefixes: (out.CommonPrefixes ?? []).map((p) => p.Prefix ?? "") });
      token = out.IsTruncated === true ? out.NextContinuationToken : undefined;
      if (out.IsTruncated === true) expect(token).toBeTruthy();
    } while (token !== undefined);
    expect(pages).toEqual([
      { keys: [`${prefix}a.txt`], prefixes: [`${prefix}b/`] },
      { keys: [`${prefix}d.txt`], prefixes: [`${prefix}e/`] },
      { keys: [`${prefix}f.txt`], prefixes: [] },
    ]);

    const flat: string[] = [];
    token = undefined;
    do {
      const out: ListObjectsV2CommandOutput = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix, MaxKeys: 3, ContinuationToken: token }));
      flat.push(...(out.Contents ?? []).map((c) => c.Key ?? ""));
      token = out.NextContinuationToken;
    } while (token !== undefined);
    expect(flat).toEqual(keys);
  });

  it("answers max-keys=0 with an empty, untruncated page", async () => {
    const out = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix, MaxKeys: 0 }));
    expect(out.KeyCount).toBe(0);
    expect(out.IsTruncated).toBe(false);
    expect(out.Contents).toBeUndefined();
  });

  it("keeps prototype-named keys apart from everything else", async () => {
    const odd = ["__proto__", "constructor", "hasOwnProperty"].map((name) => `${prefix}odd/${name}`);
    for (const key of odd) await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: key.toUpperCase() }));
    for (const key of odd) {
      const got = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
      expect(await got.Body?.transformToString()).toBe(key.toUpperCase());
    }
    const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `${prefix}odd/` }));
    expect(listed.Contents?.map((c) => c.Key)).toEqual([...odd].sort());
    const deleted = await client.send(new DeleteObjectsCommand({ Bucket: s3.bucket, Delete: { Objects: odd.map((Key) => ({ Key })) } }));
    expect(deleted.Deleted).toHaveLength(3);
    expect((await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `${prefix}odd/` }))).KeyCount).toBe(0);
  });

  it("starts after a key and refuses a forged continuation token", async () => {
    const out = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix, StartAfter: `${prefix}b/c/3.txt` }));
    expect(out.Contents?.map((c) => c.Key)).toEqual([`${prefix}d.txt`, `${prefix}e/4.txt`, `${prefix}f.txt`]);
    expect(await s3Error(client.send(new ListObjectsV2Command({ Bucket: s3.bucket, ContinuationToken: "not-a-token" })))).toMatchObject({ name: "InvalidArgument", status: 400 });
  });

  it("lets a session list the whole bucket but read only under its prefix", async () => {
    const reader = s3.client(s3.credentials(prefix, false));
    const all = await reader.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: "datasets/" }));
    expect(all.Contents?.map((c) => c.Key)).toContain("datasets/other/z.txt");
    expect(await s3Error(reader.send(new GetObjectCommand({ Bucket: s3.bucket, Key: "datasets/other/z.txt" })))).toMatchObject({ name: "AccessDenied", status: 403 });
    expect(await s3Error(reader.send(new ListObjectsV2Command({ Bucket: s3.storage.reportBucket })))).toMatchObject({ name: "AccessDenied", status: 403 });
    reader.destroy();
  });
});

describe("S3 multipart upload", () => {
  let s3: S3Fixture;
  let client: S3Client;
  const prefix = "datasets/10378-1-8/";

  beforeAll(async () => {
    s3 = await startS3();
    client = s3.client(s3.credentials(prefix, true));
  });
  afterAll(async () => {
    client.destroy();
    await s3.server.stop();
    expect(s3.errors).toEqual([]);
  });

  it("uploads with lib-storage: a part over 5 MiB and a small last part, ETag md5-of-md5s-N", async () => {
    const data = bytes(5 * MiB + 300_000, 3);
    const partSize = 5 * MiB;
    const upload = new Upload({ client, params: { Bucket: s3.bucket, Key: `${prefix}big.bin`, Body: data }, partSize, queueSize: 2 });
    const progress: number[] = [];
    upload.on("httpUploadProgress", (p) => progress.push(p.loaded ?? 0));
    const done = await upload.done();
    const expectedEtag = createHash("md5")
      .update(Buffer.concat([md5(data.subarray(0, partSize)), md5(data.subarray(partSize))]))
      .digest("hex");
    expect(done.ETag).toBe(`"${expectedEtag}-2"`);
    expect(done.ChecksumCRC32).toMatch(/^[A-Za-z0-9+/]{6}==-2$/);
    expect(Math.max(...progress)).toBe(data.length);

    const got = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}big.bin` }));
    expect(got.ContentLength).toBe(data.length);
    expect(Buffer.from((await got.Body?.transformToByteArray()) ?? []).equals(data)).toBe(true);

    // A range across the part boundary reads from both part files.
    const across = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}big.bin`, Range: `bytes=${partSize - 5}-${partSize + 4}` }));
    expect(Buffer.from((await across.Body?.transformToByteArray()) ?? []).equals(data.subarray(partSize - 5, partSize + 5))).toBe(true);
    const head = await client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${prefix}big.bin` }));
    expect(head.PartsCount).toBe(2);
  });

  it("creates, uploads parts, lists them, and completes by hand", async () => {
    const key = `${prefix}manual.bin`;
    const one = bytes(5 * MiB, 11);
    const two = bytes(1234, 12);
    const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: key, ContentType: "application/x-test" }));
    expect(UploadId).toBeTruthy();
    const p2 = await client.send(new UploadPartCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 2, Body: two }));
    const p1 = await client.send(new UploadPartCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 1, Body: one }));
    expect(p1.ETag).toBe(`"${md5(one).toString("hex")}"`);

    const parts = await client.send(new ListPartsCommand({ Bucket: s3.bucket, Key: key, UploadId }));
    expect(parts.Parts?.map((p) => [p.PartNumber, p.Size, p.ETag])).toEqual([
      [1, one.length, p1.ETag],
      [2, two.length, p2.ETag],
    ]);
    const page = await client.send(new ListPartsCommand({ Bucket: s3.bucket, Key: key, UploadId, MaxParts: 1 }));
    expect(page.IsTruncated).toBe(true);
    expect(page.NextPartNumberMarker).toBe("1");
    const rest = await client.send(new ListPartsCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumberMarker: "1" }));
    expect(rest.Parts?.map((p) => p.PartNumber)).toEqual([2]);

    // Nothing is visible before completion.
    expect(await s3Error(client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key })))).toMatchObject({ status: 404 });

    const badOrder = await s3Error(
      client.send(
        new CompleteMultipartUploadCommand({
          Bucket: s3.bucket,
          Key: key,
          UploadId,
          MultipartUpload: { Parts: [{ PartNumber: 2, ETag: p2.ETag }, { PartNumber: 1, ETag: p1.ETag }] },
        }),
      ),
    );
    expect(badOrder).toMatchObject({ name: "InvalidPartOrder", status: 400 });
    const badPart = await s3Error(
      client.send(
        new CompleteMultipartUploadCommand({ Bucket: s3.bucket, Key: key, UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"00"' }, { PartNumber: 2, ETag: p2.ETag }] } }),
      ),
    );
    expect(badPart).toMatchObject({ name: "InvalidPart", status: 400 });

    const done = await client.send(
      new CompleteMultipartUploadCommand({
        Bucket: s3.bucket,
        Key: key,
        UploadId,
        MultipartUpload: { Parts: [{ PartNumber: 1, ETag: p1.ETag, ChecksumCRC32: p1.ChecksumCRC32 }, { PartNumber: 2, ETag: p2.ETag, ChecksumCRC32: p2.ChecksumCRC32 }] },
      }),
    );
    expect(done.ETag).toMatch(/-2"$/);
    const got = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
    expect(got.ContentType).toBe("application/x-test");
    expect(Buffer.from((await got.Body?.transformToByteArray()) ?? []).equals(Buffer.concat([one, two]))).toBe(true);
    // The upload is gone once completed.
    expect(await s3Error(client.send(new ListPartsCommand({ Bucket: s3.bucket, Key: key, UploadId })))).toMatchObject({ name: "NoSuchUpload", status: 404 });
  });

  it("refuses a part under 5 MiB that is not the last with EntityTooSmall", async () => {
    const key = `${prefix}small.bin`;
    const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: key }));
    const p1 = await client.send(new UploadPartCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 1, Body: bytes(1024, 1) }));
    const p2 = await client.send(new UploadPartCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 2, Body: bytes(1024, 2) }));
    const error = await s3Error(
      client.send(
        new CompleteMultipartUploadCommand({ Bucket: s3.bucket, Key: key, UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: p1.ETag }, { PartNumber: 2, ETag: p2.ETag }] } }),
      ),
    );
    expect(error).toMatchObject({ name: "EntityTooSmall", status: 400 });
    // A single small part is fine: it is the last.
    const single = await client.send(new CompleteMultipartUploadCommand({ Bucket: s3.bucket, Key: key, UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: p1.ETag }] } }));
    expect(single.ETag).toMatch(/-1"$/);
    expect((await client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key }))).ContentLength).toBe(1024);
  });

  it("aborts an upload, after which its parts are gone", async () => {
    const key = `${prefix}aborted.bin`;
    const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: key }));
    await client.send(new UploadPartCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 1, Body: bytes(100, 1) }));
    const aborted = await client.send(new AbortMultipartUploadCommand({ Bucket: s3.bucket, Key: key, UploadId }));
    expect(aborted.$metadata.httpStatusCode).toBe(204);
    expect(await s3Error(client.send(new ListPartsCommand({ Bucket: s3.bucket, Key: key, UploadId })))).toMatchObject({ name: "NoSuchUpload", status: 404 });
    expect(await s3Error(client.send(new UploadPartCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 2, Body: "x" })))).toMatchObject({ name: "NoSuchUpload" });
    expect(await s3Error(client.send(new AbortMultipartUploadCommand({ Bucket: s3.bucket, Key: key, UploadId: "nope" })))).toMatchObject({ name: "NoSuchUpload" });
  });

  it("refuses a bad part number", async () => {
    const key = `${prefix}numbers.bin`;
    const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: key }));
    expect(await s3Error(client.send(new UploadPartCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 10_001, Body: "x" })))).toMatchObject({
      name: "InvalidArgument",
      status: 400,
    });
  });

  it("keeps multipart writes to write sessions", async () => {
    const reader = s3.client(s3.credentials(prefix, false));
    expect(await s3Error(reader.send(new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: `${prefix}r.bin` })))).toMatchObject({ name: "AccessDenied", status: 403 });
    const upload = new Upload({ client: reader, params: { Bucket: s3.bucket, Key: `${prefix}r.bin`, Body: bytes(6 * MiB, 1) } });
    await expect(upload.done()).rejects.toMatchObject({ name: "AccessDenied" });
    reader.destroy();
  });
});
