// What a handler returns: status, headers and a body the server serialises once.
import type { Readable } from "node:stream";
export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** JSON-serialised unless `text` is set. `undefined` means an empty body. */
  readonly json?: unknown;
  /** A pre-rendered body (HTML, plain text) sent with `contentType`. */
  readonly text?: string | undefined;
  readonly contentType?: string | undefined;
  /** A streamed body (e.g. an S3 object); `headers` carry its content-length and type. */
  readonly stream?: Readable | undefined;
}

export const jsonReply = (status: number, json: unknown, headers?: Record<string, string>): Reply => ({ status, json, headers });

export const htmlReply = (status: number, html: string): Reply => ({
  status,
  text: html,
  contentType: "text/html; charset=utf-8",
  // The verification page holds a password form: never cache it, never frame it.
  headers: { "cache-control": "no-store", "x-frame-options": "DENY", "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'" },
});

export const textReply = (status: number, text: string): Reply => ({ status, text, contentType: "text/plain; charset=utf-8" });

/** FastAPI's `HTTPException` shape. */
export const detailReply = (status: number, detail: unknown, headers?: Record<string, string>): Reply =>
  jsonReply(status, { detail }, headers);
