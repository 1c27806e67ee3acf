// UploadPartCopy (whole objects and byte ranges, across part files, checksums, conditions,
// access) and ListMultipartUploads (scoped to the session's dataset, prefix, delimiter, paging)
// through the AWS SDK v3 with default settings.
import { createHash } from "node:crypto";
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  ListMultipartUploadsCommand,
  PutObjectCommand,
  UploadPartCommand,
  UploadPartCopyCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytes, s3Error, startS3, type S3Fixture } from "./s3-helpers.js";

const MiB = 1024 * 1024;
const md5hex = (data: Buffer): string => createHash("md5").update(data).digest("hex");

describe("S3 UploadPartCopy and ListMultipartUploads", { timeout: 120_000 }, () => {
  let s3: S3Fixture;
  let client: S3Client;
  let reader: S3Client;
  let other: S3Client;
  const prefix = "datasets/10378-1-11/";
  const otherPrefix = "datasets/10378-1-12/";
  // Two parts on disk (a multipart object), so ranges can straddle part files.
  const source = bytes(10 * MiB + 1000, 41);

  beforeAll(async () => {
    s3 = await startS3();
    client = s3.client(s3.credentials(prefix, true));
    reader = s3.client(s3.credentials(prefix, false));
    other = s3.client(s3.credentials(otherPrefix, true));
    await new Upload({ client, params: { Bucket: s3.bucket, Key: `${prefix}source.bin`, Body: source }, partSize: 5 * MiB }).done();
    await other.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${otherPrefix}secret.txt`, Body: "not yours" }));
  });
  afterAll(async () => {
    for (const c of [client, reader, other]) c.destroy();
    await s3.server.stop();
    expect(s3.errors).toEqual([]);
  });

  it("builds an object from copied ranges (one straddling the source's part files) and an uploaded part", async () => {
    const key = `${prefix}assembled.bin`;
    const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: key, ChecksumAlgorithm: "CRC32" }));
    const CopySource = `${s3.bucket}/${prefix}source.bin`;
    const first = { start: 3 * MiB, end: 8 * MiB - 1 }; // crosses the 5 MiB part boundary
    const p1 = await client.send(new UploadPartCopyCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 1, CopySource, CopySourceRange: `bytes=${first.start}-${first.end}` }));
    const copied = source.subarray(first.start, first.end + 1);
    expect(p1.CopyPartResult?.ETag).toBe(`"${md5hex(copied)}"`);
    expect(p1.CopyPartResult?.ChecksumCRC32).toMatch(/^[A-Za-z0-9+/]{6}==$/);
    expect(p1.CopyPartResult?.LastModified).toBeInstanceOf(Date);
    const tail = Buffer.from("and a tail");
    const p2 = await client.send(new UploadPartCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 2, Body: tail }));
    // The whole source as part 3 (no range).
    const p3 = await client.send(new UploadPartCopyCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 3, CopySource }));
    expect(p3.CopyPartResult?.ETag).toBe(`"${md5hex(source)}"`);
    const done = await client.send(
      new CompleteMultipartUploadCommand({
        Bucket: s3.bucket,
        Key: key,
        UploadId,
        MultipartUpload: {
          Parts: [
            { PartNumber: 1, ETag: p1.CopyPartResult?.ETag, ChecksumCRC32: p1.CopyPartResult?.ChecksumCRC32 },
            { PartNumber: 3, ETag: p3.CopyPartResult?.ETag, ChecksumCRC32: p3.CopyPartResult?.ChecksumCRC32 },
          ],
        },
      }),
    );
    expect(done.ETag).toMatch(/-2"$/);
    const got = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
    expect(Buffer.from((await got.Body?.transformToByteArray()) ?? []).equals(Buffer.concat([copied, source]))).toBe(true);
    expect(p2.ETag).toBe(`"${md5hex(tail)}"`);
  });

  it("refuses bad ranges, failed conditions, missing sources and sources outside the dataset", async () => {
    const key = `${prefix}refused.bin`;
    const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: key }));
    const copy = (input: { CopySource?: string; CopySourceRange?: string; CopySourceIfMatch?: string; CopySourceIfNoneMatch?: string }, via: S3Client = client) =>
      s3Error(via.send(new UploadPartCopyCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 1, CopySource: `${s3.bucket}/${prefix}source.bin`, ...input })));
    expect(await copy({ CopySourceRange: `bytes=0-${source.length}` })).toMatchObject({ name: "InvalidRequest", status: 400 });
    expect(await copy({ CopySourceRange: "bytes=10-5" })).toMatchObject({ name: "InvalidRequest", status: 400 });
    expect(await copy({ CopySourceRange: "bytes=-5" })).toMatchObject({ name: "InvalidArgument", status: 400 });
    expect(await copy({ CopySourceIfMatch: '"0123"' })).toMatchObject({ name: "PreconditionFailed", status: 412 });
    expect(await copy({ CopySourceIfNoneMatch: "*" })).toMatchObject({ name: "PreconditionFailed", status: 412 });
    expect(await copy({ CopySource: `${s3.bucket}/${prefix}missing.bin` })).toMatchObject({ name: "NoSuchKey", status: 404 });
    expect(await copy({ CopySource: `${s3.bucket}/${otherPrefix}secret.txt` })).toMatchObject({ name: "AccessDenied", status: 403 });
    // A read session cannot write the part.
    expect(await copy({}, reader)).toMatchObject({ name: "AccessDenied", status: 403 });
    expect(await s3Error(client.send(new UploadPartCopyCommand({ Bucket: s3.bucket, Key: key, UploadId: "nope", PartNumber: 1, CopySource: `${s3.bucket}/${prefix}source.bin` })))).toMatchObject({
      name: "NoSuchUpload",
      status: 404,
    });
    await client.send(new AbortMultipartUploadCommand({ Bucket: s3.bucket, Key: key, UploadId }));
  });

  it("lists only the dataset's uploads in progress, by key then start, with prefix, delimiter and paging", async () => {
    const started: { key: string; id: string }[] = [];
    for (const name of ["b.bin", "a/1.bin", "a/2.bin", "c.bin", "b.bin"]) {
      const key = `${prefix}list/${name}`;
      const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: key, ChecksumAlgorithm: name === "c.bin" ? "SHA256" : undefined }));
      started.push({ key, id: UploadId as string });
    }
    await other.send(new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: `${otherPrefix}list/theirs.bin` }));

    // Asked for the whole bucket, a session sees its own dataset's uploads only.
    const all = await client.send(new ListMultipartUploadsCommand({ Bucket: s3.bucket }));
    const expected = [started[1], started[2], started[0], started[4], started[3]].map((s) => [s?.key, s?.id]);
    expect(all.Uploads?.map((u) => [u.Key, u.UploadId])).toEqual(expected);
    expect(all.IsTruncated).toBe(false);
    expect(all.Uploads?.[0]?.Initiator?.ID).toBe("user1,write-prog-bucket-access");
    expect(all.Uploads?.[0]?.Initiated).toBeInstanceOf(Date);
    expect(all.Uploads?.find((u) => u.Key?.endsWith("c.bin"))?.ChecksumAlgorithm).toBe("SHA256");
    const theirs = await other.send(new ListMultipartUploadsCommand({ Bucket: s3.bucket }));
    expect(theirs.Uploads?.map((u) => u.Key)).toEqual([`${otherPrefix}list/theirs.bin`]);
    // Read sessions may list too (as they may list objects).
    expect((await reader.send(new ListMultipartUploadsCommand({ Bucket: s3.bucket, Prefix: `${prefix}list/a/` }))).Uploads?.map((u) => u.Key)).toEqual([
      `${prefix}list/a/1.bin`,
      `${prefix}list/a/2.bin`,
    ]);

    const grouped = await client.send(new ListMultipartUploadsCommand({ Bucket: s3.bucket, Prefix: `${prefix}list/`, Delimiter: "/" }));
    expect(grouped.CommonPrefixes?.map((p) => p.Prefix)).toEqual([`${prefix}list/a/`]);
    expect(grouped.Uploads?.map((u) => u.Key)).toEqual([`${prefix}list/b.bin`, `${prefix}list/b.bin`, `${prefix}list/c.bin`]);

    // Pages of two, resuming inside a key's uploads with the upload-id marker.
    const seen: (string | undefined)[][] = [];
    let KeyMarker: string | undefined;
    let UploadIdMarker: string | undefined;
    for (let page = 0; page < 10; page++) {
      const out = await client.send(new ListMultipartUploadsCommand({ Bucket: s3.bucket, Prefix: `${prefix}list/`, MaxUploads: 2, KeyMarker, UploadIdMarker }));
      seen.push(...(out.Uploads ?? []).map((u) => [u.Key, u.UploadId]));
      if (out.IsTruncated !== true) break;
      expect(out.Uploads).toHaveLength(2);
      KeyMarker = out.NextKeyMarker;
      UploadIdMarker = out.NextUploadIdMarker;
    }
    expect(seen).toEqual(expected);

    expect(await s3Error(client.send(new ListMultipartUploadsCommand({ Bucket: s3.bucket, MaxUploads: -1 })))).toMatchObject({ name: "InvalidArgument", status: 400 });
    // Completed or aborted uploads leave the list.
    await client.send(new AbortMultipartUploadCommand({ Bucket: s3.bucket, Key: started[3]?.key, UploadId: started[3]?.id }));
    const after = await client.send(new ListMultipartUploadsCommand({ Bucket: s3.bucket, Prefix: `${prefix}list/c` }));
    expect(after.Uploads ?? []).toEqual([]);
  });
});
