// The parsed request a handler sees. Bodies are read lazily and at most once.
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";

/** The cap on any request body. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body exceeds ${limit} bytes.`);
  }
}

export interface HttpRequest {
  readonly method: string;
  /** Path without the query string, percent-decoded per segment by the router. */
  readonly path: string;
  readonly url: URL;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** Values of `{param}` segments of the matched template. */
  readonly params: Readonly<Record<string, string>>;
  text(): Promise<string>;
  /** The raw body (multipart uploads). */
  bytes(): Promise<Buffer>;
  /** `application/x-www-form-urlencoded` body. */
  form(): Promise<URLSearchParams>;
  /** JSON body; `undefined` for an empty body; throws `SyntaxError` on bad JSON. */
  json(): Promise<unknown>;
  /**
   * The node request, for streaming routes (the S3 endpoint) that read the raw target and an
   * uncapped body themselves. Do not mix with `text`/`form`/`json`.
   */
  readonly raw: IncomingMessage;
}

export function createHttpRequest(raw: IncomingMessage, url: URL, params: Record<string, string>, maxBodyBytes = MAX_BODY_BYTES): HttpRequest {
  let body: Promise<Buffer> | undefined;
  const bytes = (): Promise<Buffer> => (body ??= readBody(raw, maxBodyBytes));
  const text = async (): Promise<string> => (await bytes()).toString("utf8");
  return {
    method: raw.method ?? "GET",
    path: url.pathname,
    url,
    query: url.searchParams,
    headers: raw.headers,
    params,
    raw,
    text,
    bytes,
    form: async () => new URLSearchParams(await text()),
    json: async () => {
      const t = await text();
      return t.trim() === "" ? undefined : (JSON.parse(t) as unknown);
    },
  };
}

// Over the limit, the body is rejected without being kept: the rest is read and dropped (not
// reset), so the client still receives the 413 that the listener answers with.
function readBody(raw: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(raw.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLargeError(limit));
      raw.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        raw.off("data", collect);
        raw.resume();
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    };
    raw.on("data", collect);
    raw.on("end", () => resolve(Buffer.concat(chunks)));
    raw.on("error", reject);
  });
}
