// File transfer through @provena-sdk/datastore/node against the local S3 endpoint: folders with
// multipart files, listing, byte-for-byte downloads, access refusals, credentials renewed
// mid-transfer, aborted transfers resumed, and keys that would escape the destination.
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { AbortError } from "@provena-sdk/http-core";
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatastoreClient, TransferProgress } from "../src/index.js";
import { DatasetFileNotFoundError, DatasetFiles, UnsafePathError } from "../src/node/index.js";
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
