// Observation points for logging and metrics. They receive copies with secrets redacted: the
// Authorization header reads "Bearer [REDACTED]" and secret query parameters are masked.
import type { ServiceName } from "../services.js";

export interface RequestInfo {
  operationName: string | undefined;
  service: ServiceName | undefined;
  method: string;
  /** Redacted URL, query string included. */
  url: string;
  /** Redacted request headers, lower-case names. */
  headers: Record<string, string>;
  /** 1-based attempt number within this call. */
  attempt: number;
}

export interface ResponseInfo extends RequestInfo {
  status: number;
  /** Time from sending to having read the body, in ms. */
  durationMs: number;
}

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

export interface TransportHooks {
  beforeRequest?: OneOrMany<Hook<RequestInfo>>;
  afterResponse?: OneOrMany<Hook<ResponseInfo>>;
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
