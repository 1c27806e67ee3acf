// SigV4 and signed aws-chunked decoding against the worked example in AWS's S3 documentation
// ("Signature Calculations for the Authorization Header: Transferring Payload in Multiple
// Chunks"): fixed keys, date and bytes, published signatures.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { decodeAwsChunked } from "../src/s3/aws-chunked.js";
import { S3Error } from "../src/s3/errors.js";
import { canonicalQuery, canonicalRequest, hmacHex, parseRawQuery, signingKey, stringToSign, uriEncode } from "../src/s3/sigv4.js";

const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const AMZ_DATE = "20130524T000000Z";
const SCOPE = "20130524/us-east-1/s3/aws4_request";
const SEED = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";
const CHUNK_SIGNATURES = [
  "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648",
  "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497",
  "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9",
];
const key = signingKey(SECRET, "20130524", "us-east-1");

function chunkedBody(signatures: readonly string[]): Buffer {
  const a = (n: number): Buffer => Buffer.alloc(n, "a");
  return Buffer.concat([
    Buffer.from(`10000;chunk-signature=${signatures[0]}\r\n`),
    a(65536),
    Buffer.from(`\r\n400;chunk-signature=${signatures[1]}\r\n`),
    a(1024),
    Buffer.from(`\r\n0;chunk-signature=${signatures[2]}\r\n\r\n`),
  ]);
}

/** Feeds the body in small, oddly sized pieces so chunk headers straddle reads. */
async function decode(body: Buffer, piece = 977): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for (let i = 0; i < body.length; i += piece) pieces.push(body.subarray(i, i + piece));
  const out: Buffer[] = [];
  for await (const chunk of decodeAwsChunked(Readable.from(pieces), { signing: { key, amzDate: AMZ_DATE, scope: SCOPE, seed: SEED }, onTrailers: () => undefined })) {
    out.push(chunk);
  }
  return Buffer.concat(out);
}

describe("SigV4 against AWS's published example", () => {
  it("computes the seed signature of the streaming PUT", () => {
    const headers: Record<string, string> = {
      "content-encoding": "aws-chunked",
      "content-length": "66824",
      host: "s3.amazonaws.com",
      "x-amz-content-sha256": "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
      "x-amz-date": AMZ_DATE,
      "x-amz-decoded-content-length": "66560",
      "x-amz-storage-class": "REDUCED_REDUNDANCY",
    };
    const canonical = canonicalRequest({
      method: "PUT",
      canonicalUri: uriEncode("/examplebucket/chunkObject.txt", true),
      canonicalQuery: "",
      signedHeaders: Object.keys(headers).sort(),
      headerValue: (name) => headers[name],
      payloadHash: "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
    });
    expect(hmacHex(key, stringToSign(AMZ_DATE, SCOPE, canonical))).toBe(SEED);
  });

  it("encodes and sorts query parameters the SigV4 way", () => {
    const pairs = parseRawQuery("?prefix=a%20b%2Bc&list-type=2&delimiter=%2F&empty");
    expect(pairs).toEqual([
      ["prefix", "a b+c"],
      ["list-type", "2"],
      ["delimiter", "/"],
      ["empty", ""],
    ]);
    expect(canonicalQuery(pairs)).toBe("delimiter=%2F&empty=&list-type=2&prefix=a%20b%2Bc");
    expect(uriEncode("a b/ü(1)*!'~", true)).toBe("a%20b/%C3%BC%281%29%2A%21%27~");
  });

  it("decodes the signed chunks and checks every chunk signature", async () => {
    const data = await decode(chunkedBody(CHUNK_SIGNATURES));
    expect(data.length).toBe(66560);
    expect(data.every((byte) => byte === 0x61)).toBe(true);
    // Whole-body and byte-at-a-time reads give the same result.
    expect((await decode(chunkedBody(CHUNK_SIGNATURES), 1 << 20)).equals(data)).toBe(true);
  });

  it("refuses a body whose chunk signature does not chain", async () => {
    const tampered = [...CHUNK_SIGNATURES];
    tampered[1] = CHUNK_SIGNATURES[1]?.replace(/^0/, "1") ?? "";
    const error = await decode(chunkedBody(tampered)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(S3Error);
    expect((error as S3Error).code).toBe("SignatureDoesNotMatch");
  });

  it("refuses a truncated or malformed body with IncompleteBody", async () => {
    const body = chunkedBody(CHUNK_SIGNATURES);
    const cut = await decode(body.subarray(0, body.length - 10)).catch((e: unknown) => e);
    expect((cut as S3Error).code).toBe("IncompleteBody");
    const unsigned = async (text: string): Promise<unknown> => {
      try {
        for await (const chunk of decodeAwsChunked(Readable.from([Buffer.from(text)]), { onTrailers: () => undefined })) void chunk;
        return undefined;
      } catch (error) {
        return error;
      }
    };
    expect(((await unsigned("zz\r\nab\r\n0\r\n\r\n")) as S3Error).code).toBe("IncompleteBody");
    expect(((await unsigned("2\r\nabXX0\r\n\r\n")) as S3Error).code).toBe("IncompleteBody");
    expect(await unsigned("2\r\nab\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n")).toBeUndefined();
  });

  it("hands unsigned trailers to the caller", async () => {
    let trailers: ReadonlyMap<string, string> = new Map();
    const out: Buffer[] = [];
    const body = Buffer.from("5\r\nhello\r\n6\r\n world\r\n0\r\nX-Amz-Checksum-Crc32: DUoRhQ==\r\n\r\n");
    for await (const chunk of decodeAwsChunked(Readable.from([body.subarray(0, 9), body.subarray(9)]), { onTrailers: (t) => void (trailers = t) })) out.push(chunk);
    expect(Buffer.concat(out).toString()).toBe("hello world");
    expect([...trailers]).toEqual([["x-amz-checksum-crc32", "DUoRhQ=="]]);
  });
});
