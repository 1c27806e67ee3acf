// One call of Transport.request. ky runs the attempts: its retry loop, its waits, its per-attempt
// and total timers and the caller's AbortSignal. The SDK adds, through ky's own options:
// - `fetch` (ky-attempt.ts): attaches the bearer token and reads the body inside the attempt,
//   so the per-attempt timeout covers the body and a stalled body is retried like any attempt;
// - `retry.shouldRetry` / `retry.delay`: the SDK's retry decision and wait (retry-strategy.ts
//   says why ky's defaults cannot express them);
// - `hooks.beforeRetry`: the adaptive send rate and the SDK's own hooks before each retry.
// What stays here is what ky has no option for: the one refresh-and-retry after a 401 about
// the credentials (a second ky pass, so it does not count against the retry limit), and mapping
// ky's outcome to the SDK's errors (ky's messages carry the URL unredacted; none reaches a user).
import type { KyInstance, Options as KyOptions } from "ky";
import { isHTTPError, isNetworkError, isTimeoutError } from "ky";
import { HttpError, NotAuthenticatedError, PermissionDeniedError, RateLimitError, TokenExpiredError, UnauthorizedError, createHttpError } from "../errors/http-errors.js";
import type { HttpErrorInit } from "../errors/http-errors.js";
import { ProvenaError } from "../errors/provena-error.js";
import { AbortError, NetworkError, TimeoutError } from "../errors/request-errors.js";
import type { RequestContext } from "../errors/request-context.js";
import { ConfigurationError } from "../errors/usage-errors.js";
import type { ValidationMode } from "../models.js";
import type { AdaptiveRate } from "../retry/adaptive-rate.js";
import { parseRetryAfter } from "../retry/retry-after.js";
import type { AttemptFailure, RetryStrategy } from "../retry/retry-strategy.js";
import type { ServiceEndpoints } from "../services.js";
import type { TokenProvider } from "../token-provider.js";
import { raceAbort } from "../util/abort.js";
import { redactHeaders, redactUrl, redactValuesDeep } from "../util/redact.js";
import { bodyContentType, buildBody, buildUrl, isIdempotent, mergeHeaders } from "./build-request.js";
import { expiredAt, expiredNote, isCredentialFailure, noTokenNote } from "./credential-401.js";
import { runHooks } from "./hooks.js";
import type { HookLists, RequestInfo } from "./hooks.js";
import { attemptFetch, bufferedBytes, bufferedText, errorText } from "./ky-attempt.js";
import type { AttemptState } from "./ky-attempt.js";
import { parseErrorBody, readSuccessBody } from "./read-response.js";
import type { HttpMethod, Operation } from "./types.js";

export interface CallDeps {
  ky: KyInstance;
  fetch: typeof globalThis.fetch;
  retry: RetryStrategy;
  /** The transport's adaptive send rate for a URL's origin; undefined when turned off. */
  rateFor: (url: string) => AdaptiveRate | undefined;
  hooks: HookLists;
  tokenProvider: TokenProvider | undefined;
  headers: Record<string, string>;
  endpoints: ServiceEndpoints;
  validation: ValidationMode;
  timeoutMs: number;
  totalTimeoutMs: number;
}

const JSON_ACCEPT = { accept: "application/json" };
// Which methods may retry is decided per operation (Provena's read-only POSTs retry; a 429 is
// retried for every method), so ky's per-method filter lets every method through to shouldRetry.
const ALL_METHODS = ["get", "post", "put", "patch", "delete", "head", "options"];
// ky refuses timers beyond a 32-bit int; "no timeout" is `false` there.
const MAX_TIMER_MS = 2_147_483_647;
const kyTimeout = (ms: number): number | false => (ms > MAX_TIMER_MS ? false : Math.max(1, ms));

export async function execute<T>(deps: CallDeps, op: Operation<T>): Promise<T> {
  const method = op.method.toUpperCase() as HttpMethod;
  const url = buildUrl(op, deps.endpoints);
  const ctx: RequestContext = { method, url, operationName: op.operationName };
  const body = buildBody(op);
  if (op.auth === true && deps.tokenProvider === undefined) {
    throw new ConfigurationError(`${op.operationName ?? `${method} ${redactUrl(url)}`} needs authentication but the transport has no tokenProvider`);
  }
  const useAuth = (op.auth ?? true) && deps.tokenProvider !== undefined;
  const idempotent = isIdempotent(method, op.idempotent);
  const responseType = op.responseType ?? "json";
  const attemptTimeoutMs = op.timeoutMs ?? deps.timeoutMs;
  const totalTimeoutMs = op.totalTimeoutMs ?? deps.totalTimeoutMs;
  const headers = mergeHeaders(responseType === "json" ? JSON_ACCEPT : undefined, bodyContentType(op), deps.headers, op.headers);
  const startedAt = performance.now();
  const elapsedMs = (): number => performance.now() - startedAt;
  const signal = op.signal;
  const hooks = deps.hooks;
  const rate = deps.rateFor(url);

  const state: AttemptState = { attempt: 0, token: undefined, readBody: responseType === "none" ? "none" : responseType === "bytes" ? "bytes" : "text", fetch: deps.fetch, rate, hooks, info: () => info() };
  let retries = 0;
  let rateLimitedRetries = 0;
  let delayMs = 0;
  let gaveUpThrottled = false;
  let refreshedToken = false;
  const info = (): RequestInfo => ({
    operationName: op.operationName,
    service: op.service,
    method,
    url: redactUrl(url),
    headers: redactHeaders(state.token === undefined ? headers : { ...headers, authorization: `Bearer ${state.token}` }),
    attempt: state.attempt,
  });
  const secrets = (): readonly (string | undefined)[] => [state.token, ...(deps.tokenProvider?.secrets?.() ?? [])];
  const abortError = (cause: unknown): AbortError => new AbortError({ ...ctx, cause: signal?.reason ?? cause });

  // ky's outcome as the SDK's error. Cached so hooks and the caller see the same instance.
  let lastKyError: unknown;
  let lastMapped: Error | undefined;
  const toSdkError = (error: unknown): Error => {
    if (error === lastKyError && lastMapped !== undefined) return lastMapped;
    lastKyError = error;
    lastMapped = mapError(error);
    return lastMapped;
  };
  const mapError = (error: unknown): Error => {
    if (error instanceof ProvenaError) return error;
    if (signal?.aborted === true) return abortError(error);
    if (isHTTPError(error)) return httpError(error.response, errorText(error.response, error.data));
    if (isTimeoutError(error)) {
      // ky bounds an attempt by min(timeout, time left); past the total, it was the total.
      const kind = elapsedMs() >= totalTimeoutMs - 1 ? "total" : "attempt";
      return new TimeoutError({ ...ctx, kind, timeoutMs: kind === "total" ? totalTimeoutMs : attemptTimeoutMs, attempts: state.attempt });
    }
    // The undici error (ECONNREFUSED, …) is the cause; ky's own error (URL in clear) is dropped.
    if (isNetworkError(error)) return new NetworkError({ ...ctx, cause: error.cause ?? undefined });
    if (error instanceof TypeError) return new NetworkError({ ...ctx, cause: error.cause ?? error });
    return error instanceof Error ? error : new Error(String(error));
  };
  const httpError = (response: Response, rawText: string): HttpError => {
    // Server text reaching an error loses the exact secrets in play, whatever their shape.
    const errorBody = redactValuesDeep(parseErrorBody(rawText), secrets());
    const init: HttpErrorInit = {
      ...ctx,
      status: response.status,
      statusText: response.statusText,
      body: errorBody,
      retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
    };
    if (response.status === 401) {
      if (!useAuth) return new NotAuthenticatedError({ ...init, note: noTokenNote(deps.tokenProvider !== undefined) });
      if (!isCredentialFailure(errorBody, response.headers.get("www-authenticate"), state.token)) return new PermissionDeniedError(init);
      const expired = expiredAt(state.token);
      if (expired !== undefined) return new TokenExpiredError({ ...init, expiredAt: expired, note: expiredNote(expired, refreshedToken) });
    }
    if (response.status === 429 && gaveUpThrottled) return new RateLimitError({ ...init, throttledForMs: Math.round(elapsedMs()), attempts: state.attempt });
    return createHttpError(init);
  };

  const shouldRetry = async ({ error }: { error: Error }): Promise<boolean> => {
    const mapped = toSdkError(error);
    const failure = asFailure(mapped);
    if (failure === undefined) return false;
    const rateLimited = failure.kind === "status" && failure.error.status === 429;
    const decision = deps.retry.decide(failure, { retriesSoFar: retries, idempotent, rateLimitedRetries, elapsedMs: elapsedMs() });
    if (!decision.retry) {
      if (decision.why === "rate-limit-budget" && isHTTPError(error)) {
        gaveUpThrottled = true;
        lastMapped = httpError(error.response, errorText(error.response, error.data));
      }
      return false;
    }
    // A wait that would outlive the total timeout is pointless: fail now with the real cause.
    if (decision.delayMs >= totalTimeoutMs - elapsedMs()) return false;
    if (rateLimited) rateLimitedRetries++;
    else retries++;
    delayMs = decision.delayMs;
    await runHooks(hooks.beforeRetry, { ...info(), error: mapped, delayMs, basis: decision.basis });
    return true;
  };

  // Before every attempt: the adaptive send rate, then the beforeRequest hooks.
  const beforeAttempt = async (): Promise<void> => {
    state.attempt++;
    const wait = rate?.acquire(signal);
    if (wait !== undefined) await wait;
    if (hooks.beforeRequest.length > 0) await runHooks(hooks.beforeRequest, info());
  };

  const kyOptions = (): KyOptions => {
    const remaining = totalTimeoutMs - elapsedMs();
    return {
      method,
      headers,
      ...body,
      signal,
      timeout: kyTimeout(attemptTimeoutMs),
      totalTimeout: kyTimeout(remaining),
      fetch: attemptFetch(state),
      retry: { limit: deps.retry.kyLimit, methods: ALL_METHODS, shouldRetry, delay: () => delayMs },
      hooks: { beforeRetry: [beforeAttempt] },
    };
  };

  // The caller's signal ends a slow token provider (a login in progress) at once. The total
  // timeout bounds the requests, not an interactive login: it is checked again before sending.
  const getToken = (forceRefresh: boolean): Promise<string> => {
    const options = forceRefresh && state.token !== undefined ? { forceRefresh, rejectedToken: state.token } : { forceRefresh };
    if (signal === undefined) return deps.tokenProvider!.getToken(options);
    const pending = deps.tokenProvider!.getToken({ ...options, signal });
    return raceAbort(pending, signal).catch((error: unknown) => {
      throw signal.aborted ? abortError(error) : error;
    });
  };

  try {
    if (signal?.aborted === true) throw abortError(undefined);
    let forceRefresh = false;
    for (let refreshed = false; ; refreshed = true) {
      if (useAuth) state.token = await getToken(forceRefresh);
      refreshedToken = refreshed;
      if (totalTimeoutMs - elapsedMs() <= 0) throw new TimeoutError({ ...ctx, kind: "total", timeoutMs: totalTimeoutMs, attempts: state.attempt });
      let response: Response;
      try {
        await beforeAttempt();
        response = await deps.ky(url, kyOptions());
      } catch (error) {
        const mapped = toSdkError(error);
        // A 401 about the credentials may just mean the token expired under us: refresh once,
        // retry once (a fresh ky pass, outside the retry limit), never loop.
        if (useAuth && !refreshed && mapped instanceof UnauthorizedError && !(mapped instanceof PermissionDeniedError)) {
          forceRefresh = true;
          await runHooks(hooks.beforeRetry, { ...info(), error: mapped, delayMs: 0, basis: "refresh" });
          continue;
        }
        throw mapped;
      }
      if (responseType === "none") return undefined as T;
      if (responseType === "bytes") return (bufferedBytes(response) ?? new Uint8Array(await response.arrayBuffer())) as T;
      return readSuccessBody(op, bufferedText(response) ?? (await response.text()), response.status, ctx, deps.validation, secrets);
    }
  } catch (error) {
    if (hooks.onError.length > 0) await runHooks(hooks.onError, info(), error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}

function asFailure(error: Error): AttemptFailure | undefined {
  if (error instanceof HttpError) return { kind: "status", error };
  if (error instanceof NetworkError) return { kind: "network", error };
  if (error instanceof TimeoutError && error.kind === "attempt") return { kind: "timeout", error };
  return undefined;
}
