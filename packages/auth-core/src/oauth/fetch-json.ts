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

/**
 * One request to the identity provider, no retries: token requests are not idempotent (refresh
 * tokens rotate, device codes are single-use), so a blind retry could burn a valid grant.
 */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<JsonReply> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal === undefined ? timeout : AbortSignal.any([options.signal, timeout]);
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  if (options.form !== undefined) headers["content-type"] = "application/x-www-form-urlencoded";
  let response: Response;
  let text: string;
  try {
    response = await options.fetch(url, {
      method: options.method,
      headers,
      body: options.form?.toString(),
      signal,
      redirect: "error",
    });
    text = await response.text();
  } catch (error) {
    if (options.signal?.aborted) throw abortedError(options.signal);
    if (timeout.aborted) {
      throw new IdentityProviderError(
        `The identity provider did not answer within ${options.timeoutMs} ms (${options.method} ${safeUrl(url)}).`,
        { url: safeUrl(url) },
        { cause: error },
      );
    }
    throw new IdentityProviderError(
      `Could not reach the identity provider (${options.method} ${safeUrl(url)}): ${describe(error)}.`,
      { url: safeUrl(url) },
      { cause: error },
    );
  }
  return { status: response.status, body: parseJson(text) };
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
  const cause = error.cause;
  if (cause instanceof Error && "code" in cause && typeof cause.code === "string") return `${error.message} (${cause.code})`;
  return error.message;
}
