// File transfer through @provena-sdk/datastore/node against the local S3 endpoint: folders with
// multipart files, listing, byte-for-byte downloads, access refusals, credentials renewed
// mid-transfer, aborted transfers resumed, and keys that would escape the destination.
import { HeadObjectCommand, ListMultipartUploadsCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { S3Client as S3ClientType } from "@aws-sdk/client-s3";
import { AbortError } from "@provena-sdk/http-core";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatastoreClient, TransferProgress } from "../src/index.js";
import { ChecksumMismatchError, DatasetFileNotFoundError, DatasetFiles, UnsafePathError } from "../src/node/index.js";
import type { Fixture } from "./support/fixture.js";
import { startFixture } from "./support/fixture.js";
import { readTree, smallFiles, tempDir, writeTree } from "./support/files.js";

const MIB = 1024 * 1024;
const SMALL_PARTS = { partSize: 5 * MIB, multipartThreshold: 5 * MIB };
let fx: Fixture;
let user1: DatastoreClient;

async function newDataset(): Promise<string> {
  return (await user1.mint(await fx.metadataFor("user1"))).handle;
}

beforeAll(async () => {
  // Short-lived credentials, so a transfer can outlive them.
  fx = await startFixture({ datasetCredentialLifetimeSeconds: 4 });
  user1 = fx.client("user1");
});
afterAll(() => fx.stop());

describe("upload, list, download", () => {
  it("a folder of small files and one multipart file comes back byte for byte", async () => {
    const id = await newDataset();
    const files = smallFiles(25, 4096);
    files.set("big/large.bin", randomBytes(11 * MIB + 123));
    const source = writeTree(files);
    const events: TransferProgress[] = [];
    const dataset = new DatasetFiles(user1, id);

    const up = await dataset.uploadFolder(source, { ...SMALL_PARTS, concurrency: 4, onProgress: (p) => events.push(p) });
    expect(new Set(up.transferred)).toEqual(new Set(files.keys()));
    expect(up.skipped).toEqual([]);
    const total = [...files.values()].reduce((sum, b) => sum + b.length, 0);
    expect(up.bytes).toBe(total);
    expect(events.at(-1)).toMatchObject({ direction: "upload", bytesTransferred: total, totalBytes: total, filesTransferred: 26, totalFiles: 26, filesSkipped: 0 });
    expect(events.every((e, i) => i === 0 || e.bytesTransferred >= events[i - 1]!.bytesTransferred)).toBe(true);
    // The large file went up in parts: progress saw it partly done.
    expect(events.some((e) => e.file === "big/large.bin" && e.bytesTransferred < total)).toBe(true);

    const listed = await dataset.list();
    expect(new Map(listed.map((f) => [f.path, f.size]))).toEqual(new Map([...[...files].map(([p, b]) => [p, b.length] as const), ["metadata.json", listed.find((f) => f.path === "metadata.json")!.size]]));
    expect(listed.find((f) => f.path === "big/large.bin")!.etag).toMatch(/-3$/);
    expect((await dataset.list({ folder: "big" })).map((f) => f.path)).toEqual(["big/large.bin"]);

    const destination = tempDir("dest");
    const down = await dataset.downloadAll(destination, { partSize: 5 * MIB });
    expect(down.transferred).toHaveLength(27);
    const copied = readTree(destination);
    for (const [path, bytes] of files) expect(copied.get(path)?.equals(bytes), path).toBe(true);
    expect(copied.has("metadata.json")).toBe(true);
    expect(readdirSync(destination, { recursive: true }).some((n) => String(n).endsWith(".partial"))).toBe(false);

    // A sub-folder and a single file, with paths relative to what was asked for.
    const sub = tempDir("sub");
    await dataset.downloadFolder("dir1", sub);
    expect(new Set(readTree(sub).keys())).toEqual(new Set([...files.keys()].filter((p) => p.startsWith("dir1/")).map((p) => p.slice(5))));
    const one = tempDir("one");
    await dataset.downloadFile("big/large.bin", one);
    expect(readTree(one).get("large.bin")?.equals(files.get("big/large.bin")!)).toBe(true);
    await expect(dataset.downloadFile("big/none.bin", one)).rejects.toBeInstanceOf(DatasetFileNotFoundError);

    // Running them again moves nothing: every file already matches.
    const again = await dataset.uploadFolder(source, SMALL_PARTS);
    expect(again.transferred).toEqual([]);
    expect(again.skipped).toHaveLength(26);
    const downAgain = await dataset.downloadAll(destination, { partSize: 5 * MIB });
    expect(downAgain.skipped).toHaveLength(27);
  });

  it("read credentials cannot write; write credentials cannot reach another dataset", async () => {
    const [id, other] = await Promise.all([newDataset(), newDataset()]);
    const dataset = new DatasetFiles(user1, id);
    const read = await dataset.session("read");
    const refused = (await read.client.send(new PutObjectCommand({ Bucket: read.bucket, Key: `${read.prefix}x.txt`, Body: "x" })).catch((e: unknown) => e)) as Error;
    expect(refused.name).toBe("AccessDenied");
    const write = await dataset.session("write");
    const otherPrefix = (await user1.fetch(other)).item.s3.path;
    const outside = (await write.client.send(new PutObjectCommand({ Bucket: write.bucket, Key: `${otherPrefix}x.txt`, Body: "x" })).catch((e: unknown) => e)) as Error;
    expect(outside.name).toBe("AccessDenied");
    await write.client.send(new PutObjectCommand({ Bucket: write.bucket, Key: `${write.prefix}x.txt`, Body: "x" }));
  });
});

/** Watches the S3 commands a client sends: how many of `command` were in flight at most, their inputs and signed headers. */
function watchCommands(client: S3ClientType, command: string): { maxInFlight: number; inputs: Record<string, unknown>[]; headers: Record<string, string>[] } {
  const seen = { maxInFlight: 0, inputs: [] as Record<string, unknown>[], headers: [] as Record<string, string>[] };
  let inFlight = 0;
  client.middlewareStack.add(
    (next, context) => (args) => {
      const request = args.request as { headers?: Record<string, string> };
      if (context.commandName === command && request.headers !== undefined) seen.headers.push({ ...request.headers });
      return next(args);
    },
    { step: "deserialize", name: `watchHeaders${command}` },
  );
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== command) return next(args);
      seen.inputs.push({ ...(args.input as Record<string, unknown>) });
      seen.maxInFlight = Math.max(seen.maxInFlight, ++inFlight);
      try {
        return await next(args);
      } finally {
        inFlight--;
      }
    },
    { step: "initialize", name: `watch${command}` },
  );
  return seen;
}

describe("large files", () => {
  it("go up in parts read from disk, a bounded number at a time, each with its CRC32, progress per part", async () => {
    const id = await newDataset();
    const data = randomBytes(21 * MIB + 5);
    const source = tempDir("parts");
    writeFileSync(join(source, "big.bin"), data);
    const dataset = new DatasetFiles(user1, id);
    const session = await dataset.session("write");
    const parts = watchCommands(session.client, "UploadPartCommand");
    const events: TransferProgress[] = [];
    const result = await dataset.uploadFile(join(source, "big.bin"), { to: "x/big.bin", ...SMALL_PARTS, partConcurrency: 2, onProgress: (p) => events.push(p) });
    expect(result).toEqual({ transferred: ["x/big.bin"], skipped: [], bytes: data.length });
    expect(parts.inputs.map((i) => i["PartNumber"]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(parts.inputs.every((i) => i["ChecksumAlgorithm"] === "CRC32")).toBe(true);
    // Each part carries its CRC32 (which the server checks); its bytes are not SHA-256 hashed for the signature.
    expect(parts.headers).toHaveLength(5);
    expect(parts.headers.every((h) => /^[A-Za-z0-9+/]{6}==$/.test(h["x-amz-checksum-crc32"] ?? "") && h["x-amz-content-sha256"] === "UNSIGNED-PAYLOAD")).toBe(true);
    expect(parts.inputs.map((i) => i["ContentLength"]).sort((a, b) => Number(a) - Number(b))).toEqual([data.length - 4 * 5 * MIB, 5 * MIB, 5 * MIB, 5 * MIB, 5 * MIB]);
    expect(parts.maxInFlight).toBeGreaterThanOrEqual(1);
    expect(parts.maxInFlight).toBeLessThanOrEqual(2);
    // One progress event per part, then the file's completion.
    expect(events).toHaveLength(6);
    expect(events.slice(0, 5).every((e, i) => e.file === "x/big.bin" && (i === 0 || e.bytesTransferred > events[i - 1]!.bytesTransferred))).toBe(true);
    expect(events[0]!.bytesTransferred).toBeLessThan(data.length);
    expect(events[4]!.bytesTransferred).toBe(data.length);
    expect(events.at(-1)).toMatchObject({ bytesTransferred: data.length, totalBytes: data.length, filesTransferred: 1, totalFiles: 1 });
    const [listed] = await dataset.list({ folder: "x" });
    expect(listed).toMatchObject({ path: "x/big.bin", size: data.length });
    expect(listed?.etag).toMatch(/-5$/);
    // The parts' CRC32s add up to a CRC32 of the whole object, which downloads verify on the fly.
    const head = await session.client.send(new HeadObjectCommand({ Bucket: session.bucket, Key: `${session.prefix}x/big.bin`, ChecksumMode: "ENABLED" }));
    expect(head.ChecksumType).toBe("FULL_OBJECT");
    expect(head.ChecksumCRC32).toMatch(/^[A-Za-z0-9+/]{6}==$/);
    const back = tempDir("parts-back");
    await dataset.downloadFile("x/big.bin", back, { partSize: 5 * MIB });
    expect(readTree(back).get("big.bin")?.equals(data)).toBe(true);
    // Uploading it again finds it already there (the ETag of 5 MiB parts matches).
    expect((await dataset.uploadFile(join(source, "big.bin"), { to: "x/big.bin", ...SMALL_PARTS })).skipped).toEqual(["x/big.bin"]);
  });

  it("refuses part settings S3 cannot take, before anything is sent", async () => {
    const id = await newDataset();
    const dataset = new DatasetFiles(user1, id);
    const source = writeTree(new Map([["a.bin", randomBytes(10)]]));
    await expect(dataset.uploadFolder(source, { partSize: 4 * MIB })).rejects.toThrow(/partSize must be at least 5 MiB/);
    await expect(dataset.uploadFolder(source, { partConcurrency: 0 })).rejects.toThrow(/partConcurrency must be a whole number/);
    expect((await dataset.list()).map((f) => f.path)).toEqual(["metadata.json"]);
  });

  it("an aborted multipart upload is aborted on the server (no parts left behind), and running it again completes it", async () => {
    const id = await newDataset();
    const data = randomBytes(16 * MIB);
    const source = tempDir("abort-parts");
    writeFileSync(join(source, "big.bin"), data);
    const dataset = new DatasetFiles(user1, id);
    const controller = new AbortController();
    const aborted = await dataset
      .uploadFolder(source, { ...SMALL_PARTS, partConcurrency: 1, signal: controller.signal, onProgress: (p) => p.bytesTransferred > 0 && controller.abort() })
      .catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(AbortError);
    const session = await dataset.session("write");
    const uploads = await session.client.send(new ListMultipartUploadsCommand({ Bucket: session.bucket, Prefix: session.prefix }));
    expect(uploads.Uploads ?? []).toEqual([]);
    expect((await dataset.list()).map((f) => f.path)).toEqual(["metadata.json"]);

    const again = await dataset.uploadFolder(source, SMALL_PARTS);
    expect(again.transferred).toEqual(["big.bin"]);
    const back = tempDir("abort-back");
    await dataset.downloadAll(back, { partSize: 5 * MIB });
    expect(readTree(back).get("big.bin")?.equals(data)).toBe(true);
  });

  it("a stream of unknown length goes up in parts through lib-storage", async () => {
    const id = await newDataset();
    const chunks = Array.from({ length: 12 }, () => randomBytes(MIB));
    const dataset = new DatasetFiles(user1, id);
    const events: TransferProgress[] = [];
    const result = await dataset.uploadStream(Readable.from(chunks), "streamed/data.bin", { partSize: 5 * MIB, onProgress: (p) => events.push(p) });
    const data = Buffer.concat(chunks);
    expect(result).toEqual({ transferred: ["streamed/data.bin"], skipped: [], bytes: data.length });
    expect(events.some((e) => e.bytesTransferred > 0 && e.bytesTransferred < data.length && e.totalBytes === undefined)).toBe(true);
    expect(events.at(-1)).toMatchObject({ bytesTransferred: data.length, totalBytes: data.length, filesTransferred: 1 });
    const [listed] = await dataset.list({ folder: "streamed" });
    expect(listed).toMatchObject({ path: "streamed/data.bin", size: data.length });
    expect(listed?.etag).toMatch(/-3$/);
    const back = tempDir("stream-back");
    await dataset.downloadFile("streamed/data.bin", back, { partSize: 5 * MIB });
    expect(readTree(back).get("data.bin")?.equals(data)).toBe(true);
    await expect(dataset.uploadStream(Readable.from([Buffer.from("x")]), "folder/")).rejects.toBeInstanceOf(UnsafePathError);
  });
});

describe("long transfers", () => {
  it("credentials that expire mid-transfer are renewed and the transfer completes", async () => {
    const id = await newDataset();
    const files = smallFiles(6, 1024);
    const dataset = new DatasetFiles(user1, id);
    const session = await dataset.session("write");
    const first = await session.credentials.get();
    // Hold the third request (an AWS SDK middleware, before signing) until the first session has
    // expired on the server too (expiry is sent in whole seconds).
    let requests = 0;
    session.client.middlewareStack.add(
      (next) => async (args) => {
        if (++requests === 3) while (first.expiresInMs() > -1100) await new Promise((r) => setTimeout(r, 100));
        return next(args);
      },
      { step: "build", name: "holdUntilExpired" },
    );
    const result = await dataset.uploadFolder(writeTree(files), { concurrency: 1 });
    expect(result.transferred).toHaveLength(6);
    expect(session.credentials.requests).toBeGreaterThanOrEqual(2);
    expect((await session.credentials.get()).accessKeyId).not.toBe(first.accessKeyId);
    // The first session really is over: the server refuses it (its expiry is sent in whole
    // seconds, so the server's own may be up to a second later).
    while (first.expiresInMs() > -1100) await new Promise((r) => setTimeout(r, 100));
    const stale = new S3Client({ region: first.region, endpoint: first.endpoint, forcePathStyle: true, credentials: { accessKeyId: first.accessKeyId, secretAccessKey: first.secretAccessKey, sessionToken: first.sessionToken } });
    const expired = (await stale.send(new PutObjectCommand({ Bucket: session.bucket, Key: `${session.prefix}late.txt`, Body: "x" })).catch((e: unknown) => e)) as Error;
    expect(expired.name).toBe("ExpiredToken");
    expect((await dataset.list()).map((f) => f.path).sort()).toEqual([...files.keys(), "metadata.json"].sort());
  });

  it("credentials that expire between the parts of a large file are renewed and the upload completes", async () => {
    const id = await newDataset();
    const data = randomBytes(11 * MIB);
    const source = tempDir("expire-parts");
    writeFileSync(join(source, "big.bin"), data);
    const dataset = new DatasetFiles(user1, id);
    const session = await dataset.session("write");
    const first = await session.credentials.get();
    // Hold the second part (before signing) until the first session has expired on the server too.
    session.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === "UploadPartCommand" && (args.input as { PartNumber?: number }).PartNumber === 2) {
          while (first.expiresInMs() > -1100) await new Promise((r) => setTimeout(r, 100));
        }
        return next(args);
      },
      { step: "build", name: "holdPartUntilExpired" },
    );
    const result = await dataset.uploadFolder(source, { ...SMALL_PARTS, partConcurrency: 1 });
    expect(result.transferred).toEqual(["big.bin"]);
    expect((await session.credentials.get()).accessKeyId).not.toBe(first.accessKeyId);
    const back = tempDir("expire-back");
    await dataset.downloadAll(back, { partSize: 5 * MIB });
    expect(readTree(back).get("big.bin")?.equals(data)).toBe(true);
  });

  it("an upload aborted half way resumes where it stopped, and so does a download", async () => {
    const id = await newDataset();
    const files = smallFiles(30, 2048);
    const source = writeTree(files);
    const dataset = new DatasetFiles(user1, id);
    const controller = new AbortController();
    const aborted = await dataset
      .uploadFolder(source, { concurrency: 1, signal: controller.signal, onProgress: (p) => p.filesTransferred === 10 && controller.abort() })
      .catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(AbortError);
    const partial = (await dataset.list()).filter((f) => f.path !== "metadata.json");
    expect(partial.length).toBeGreaterThanOrEqual(10);
    expect(partial.length).toBeLessThan(30);

    const resumed = await dataset.uploadFolder(source, { concurrency: 4 });
    expect(resumed.skipped.length).toBe(partial.length);
    expect(resumed.transferred.length).toBe(30 - partial.length);

    const destination = tempDir("resume");
    const stop = new AbortController();
    await expect(dataset.downloadAll(destination, { concurrency: 1, signal: stop.signal, onProgress: (p) => p.filesTransferred === 12 && stop.abort() })).rejects.toBeInstanceOf(AbortError);
    const got = readTree(destination).size;
    const rest = await dataset.downloadAll(destination, { concurrency: 4 });
    expect(rest.skipped.length).toBe(got);
    const copied = readTree(destination);
    for (const [path, bytes] of files) expect(copied.get(path)?.equals(bytes), path).toBe(true);
  });
});

describe("keys that would escape the destination", () => {
  it.each(["/absolute.txt", "..\\..\\escape.txt"])("a dataset key %j is refused before anything is written", async (name) => {
    const id = await newDataset();
    const dataset = new DatasetFiles(user1, id);
    const write = await dataset.session("write");
    await write.client.send(new PutObjectCommand({ Bucket: write.bucket, Key: `${write.prefix}${name}`, Body: "gotcha" }));
    const destination = tempDir("unsafe");
    const error = (await dataset.downloadAll(destination).catch((e: unknown) => e)) as UnsafePathError;
    expect(error).toBeInstanceOf(UnsafePathError);
    expect(error.path).toBe(name);
    expect(readdirSync(destination)).toEqual([]);
  });
});

describe("checksums", () => {
  it("bytes that changed on the server fail the download with a ChecksumMismatchError and leave nothing behind", async () => {
    const objectsDir = tempDir("objects");
    const own = await startFixture({ objectsDir });
    try {
      const client = own.client("user1");
      const dataset = new DatasetFiles(client, (await client.mint(await own.metadataFor("user1"))).handle);
      const source = tempDir("corrupt-src");
      writeFileSync(join(source, "big.bin"), randomBytes(11 * MIB));
      writeFileSync(join(source, "small.bin"), randomBytes(64 * 1024));
      await dataset.uploadFolder(source, SMALL_PARTS);
      // An object stored with no checksum of its own (only its ETag, the MD5 of its bytes).
      const write = await dataset.session("write");
      const keys = await write.credentials.get();
      const bare = new S3Client({ region: keys.region, endpoint: keys.endpoint, forcePathStyle: true, requestChecksumCalculation: "WHEN_REQUIRED", credentials: { accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey, sessionToken: keys.sessionToken } });
      await bare.send(new PutObjectCommand({ Bucket: write.bucket, Key: `${write.prefix}bare.bin`, Body: randomBytes(32 * 1024) }));
      expect((await write.client.send(new HeadObjectCommand({ Bucket: write.bucket, Key: `${write.prefix}bare.bin`, ChecksumMode: "ENABLED" }))).ChecksumCRC32).toBeUndefined();
      // Flip one byte in every stored file of either size (the big file's first part, the small file).
      const stored = readdirSync(objectsDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
      const flipped = stored.filter((path) => [5 * MIB, 64 * 1024, 32 * 1024].includes(statSync(path).size));
      expect(flipped.length).toBeGreaterThanOrEqual(3);
      for (const path of flipped) {
        const bytes = readFileSync(path);
        bytes[1000] = (bytes[1000] as number) ^ 0xff;
        writeFileSync(path, bytes);
      }
      for (const [name, kind] of [["big.bin", "CRC32"], ["small.bin", "CRC32"], ["bare.bin", "ETag"]] as const) {
        const destination = tempDir("corrupt-dest");
        const error = (await dataset.downloadFile(name, destination).catch((e: unknown) => e)) as ChecksumMismatchError;
        expect(error, name).toBeInstanceOf(ChecksumMismatchError);
        expect(error.path).toBe(name);
        expect(error.message).toContain(`expected ${kind} `);
        expect(error.expected).not.toBe(error.actual);
        expect(readdirSync(destination)).toEqual([]);
      }
    } finally {
      await own.stop();
    }
  });
});
