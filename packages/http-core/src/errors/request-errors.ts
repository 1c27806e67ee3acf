// Requests that never produced a response: the network failed, time ran out, or the caller
// gave up.
import { redactText } from "../util/redact.js";
import { ProvenaError } from "./provena-error.js";
import { safeContext } from "./request-context.js";
import type { RequestContext } from "./request-context.js";

/** The request could not be sent or its response not read (DNS, refused, reset, TLS, …). */
export class NetworkError extends ProvenaError {
  static override readonly brand: string = "NetworkError";
  /** The request's HTTP method, upper-cased. */
  readonly method: string;
  /** The request URL with secret query parameters and user-info redacted. */
  readonly url: string;
  /** The SDK operation that made the request, e.g. `registry.person.fetch`, when known. */
  readonly operationName: string | undefined;

  constructor(init: RequestContext & { cause?: unknown }) {
    const ctx = safeContext(init);
    // fetch's own messages can quote the URL, user-info included.
    const reason = describeNetworkCause(init.cause);
    super(`${ctx.method} ${ctx.url} failed: network error${reason === undefined ? "" : ` (${redactText(reason)})`}`, { cause: init.cause });
    this.method = ctx.method;
    this.url = ctx.url;
    this.operationName = ctx.operationName;
  }
}

// undici reports "fetch failed" with the useful part (ECONNREFUSED …) one cause deeper.
function describeNetworkCause(cause: unknown): string | undefined {
  let current: unknown = cause;
  let best: string | undefined;
  for (let i = 0; i < 4 && current instanceof Error; i++) {
    const code = (current as { code?: unknown }).code;
    best = typeof code === "string" && !current.message.includes(code) ? `${code}: ${current.message}` : current.message;
    current = current.cause;
  }
  return best;
}

/** Which limit a {@link TimeoutError} hit: one attempt's `timeoutMs`, or the whole call's `totalTimeoutMs` (retries and waits included). */
export type TimeoutKind = "attempt" | "total";

/** A per-attempt timeout (after the last allowed attempt) or the whole call's total timeout ran out. */
export class TimeoutError extends ProvenaError {
  static override readonly brand: string = "TimeoutError";
  /** The request's HTTP method, upper-cased. */
  readonly method: string;
  /** The request URL with secret query parameters and user-info redacted. */
  readonly url: string;
  /** The SDK operation that made the request, e.g. `registry.person.fetch`, when known. */
  readonly operationName: string | undefined;
  /** Which limit ran out: one attempt's `timeoutMs`, or the call's `totalTimeoutMs`. */
  readonly kind: TimeoutKind;
  /** The limit that ran out, in milliseconds. */
  readonly timeoutMs: number;
  /** Attempts made, the timed-out one included. */
  readonly attempts: number;

  constructor(init: RequestContext & { kind: TimeoutKind; timeoutMs: number; attempts: number }) {
    const ctx = safeContext(init);
    const what = init.kind === "attempt" ? "attempt timeout" : "total timeout";
    const tries = init.attempts === 1 ? "1 attempt" : `${init.attempts} attempts`;
    super(`${ctx.method} ${ctx.url} timed out: ${what} of ${init.timeoutMs} ms exceeded (${tries})`);
    this.method = ctx.method;
    this.url = ctx.url;
    this.operationName = ctx.operationName;
    this.kind = init.kind;
    this.timeoutMs = init.timeoutMs;
    this.attempts = init.attempts;
  }
}

/** The caller's AbortSignal fired. `cause` is the signal's reason. */
export class AbortError extends ProvenaError {
  static override readonly brand: string = "AbortError";
  /** The request's method, when a request was aborted. */
  readonly method: string | undefined;
  /** The request's URL (secrets removed), when a request was aborted. */
  readonly url: string | undefined;
  /** The SDK call that was aborted, e.g. `registry.person.fetch`, when known. */
  readonly operationName: string | undefined;

  constructor(init: Partial<RequestContext> & { cause?: unknown; what?: string } = {}) {
    const ctx = init.method !== undefined && init.url !== undefined ? safeContext({ ...init, method: init.method, url: init.url }) : undefined;
    const subject = ctx === undefined ? (init.what ?? "the operation") : `${ctx.method} ${ctx.url}`;
    super(`${subject} was aborted by the caller`, { cause: init.cause });
    this.method = ctx?.method;
    this.url = ctx?.url;
    this.operationName = init.operationName;
  }
}
