// The parsed request a handler sees. Bodies are read lazily and at most once.
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";

const MAX_BODY_BYTES = 16 * 1024 * 1024;

export class BodyTooLargeError extends Error {}

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
  /** `application/x-www-form-urlencoded` body. */
  form(): Promise<URLSearchParams>;
  /** JSON body; `undefined` for an empty body; throws `SyntaxError` on bad JSON. */
  json(): Promise<unknown>;
}

export function createHttpRequest(raw: IncomingMessage, url: URL, params: Record<string, string>): HttpRequest {
  let body: Promise<string> | undefined;
  const text = (): Promise<string> => (body ??= readBody(raw));
  return {
    method: raw.method ?? "GET",
    path: url.pathname,
    url,
    query: url.searchParams,
    headers: raw.headers,
    params,
    text,
    form: async () => new URLSearchParams(await text()),
    json: async () => {
      const t = await text();
      return t.trim() === "" ? undefined : (JSON.parse(t) as unknown);
    },
  };
}

function readBody(raw: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    raw.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLargeError(`Request body exceeds ${MAX_BODY_BYTES} bytes.`));
        raw.destroy();
        return;
      }
      chunks.push(chunk);
    });
    raw.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    raw.on("error", reject);
  });
}
