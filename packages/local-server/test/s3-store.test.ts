// The DatasetStorage the data store and the report job use: service writes and reads, prefix
// checks, credentials, presigned URLs, and where the bytes live.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CompleteMultipartUploadCommand, CreateMultipartUploadCommand, GetObjectCommand, ListObjectsV2Command, ListPartsCommand, PutObjectCommand, S3Client, UploadPartCommand } from "@aws-sdk/client-s3";
import { memoryStorage, startLocalServer, type LocalServer } from "../src/index.js";
import type { LocalDatasetStorage } from "../src/s3/store.js";

describe("dataset storage (service side)", () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer();
  });
  afterAll(() => server.stop());

  it("reports its endpoint, buckets and region", () => {
    const storage = server.datasetStorage;
    expect(storage.endpoint).toBe(`${server.origin}/s3`);
    expect(storage.datasetBucket).not.toBe(storage.reportBucket);
    expect(storage.region).toBe("ap-southeast-2");
    expect(server.datasetStorage).toBe(storage);
  });

  it("writes, finds and reads back whole objects", async () => {
    const storage = server.datasetStorage;
    const bucket = storage.datasetBucket;
    await storage.putObject(bucket, "datasets/10378-1-1/metadata.json", '{"a": 1}', "application/json");
    expect(await storage.hasObject(bucket, "datasets/10378-1-1/metadata.json")).toBe(true);
    expect(await storage.hasObject(bucket, "datasets/10378-1-1/other.json")).toBe(false);
    expect(await storage.hasObject(storage.reportBucket, "datasets/10378-1-1/metadata.json")).toBe(false);
    expect(await storage.hasPrefix(bucket, "datasets/10378-1-1/")).toBe(true);
    expect(await storage.hasPrefix(bucket, "datasets/10378-1-2/")).toBe(false);
    expect(await storage.hasPrefix(bucket, "datasets/10378-1-1/metadata.json/")).toBe(false);
    expect(Buffer.from((await storage.getObject(bucket, "datasets/10378-1-1/metadata.json")) ?? []).toString()).toBe('{"a": 1}');
    expect(await storage.getObject(bucket, "missing")).toBeUndefined();

    await storage.putObject(bucket, "datasets/10378-1-1/metadata.json", new Uint8Array([1, 2, 3]));
    expect([...((await storage.getObject(bucket, "datasets/10378-1-1/metadata.json")) ?? [])]).toEqual([1, 2, 3]);
  });

  it("issues distinct sessions with the requested lifetime", () => {
    const storage = server.datasetStorage;
    const before = Date.now();
    const a = storage.issueCredentials({ bucket: storage.datasetBucket, prefix: "datasets/x/", write: false, username: "user1" });
    const b = storage.issueCredentials({ bucket: storage.datasetBucket, prefix: "datasets/x/", write: true, username: "user1", durationSeconds: 60 });
    expect(a.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(a.accessKeyId).not.toBe(b.accessKeyId);
    expect(a.secretAccessKey).not.toBe(b.secretAccessKey);
    expect(a.sessionToken.length).toBeGreaterThan(100);
    expect(a.expiry.getTime() - before).toBeGreaterThanOrEqual(8 * 3600 * 1000 - 5000);
    expect(a.expiry.getTime() - before).toBeLessThanOrEqual(8 * 3600 * 1000 + 5000);
    expect(b.expiry.getTime() - before).toBeLessThanOrEqual(65_000);
    expect(() => storage.issueCredentials({ bucket: storage.datasetBucket, prefix: "datasets/x", write: false, username: "u" })).toThrow(/end with "\/"/);
  });

  it("presigns a GET URL on the local origin", () => {
    const storage = server.datasetStorage;
    const url = new URL(storage.presignGet(storage.datasetBucket, "datasets/x/a b+c.txt", 600));
    expect(url.origin).toBe(server.origin);
    expect(url.pathname).toBe(`/s3/${storage.datasetBucket}/datasets/x/a%20b%2Bc.txt`);
    expect(url.searchParams.get("X-Amz-Algorithm")).toBe("AWS4-HMAC-SHA256");
    expect(url.searchParams.get("X-Amz-Expires")).toBe("600");
    expect(url.searchParams.get("X-Amz-SignedHeaders")).toBe("host");
    expect(url.searchParams.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/);
    for (const bad of [0, -1, 1.5, 604_801]) expect(() => storage.presignGet(storage.datasetBucket, "k", bad)).toThrow(RangeError);
    expect(new URL(storage.presignGet(storage.datasetBucket, "k", 604_800)).searchParams.get("X-Amz-Expires")).toBe("604800");
  });
});

describe("where object bytes live", () => {
  it("uses a temporary folder by default and removes it on stop", async () => {
    const server = await startLocalServer();
    const storage = server.datasetStorage as LocalDatasetStorage;
    await storage.putObject(storage.datasetBucket, "k", "v");
    expect(storage.root.startsWith(join(tmpdir(), "provena-local-objects-"))).toBe(true);
    expect(readdirSync(join(storage.root, "blobs"))).toHaveLength(1);
    await server.stop();
    expect(existsSync(storage.root)).toBe(false);
  });

  it("keeps bytes in objectsDir and leaves it in place on stop", async () => {
    const dir = mkdtempSync(join(tmpdir(), "s3-objects-test-"));
    try {
      const objectsDir = join(dir, "objects");
      const server = await startLocalServer({ objectsDir });
      await server.datasetStorage.putObject(server.datasetStorage.datasetBucket, "datasets/x/file.txt", "hello");
      await server.stop();
      expect(existsSync(objectsDir)).toBe(true);
      expect(readdirSync(join(objectsDir, "blobs"))).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps objects, sessions and multipart uploads across a restart with the same storage and objectsDir", async () => {
    const dir = mkdtempSync(join(tmpdir(), "s3-restart-test-"));
    const storage = memoryStorage();
    const objectsDir = join(dir, "objects");
    try {
      const first = await startLocalServer({ storage, objectsDir });
      const bucket = first.datasetStorage.datasetBucket;
      const credentials = first.datasetStorage.issueCredentials({ bucket, prefix: "datasets/r/", write: true, username: "user1" });
      const options = { forcePathStyle: true, region: first.datasetStorage.region, credentials };
      const before = new S3Client({ endpoint: first.datasetStorage.endpoint, ...options });
      await before.send(new PutObjectCommand({ Bucket: bucket, Key: "datasets/r/kept.txt", Body: "still here" }));
      const { UploadId } = await before.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: "datasets/r/parts.bin" }));
      await before.send(new UploadPartCommand({ Bucket: bucket, Key: "datasets/r/parts.bin", UploadId, PartNumber: 1, Body: "part one" }));
      before.destroy();
      await first.stop();

      const second = await startLocalServer({ storage, objectsDir });
      const after = new S3Client({ endpoint: second.datasetStorage.endpoint, ...options });
      const got = await after.send(new GetObjectCommand({ Bucket: bucket, Key: "datasets/r/kept.txt" }));
      expect(await got.Body?.transformToString()).toBe("still here");
      const parts = await after.send(new ListPartsCommand({ Bucket: bucket, Key: "datasets/r/parts.bin", UploadId }));
      expect(parts.Parts?.map((p) => p.Size)).toEqual([8]);
      after.destroy();
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("survives a restart on a durable --data folder: objects (multipart included), sessions, listings", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "s3-data-test-"));
    try {
      const first = await startLocalServer({ dataDir });
      const bucket = first.datasetStorage.datasetBucket;
      const credentials = first.datasetStorage.issueCredentials({ bucket, prefix: "datasets/d/", write: true, username: "user1" });
      const options = { forcePathStyle: true, region: first.datasetStorage.region, credentials };
      const before = new S3Client({ endpoint: first.datasetStorage.endpoint, ...options });
      await before.send(new PutObjectCommand({ Bucket: bucket, Key: "datasets/d/a.txt", Body: "durable", Metadata: { k: "v" } }));
      const { UploadId } = await before.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: "datasets/d/mp.bin" }));
      const part = await before.send(new UploadPartCommand({ Bucket: bucket, Key: "datasets/d/mp.bin", UploadId, PartNumber: 1, Body: "multi" }));
      await before.send(
        new CompleteMultipartUploadCommand({ Bucket: bucket, Key: "datasets/d/mp.bin", UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag, ChecksumCRC32: part.ChecksumCRC32 }] } }),
      );
      before.destroy();
      await first.stop();

      const second = await startLocalServer({ dataDir });
      const after = new S3Client({ endpoint: second.datasetStorage.endpoint, ...options });
      const got = await after.send(new GetObjectCommand({ Bucket: bucket, Key: "datasets/d/a.txt" }));
      expect(await got.Body?.transformToString()).toBe("durable");
      expect(got.Metadata).toEqual({ k: "v" });
      const mp = await after.send(new GetObjectCommand({ Bucket: bucket, Key: "datasets/d/mp.bin" }));
      expect(await mp.Body?.transformToString()).toBe("multi");
      expect(mp.ETag).toMatch(/-1"$/);
      const listed = await after.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: "datasets/d/" }));
      expect(listed.Contents?.map((c) => c.Key)).toEqual(["datasets/d/a.txt", "datasets/d/mp.bin"]);
      const fresh = await fetch(second.datasetStorage.presignGet(bucket, "datasets/d/a.txt", 600));
      expect(await fresh.text()).toBe("durable");
      after.destroy();
      await second.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
