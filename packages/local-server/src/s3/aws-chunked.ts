// Decodes an `aws-chunked` request body as it streams: `<hex size>[;chunk-signature=…]\r\n`,
// the data, `\r\n`, …, a zero-size chunk, optional trailer lines (`x-amz-checksum-crc32:…`,
// `x-amz-trailer-signature:…`) and a blank line. Signed variants are checked chunk by chunk
// (each signature chains on the previous one, seeded by the request's signature).
import { createHash, type Hash, timingSafeEqual } from "node:crypto";
import { S3Error } from "./errors.js";
import { EMPTY_SHA256, hmacHex, sha256Hex } from "./sigv4.js";

export interface ChunkSigning {
  readonly key: Buffer;
  readonly amzDate: string;
  readonly scope: string;
  /** The request's own signature. */
  readonly seed: string;
}

export interface ChunkedOptions {
  /** Present for `STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER]`. */
  readonly signing?: ChunkSigning | undefined;
  /** Called once with the trailer headers (lower-cased names) when the body ends. */
  readonly onTrailers: (trailers: ReadonlyMap<string, string>) => void;
}

const MAX_LINE = 8 * 1024;
const CR = 0x0d;
const LF = 0x0a;

const incomplete = (detail: string): S3Error => new S3Error("IncompleteBody", `The request body is not valid aws-chunked encoding: ${detail}.`);

function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export async function* decodeAwsChunked(source: AsyncIterable<Buffer>, options: ChunkedOptions): AsyncGenerator<Buffer> {
  const { signing } = options;
  let previous = signing?.seed ?? "";
  let state: "header" | "data" | "cr" | "lf" | "trailer" | "done" = "header";
  let line: Buffer[] = [];
  let lineLength = 0;
  let remaining = 0;
  let chunkSignature = "";
  let chunkHash: Hash | undefined;
  const trailers = new Map<string, string>();
  const trailerLines: string[] = [];
  let trailerSigned = false;

  const verifyChunk = (dataHash: string): void => {
    if (signing === undefined) return;
    const toSign = `AWS4-HMAC-SHA256-PAYLOAD\n${signing.amzDate}\n${signing.scope}\n${previous}\n${EMPTY_SHA256}\n${dataHash}`;
    const expected = hmacHex(signing.key, toSign);
    if (!sameHex(expected, chunkSignature)) {
      throw new S3Error("SignatureDoesNotMatch", "The chunk signature we calculated does not match the signature you provided.");
    }
    previous = expected;
  };

  // Reads up to and including LF from buf at pos; returns the line (without CRLF) when complete.
  const takeLine = (buf: Buffer, pos: number): { end: number; text: string | undefined } => {
    const lf = buf.indexOf(LF, pos);
    const end = lf < 0 ? buf.length : lf + 1;
    line.push(buf.subarray(pos, end));
    lineLength += end - pos;
    if (lineLength > MAX_LINE) throw incomplete("a chunk header or trailer line is too long");
    if (lf < 0) return { end, text: undefined };
    const whole = Buffer.concat(line, lineLength).toString("latin1");
    line = [];
    lineLength = 0;
    return { end, text: whole.endsWith("\r\n") ? whole.slice(0, -2) : whole.slice(0, -1) };
  };

  for await (const buf of source) {
    let pos = 0;
    while (pos < buf.length) {
      if (state === "data") {
        const n = Math.min(remaining, buf.length - pos);
        const piece = buf.subarray(pos, pos + n);
        chunkHash?.update(piece);
        pos += n;
        remaining -= n;
        if (remaining === 0) {
          if (chunkHash !== undefined) verifyChunk(chunkHash.digest("hex"));
          state = "cr";
        }
        yield piece;
      } else if (state === "cr" || state === "lf") {
        const byte = buf[pos++];
        if (state === "cr") {
          if (byte !== CR) throw incomplete("chunk data is not followed by CRLF");
          state = "lf";
        } else {
          if (byte !== LF) throw incomplete("chunk data is not followed by CRLF");
          state = "header";
        }
      } else if (state === "header") {
        const { end, text } = takeLine(buf, pos);
        pos = end;
        if (text === undefined) continue;
        const [sizeText = "", ...extensions] = text.split(";");
        if (!/^[0-9a-fA-F]{1,16}$/.test(sizeText.trim())) throw incomplete(`bad chunk size "${sizeText.slice(0, 20)}"`);
        const size = Number.parseInt(sizeText.trim(), 16);
        if (signing !== undefined) {
          const ext = extensions.find((e) => e.trim().startsWith("chunk-signature="));
          if (ext === undefined) throw incomplete("a signed chunk has no chunk-signature");
          chunkSignature = ext.trim().slice("chunk-signature=".length).toLowerCase();
          chunkHash = size > 0 ? createHash("sha256") : undefined;
        }
        if (size === 0) {
          verifyChunk(EMPTY_SHA256);
          state = "trailer";
        } else {
          remaining = size;
          state = "data";
        }
      } else if (state === "trailer") {
        const { end, text } = takeLine(buf, pos);
        pos = end;
        if (text === undefined) continue;
        if (text === "") {
          state = "done";
          continue;
        }
        const colon = text.indexOf(":");
        if (colon <= 0) throw incomplete("a trailer line has no name");
        const name = text.slice(0, colon).trim().toLowerCase();
        const value = text.slice(colon + 1).trim();
        if (name === "x-amz-trailer-signature") {
          if (signing !== undefined) {
            const canonical = trailerLines.join("");
            const toSign = `AWS4-HMAC-SHA256-TRAILER\n${signing.amzDate}\n${signing.scope}\n${previous}\n${sha256Hex(canonical)}`;
            if (!sameHex(hmacHex(signing.key, toSign), value.toLowerCase())) {
              throw new S3Error("SignatureDoesNotMatch", "The trailer signature we calculated does not match the signature you provided.");
            }
            trailerSigned = true;
          }
        } else {
          trailers.set(name, value);
          trailerLines.push(`${name}:${value}\n`);
        }
      } else {
        // Bytes after the final blank line: tolerate stray CRLFs, refuse data.
        if (buf[pos] !== CR && buf[pos] !== LF) throw incomplete("data after the final chunk");
        pos++;
      }
    }
  }
  if (state !== "done") throw incomplete("the body ended before the final chunk");
  if (signing !== undefined && trailerLines.length > 0 && !trailerSigned) throw incomplete("signed trailers need x-amz-trailer-signature");
  options.onTrailers(trailers);
}
