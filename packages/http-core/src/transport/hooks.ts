// Observation points for logging and metrics. They receive copies with secrets redacted: the
// Authorization header reads "Bearer [REDACTED]" and secret query parameters are masked.
import type { ServiceName } from "../services.js";

/** What a hook is told about the request: a copy with every secret redacted, safe to log. */
export interface RequestInfo {
  /** The SDK operation, e.g. `registry.person.fetch`; undefined when the caller named none. */
  operationName: string | undefined;
  /** The Provena service the request went to; undefined for a request to an absolute `url`. */
  service: ServiceName | undefined;
  /** The HTTP method, upper case. */
  method: string;
  /** Redacted URL, query string included. */
  url: string;
  /** Redacted request headers, lower-case names. */
  headers: Record<string, string>;
  /** 1-based attempt number within this call. */
  attempt: number;
}

/** What an `afterResponse` hook is told: the request, and the status of the response it got. */
export interface ResponseInfo extends RequestInfo {
  /** The response's HTTP status, error statuses included (hooks see every attempt's response). */
  status: number;
  /** Time from sending to having read the body, in ms. */
  durationMs: number;
}

/** What a `beforeRetry` hook is told: the attempt that failed and the wait before the next one. */
export interface RetryInfo extends RequestInfo {
  /** Why the attempt failed. */
  error: Error;
  /** Wait before the next attempt, in ms (0 for the refresh-and-retry after a 401). */
  delayMs: number;
  /** "refresh" after a 401, "retry-after" when the server set the wait, else "backoff". */
  basis: "refresh" | "retry-after" | "backoff";
}

type OneOrMany<F> = F | readonly F[];
type Hook<I> = (info: I) => void | Promise<void>;

/**
 * Functions the transport calls around each call (logging, metrics, tracing); each field takes one
 * function or a list, run in order and awaited. They receive redacted copies, never the token.
 * A hook that throws fails the call with its error. A `with()` child runs its parent's hooks
 * first, then its own (only its own when given as `replaceOption(hooks)`).
 */
export interface TransportHooks {
  /** Before every attempt (retries included), after any adaptive-rate wait. */
  beforeRequest?: OneOrMany<Hook<RequestInfo>>;
  /** After every attempt's response has been read, whatever its status. */
  afterResponse?: OneOrMany<Hook<ResponseInfo>>;
  /** After a failed attempt the transport will retry, before the wait (also before the refresh-and-retry after a 401). */
  beforeRetry?: OneOrMany<Hook<RetryInfo>>;
  /** The call is about to fail with `error` (after any retries). */
  onError?: OneOrMany<(info: RequestInfo, error: Error) => void | Promise<void>>;
}

export interface HookLists {
  beforeRequest: Hook<RequestInfo>[];
  afterResponse: Hook<ResponseInfo>[];
  beforeRetry: Hook<RetryInfo>[];
  onError: ((info: RequestInfo, error: Error) => void | Promise<void>)[];
}

const list = <F>(value: OneOrMany<F> | undefined): F[] => (value === undefined ? [] : Array.isArray(value) ? [...(value as F[])] : [value as F]);

// ky's `replaceOption(value)` marks an option that `extend()` replaces instead of merging; the
// transport honours it for `hooks` in `with()`, the way to stop a parent's hooks running. ky keeps
// its marker symbol private, so it is recognised by its description.
function replaced(hooks: TransportHooks | undefined): TransportHooks | undefined | false {
  if (typeof hooks !== "object" || hooks === null) return false;
  const marker = Object.getOwnPropertySymbols(hooks).find((s) => s.description === "replaceOption");
  if (marker === undefined || (hooks as Record<symbol, unknown>)[marker] !== true) return false;
  return (hooks as { value?: TransportHooks }).value;
}

export function toHookLists(given: TransportHooks | undefined): HookLists {
  const unwrapped = replaced(given);
  const hooks = unwrapped === false ? given : unwrapped;
  return {
    beforeRequest: list(hooks?.beforeRequest),
    afterResponse: list(hooks?.afterResponse),
    beforeRetry: list(hooks?.beforeRetry),
    onError: list(hooks?.onError),
  };
}

/** A derived transport runs its parent's hooks, then its own (only its own when they are `replaceOption`-wrapped). */
export function mergeHooks(parent: TransportHooks | undefined, child: TransportHooks | undefined): TransportHooks {
  if (replaced(child) !== false) return toHookLists(child);
  const a = toHookLists(parent);
  const b = toHookLists(child);
  return {
    beforeRequest: [...a.beforeRequest, ...b.beforeRequest],
    afterResponse: [...a.afterResponse, ...b.afterResponse],
    beforeRetry: [...a.beforeRetry, ...b.beforeRetry],
    onError: [...a.onError, ...b.onError],
  };
}

/** Runs hooks in order; a hook that throws fails the call with that error. */
export async function runHooks<A extends unknown[]>(hooks: readonly ((...args: A) => void | Promise<void>)[], ...args: A): Promise<void> {
  for (const hook of hooks) await hook(...args);
}
