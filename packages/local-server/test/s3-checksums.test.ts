// CRC32C and CRC64NVME, the flexible checksums Node has no native code for: sent by the AWS SDK
// with its default settings (a header for a buffered body, an aws-chunked trailer for a stream),
// verified by the server, a corrupted body refused with BadDigest, and multipart checksums
// (COMPOSITE for CRC32C, FULL_OBJECT for CRC64NVME) computed and checked.
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Transform } from "node:stream";
import { crc32 as zlibCrc32 } from "node:zlib";
import { Crc32c, Crc64Nvme } from "@aws-sdk/checksums/crc";
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  UploadPartCommand,
  UploadPartCopyCommand,
  type ChecksumAlgorithm,
  type S3Client,
} from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytes, recordRequests, s3Error, startS3, type S3Fixture } from "./s3-helpers.js";

const MiB = 1024 * 1024;

// Table-driven reference CRCs (reflected, the table built bit by bit), independent of the server's implementation.
function reflectedCrc(data: Uint8Array, width: 32 | 64, poly: bigint): Buffer {
  const mask = (1n << BigInt(width)) - 1n;
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = BigInt(n);
    for (let bit = 0; bit < 8; bit++) c = c & 1n ? (c >> 1n) ^ poly : c >> 1n;
    return c;
  });
  let crc = mask;
  for (const byte of data) crc = (table[Number((crc ^ BigInt(byte)) & 0xffn)] as bigint) ^ (crc >> 8n);
  crc ^= mask;
  const out = Buffer.alloc(width / 8);
  if (width === 32) out.writeUInt32BE(Number(crc));
  else out.writeBigUInt64BE(crc);
  return out;
}
const crc32c = (data: Uint8Array): string => reflectedCrc(data, 32, 0x82f63b78n).toString("base64");
const crc64nvme = (data: Uint8Array): string => reflectedCrc(data, 64, 0x9a6c9329ac4bc9b5n).toString("base64");

/** Flips one byte of the request body after the SDK computed its checksum (the trailer stays the original's). */
function corruptBodies(client: S3Client, at: number): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { body?: unknown };
      if (request.body !== undefined && typeof (request.body as NodeJS.ReadableStream).pipe === "function") {
        let offset = 0;
        const flip = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            const copy = Buffer.from(chunk);
            if (at >= offset && at < offset + copy.length) copy[at - offset] = (copy[at - offset] as number) ^ 0xff;
            offset += copy.length;
            done(null, copy);
          },
        });
        request.body = (request.body as NodeJS.ReadableStream).pipe(flip);
      }
      return next(args);
    },
    { step: "deserialize", name: "corruptBodies" },
  );
}

describe("S3 CRC32C and CRC64NVME checksums", { timeout: 120_000 }, () => {
  let s3: S3Fixture;
  let client: S3Client;
  let dir: string;
  const prefix = "datasets/10378-1-9/";

  beforeAll(async () => {
    s3 = await startS3();
    client = s3.client(s3.credentials(prefix, true));
    dir = mkdtempSync(join(tmpdir(), "s3-checksums-"));
  });
  afterAll(async () => {
    client.destroy();
    await s3.server.stop();
    expect(s3.errors).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("the reference CRCs give the published check values", () => {
    expect(reflectedCrc(Buffer.from("123456789"), 32, 0x82f63b78n).toString("hex")).toBe("e3069283");
    expect(reflectedCrc(Buffer.from("123456789"), 64, 0x9a6c9329ac4bc9b5n).toString("hex")).toBe("ae8b14860a799888");
  });

  const cases: readonly { algorithm: ChecksumAlgorithm; header: string; reference: (data: Uint8Array) => string; field: "ChecksumCRC32C" | "ChecksumCRC64NVME" }[] = [
    { algorithm: "CRC32C", header: "x-amz-checksum-crc32c", reference: crc32c, field: "ChecksumCRC32C" },
    { algorithm: "CRC64NVME", header: "x-amz-checksum-crc64nvme", reference: crc64nvme, field: "ChecksumCRC64NVME" },
  ];

  for (const { algorithm, header, reference, field } of cases) {
    it(`${algorithm}: a buffered body's header is verified, and a wrong value refused with BadDigest`, async () => {
      const body = Buffer.from(`checked with ${algorithm}`);
      const sent = recordRequests(client);
      const put = await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}${algorithm}.txt`, Body: body, ChecksumAlgorithm: algorithm }));
      expect(sent.at(-1)?.[header]).toBe(reference(body));
      expect(put[field]).toBe(reference(body));
      const got = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `${prefix}${algorithm}.txt`, ChecksumMode: "ENABLED" }));
      expect(await got.Body?.transformToString()).toBe(body.toString());
      expect(got[field]).toBe(reference(body));

      const wrongValue = reference(Buffer.from("something else"));
      const wrong = await s3Error(client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}${algorithm}-bad.txt`, Body: body, [field]: wrongValue })));
      expect(wrong).toMatchObject({ name: "BadDigest", status: 400 });
      expect(wrong.message).toContain(algorithm);
      expect((await s3Error(client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${prefix}${algorithm}-bad.txt` })))).status).toBe(404);
    });

    it(`${algorithm}: a streamed body's aws-chunked trailer is verified; a body corrupted in flight is refused with BadDigest`, async () => {
      const data = bytes(70_001, algorithm.length);
      const file = join(dir, `${algorithm}.bin`);
      writeFileSync(file, data);
      const sent = recordRequests(client);
      const key = `${prefix}${algorithm}-streamed.bin`;
      const put = await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: createReadStream(file), ContentLength: data.length, ChecksumAlgorithm: algorithm }));
      expect(sent.at(-1)?.["x-amz-trailer"]).toBe(header);
      expect(sent.at(-1)?.["x-amz-content-sha256"]).toBe("STREAMING-UNSIGNED-PAYLOAD-TRAILER");
      expect(put[field]).toBe(reference(data));
      const head = await client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key, ChecksumMode: "ENABLED" }));
      expect(head[field]).toBe(reference(data));

      const corrupting = s3.client(s3.credentials(prefix, true));
      corruptBodies(corrupting, 1000);
      const refused = await s3Error(
        corrupting.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${key}.corrupt`, Body: createReadStream(file), ContentLength: data.length, ChecksumAlgorithm: algorithm })),
      );
      corrupting.destroy();
      expect(refused).toMatchObject({ name: "BadDigest", status: 400 });
      expect((await s3Error(client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${key}.corrupt` })))).status).toBe(404);
    });
  }

  it("CRC32C multipart: parts verified, the object's COMPOSITE checksum is the CRC32C of the parts' CRC32Cs", async () => {
    const key = `${prefix}composite.bin`;
    const one = bytes(5 * MiB, 21);
    const two = bytes(4321, 22);
    const created = await client.send(new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: key, ChecksumAlgorithm: "CRC32C" }));
    expect(created.ChecksumType).toBe("COMPOSITE");
    const UploadId = created.UploadId;
    const p1 = await client.send(new UploadPartCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 1, Body: one, ChecksumAlgorithm: "CRC32C" }));
    const p2 = await client.send(new UploadPartCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 2, Body: two, ChecksumAlgorithm: "CRC32C" }));
    expect(p1.ChecksumCRC32C).toBe(crc32c(one));
    const wrongPart = await s3Error(client.send(new UploadPartCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 3, Body: two, ChecksumCRC32C: crc32c(one) })));
    expect(wrongPart).toMatchObject({ name: "BadDigest", status: 400 });

    const done = await client.send(
      new CompleteMultipartUploadCommand({
        Bucket: s3.bucket,
        Key: key,
        UploadId,
        MultipartUpload: { Parts: [{ PartNumber: 1, ETag: p1.ETag, ChecksumCRC32C: p1.ChecksumCRC32C }, { PartNumber: 2, ETag: p2.ETag, ChecksumCRC32C: p2.ChecksumCRC32C }] },
      }),
    );
    const composite = `${crc32c(Buffer.concat([Buffer.from(crc32c(one), "base64"), Buffer.from(crc32c(two), "base64")]))}-2`;
    expect(done.ChecksumCRC32C).toBe(composite);
    expect(done.ChecksumType).toBe("COMPOSITE");
  });

  it("CRC64NVME multipart is FULL_OBJECT: the whole object's CRC64NVME, checked against the client's value", async () => {
    const one = bytes(5 * MiB, 31);
    const two = bytes(999, 32);
    const whole = Buffer.concat([one, two]);
    const refusedComposite = await s3Error(
      client.send(new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: `${prefix}x.bin`, ChecksumAlgorithm: "CRC64NVME", ChecksumType: "COMPOSITE" })),
    );
    expect(refusedComposite).toMatchObject({ name: "InvalidRequest", status: 400 });

    const upload = async (key: string, fullObject: string) => {
      const created = await client.send(new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: key, ChecksumAlgorithm: "CRC64NVME" }));
      expect(created.ChecksumType).toBe("FULL_OBJECT");
      const UploadId = created.UploadId;
      const p1 = await client.send(new UploadPartCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 1, Body: one, ChecksumAlgorithm: "CRC64NVME" }));
      const p2 = await client.send(new UploadPartCommand({ Bucket: s3.bucket, Key: key, UploadId, PartNumber: 2, Body: two, ChecksumAlgorithm: "CRC64NVME" }));
      expect(p2.ChecksumCRC64NVME).toBe(crc64nvme(two));
      return client.send(
        new CompleteMultipartUploadCommand({
          Bucket: s3.bucket,
          Key: key,
          UploadId,
          ChecksumCRC64NVME: fullObject,
          ChecksumType: "FULL_OBJECT",
          MultipartUpload: { Parts: [{ PartNumber: 1, ETag: p1.ETag, ChecksumCRC64NVME: p1.ChecksumCRC64NVME }, { PartNumber: 2, ETag: p2.ETag, ChecksumCRC64NVME: p2.ChecksumCRC64NVME }] },
        }),
      );
    };
    const expected = crc64nvme(whole);
    const done = await upload(`${prefix}full.bin`, expected);
    expect(done.ChecksumCRC64NVME).toBe(expected);
    expect(done.ChecksumType).toBe("FULL_OBJECT");
    const head = await client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${prefix}full.bin`, ChecksumMode: "ENABLED" }));
    expect(head.ChecksumCRC64NVME).toBe(expected);

    const refused = await s3Error(upload(`${prefix}full-bad.bin`, crc64nvme(one)));
    expect(refused).toMatchObject({ name: "BadDigest", status: 400 });
    expect((await s3Error(client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${prefix}full-bad.bin` })))).status).toBe(404);
  });

  // The full-object value is combined from the parts' CRCs (crc-combine.ts), not read back: it must
  // still be the CRC of exactly the completed parts' bytes, in order, whatever order they came in,
  // with a replaced part, a part left out, a part sent without a checksum and a copied part.
  // References over many MiB: Node's CRC32 and the AWS SDK's own CRC32C / CRC64NVME (what its
  // clients compute and validate with; the bitwise ones above are too slow for this much data).
  const crc32 = (data: Uint8Array): Promise<string> => {
    const out = Buffer.alloc(4);
    out.writeUInt32BE(zlibCrc32(data));
    return Promise.resolve(out.toString("base64"));
  };
  const sdkCrc = (Checksum: typeof Crc32c | typeof Crc64Nvme) => async (data: Uint8Array): Promise<string> => {
    const checksum = new Checksum();
    checksum.update(data);
    return Buffer.from(await checksum.digest()).toString("base64");
  };
  const fullObjectCases = [
    { algorithm: "CRC32", reference: crc32, field: "ChecksumCRC32" },
    { algorithm: "CRC32C", reference: sdkCrc(Crc32c), field: "ChecksumCRC32C" },
    { algorithm: "CRC64NVME", reference: sdkCrc(Crc64Nvme), field: "ChecksumCRC64NVME" },
  ] as const;
  for (const { algorithm, reference, field } of fullObjectCases) {
    it(`${algorithm} FULL_OBJECT multipart: the object's value is the ${algorithm} of the completed parts' bytes, and a GET verifies it`, async () => {
      const key = `${prefix}full-${algorithm}.bin`;
      const source = `${prefix}copy-source-${algorithm}.bin`;
      const copied = bytes(5 * MiB + 3, 40);
      await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: source, Body: copied }));
      // Sends parts with no flexible checksum at all (only the algorithm named by the upload is accepted).
      const bare = s3.client(s3.credentials(prefix, true), { requestChecksumCalculation: "WHEN_REQUIRED" });
      const created = await client.send(new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: key, ChecksumAlgorithm: algorithm, ChecksumType: "FULL_OBJECT" }));
      expect(created.ChecksumType).toBe("FULL_OBJECT");
      const base = { Bucket: s3.bucket, Key: key, UploadId: created.UploadId };
      const one = bytes(5 * MiB + 17, 41);
      const two = bytes(5 * MiB, 42);
      const left = bytes(5 * MiB, 43);
      const last = bytes(12_345, 44);
      const send = (PartNumber: number, Body: Buffer) => client.send(new UploadPartCommand({ ...base, PartNumber, Body, ChecksumAlgorithm: algorithm }));
      const p5 = await send(5, last);
      const p3 = await send(3, left);
      await send(2, bytes(5 * MiB, 45)); // replaced below
      const p2 = await bare.send(new UploadPartCommand({ ...base, PartNumber: 2, Body: two }));
      expect(p2[field]).toBeUndefined();
      const p1 = await send(1, one);
      const p4 = await client.send(new UploadPartCopyCommand({ ...base, PartNumber: 4, CopySource: `${s3.bucket}/${source}` }));
      expect(p4.CopyPartResult?.[field]).toBe(await reference(copied));
      bare.destroy();

      const whole = Buffer.concat([one, two, copied, last]);
      const expected = await reference(whole);
      const parts = [
        { PartNumber: 1, ETag: p1.ETag, [field]: p1[field] },
        { PartNumber: 2, ETag: p2.ETag },
        { PartNumber: 4, ETag: p4.CopyPartResult?.ETag, [field]: p4.CopyPartResult?.[field] },
        { PartNumber: 5, ETag: p5.ETag, [field]: p5[field] },
      ];
      expect(p3[field]).toBe(await reference(left)); // part 3 is uploaded but left out
      // The value of all five parts' bytes (part 3 included) is not the completed object's.
      const withLeftOut = await reference(Buffer.concat([one, two, left, copied, last]));
      const wrong = await s3Error(client.send(new CompleteMultipartUploadCommand({ ...base, [field]: withLeftOut, MultipartUpload: { Parts: parts } })));
      expect(wrong).toMatchObject({ name: "BadDigest", status: 400 });
      expect(wrong.message).toContain(algorithm);

      const done = await client.send(new CompleteMultipartUploadCommand({ ...base, [field]: expected, MultipartUpload: { Parts: parts } }));
      expect(done[field]).toBe(expected);
      expect(done.ChecksumType).toBe("FULL_OBJECT");
      // The AWS SDK checks a FULL_OBJECT value against the body as it streams.
      const got = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key, ChecksumMode: "ENABLED" }));
      expect(got[field]).toBe(expected);
      expect(got.ChecksumType).toBe("FULL_OBJECT");
      expect(Buffer.from(await (got.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray()).equals(whole)).toBe(true);
    });
  }
});
