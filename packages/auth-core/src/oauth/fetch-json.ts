// Every identity-provider request goes through ky, like the rest of the SDK. Token requests are
// not idempotent (refresh tokens rotate, device codes are single-use), so ky retries only a
// connection that failed before a byte was sent: there the server cannot have seen the grant.
import ky, { isNetworkError, isTimeoutError } from "ky";
import { abortedError } from "../abort.js";
import { IdentityProviderError } from "../errors/oauth-error.js";
import { safeUrl } from "../redact.js";

/** The `fetch` signature auth-core needs; pass your own to add proxies, logging or counting. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface JsonReply {
  status: number;
  /** Parsed JSON, or undefined when the body was empty or not JSON. */
  body: unknown;
}

export interface FetchJsonOptions {
  fetch: FetchLike;
  method: "GET" | "POST";
  /** Sent as `application/x-www-form-urlencoded`. */
  form?: URLSearchParams | undefined;
  headers?: Record<string, string> | undefined;
  signal?: AbortSignal | undefined;
  timeoutMs: number;
}

// Errors that mean the connection was never made, so nothing was sent.
const NOT_CONNECTED = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/** One request to the identity provider (retried only when it never left this machine). */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<JsonReply> {
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  const body = options.form?.toString();
  if (body !== undefined) headers["content-type"] = "application/x-www-form-urlencoded";
  let text: string;
  let status: number;
  try {
    // Inside the try: ky builds the Request at once, and fetch's refusal of a URL with user-info
    // quotes the URL, credentials and all.
    const pending = ky(url, {
      method: options.method,
      headers,
      body,
      signal: options.signal,
      redirect: "error",
      timeout: options.timeoutMs,
      throwHttpErrors: false,
      retry: { limit: 1, methods: ["get", "post"], delay: () => 200, shouldRetry: ({ error }) => neverConnected(error) },
      // FetchLike takes (url, init) with the form as a string, as it always has: hand it that.
      fetch: (request) =>
        options.fetch(url, { method: options.method, headers, body, signal: (request as Request).signal, redirect: "error" }),
    });
    // ky bounds the body read by the same timeout.
    text = await pending.text();
    status = (await pending).status;
  } catch (error) {
    if (options.signal?.aborted === true) throw abortedError(options.signal);
    // ky's own errors carry the URL in clear: report with the safe URL, keep only the real cause.
    if (isTimeoutError(error)) {
      throw new IdentityProviderError(`The identity provider did not answer within ${options.timeoutMs} ms (${options.method} ${safeUrl(url)}).`, {
        url: safeUrl(url),
      });
    }
    const cause = isNetworkError(error) ? error.cause : error;
    const said = describe(cause);
    const safe = withoutUrl(said, url);
    // A cause that quotes the URL would carry what safeUrl leaves out: it is left off.
    throw new IdentityProviderError(
      `Could not reach the identity provider (${options.method} ${safeUrl(url)}): ${safe}.`,
      { url: safeUrl(url) },
      safe === said ? { cause } : undefined,
    );
  }
  return { status, body: parseJson(text) };
}

/** `text` with the URL (as given or normalised) replaced by its safe form. */
function withoutUrl(text: string, url: string): string {
  let href = url;
  try {
    href = new URL(url).href;
  } catch {
    // Not a URL: only the text as given can appear.
  }
  return text.split(url).join(safeUrl(url)).split(href).join(safeUrl(url));
}

function neverConnected(error: Error): boolean {
  return isNetworkError(error) && NOT_CONNECTED.has(errorCode(error.cause) ?? "");
}

function errorCode(error: unknown): string | undefined {
  for (let e = error, i = 0; e instanceof Error && i < 4; e = e.cause, i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

function parseJson(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

// Network errors from undici hide the useful part in `cause` (ECONNREFUSED etc.).
function describe(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const code = errorCode(error);
  return code === undefined || error.message.includes(code) ? error.message : `${error.message} (${code})`;
}
