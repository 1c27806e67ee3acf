// One call of Transport.request: the attempt loop with auth, the 401 refresh-and-retry, the
// retry strategy, timeouts, abort and hooks. Each attempt is a single `fetch` (send-attempt.ts);
// this loop is the only layer that retries.
import { createHttpError } from "../errors/http-errors.js";
import { AbortError, NetworkError, TimeoutError } from "../errors/request-errors.js";
import type { RequestContext } from "../errors/request-context.js";
import { ConfigurationError } from "../errors/usage-errors.js";
import type { ValidationMode } from "../models.js";
import { parseRetryAfter } from "../retry/retry-after.js";
import type { AttemptFailure, RetryStrategy } from "../retry/retry-strategy.js";
import type { ServiceEndpoints } from "../services.js";
import type { TokenProvider } from "../token-provider.js";
import { raceAbort, sleep } from "../util/abort.js";
import { redactHeaders, redactUrl } from "../util/redact.js";
import { bodyContentType, buildBody, buildUrl, isIdempotent, mergeHeaders } from "./build-request.js";
import { runHooks } from "./hooks.js";
import type { HookLists, RequestInfo } from "./hooks.js";
import { parseErrorBody, readSuccessBody } from "./read-response.js";
import { AttemptInterrupted, sendAttempt } from "./send-attempt.js";
import type { AttemptResponse } from "./send-attempt.js";
import type { HttpMethod, Operation } from "./types.js";

export interface CallDeps {
  fetch: typeof globalThis.fetch;
  retry: RetryStrategy;
  hooks: HookLists;
  tokenProvider: TokenProvider | undefined;
  headers: Record<string, string>;
  endpoints: ServiceEndpoints;
  validation: ValidationMode;
  timeoutMs: number;
  totalTimeoutMs: number;
}

const JSON_ACCEPT = { accept: "application/json" };

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
  const baseHeaders = mergeHeaders(responseType === "json" ? JSON_ACCEPT : undefined, bodyContentType(op), deps.headers, op.headers);
  const startedAt = Date.now();
  const remainingMs = (): number => totalTimeoutMs - (Date.now() - startedAt);

  let attempt = 0;
  let retries = 0;
  let refreshed = false;
  let forceRefresh = false;
  let sentHeaders = baseHeaders;
  const info = (): RequestInfo => ({
    operationName: op.operationName,
    service: op.service,
    method,
    url: redactUrl(url),
    headers: redactHeaders(sentHeaders),
    attempt,
  });
  const abortError = (cause: unknown): AbortError => new AbortError({ ...ctx, cause: op.signal?.reason ?? cause });
  const totalTimeout = (): TimeoutError => new TimeoutError({ ...ctx, kind: "total", timeoutMs: totalTimeoutMs, attempts: attempt });

  // The caller's signal ends a slow token provider (a login in progress) at once. The total
  // timeout bounds the requests, not an interactive login: it is checked again before sending.
  // Not async: a provider's already-settled promise is awaited once, not re-wrapped.
  const getToken = (): Promise<string> => {
    const signal = op.signal;
    if (signal === undefined) return deps.tokenProvider!.getToken({ forceRefresh });
    const pending = deps.tokenProvider!.getToken({ forceRefresh, signal });
    return raceAbort(pending, signal).catch((error: unknown) => {
      throw signal.aborted ? abortError(error) : error;
    });
  };

  const send = async (headers: Record<string, string>): Promise<AttemptResponse> => {
    const remaining = remainingMs();
    const totalBound = remaining < attemptTimeoutMs;
    try {
      return await sendAttempt({
        fetch: deps.fetch,
        url,
        method,
        headers,
        body,
        signal: op.signal,
        budgetMs: totalBound ? remaining : attemptTimeoutMs,
        readBody: responseType === "bytes" ? "bytes" : responseType !== "none",
      });
    } catch (error) {
      if (error instanceof AttemptInterrupted) {
        if (error.reason === "caller-abort") throw abortError(error.original);
        if (totalBound) throw totalTimeout();
        throw new TimeoutError({ ...ctx, kind: "attempt", timeoutMs: attemptTimeoutMs, attempts: attempt });
      }
      // fetch reports network failures (refused, reset, DNS, a body cut short) as TypeError.
      if (error instanceof TypeError) throw new NetworkError({ ...ctx, cause: error.cause ?? error });
      throw error;
    }
  };

  try {
    if (op.signal?.aborted === true) throw abortError(undefined);
    for (;;) {
      attempt++;
      if (remainingMs() <= 0) throw totalTimeout();
      sentHeaders = baseHeaders;
      if (useAuth) {
        sentHeaders = { ...baseHeaders, authorization: `Bearer ${await getToken()}` };
        forceRefresh = false;
      }
      // Hook payloads (redacted copies) are built only when someone listens: this is the hot path.
      if (deps.hooks.beforeRequest.length > 0) await runHooks(deps.hooks.beforeRequest, info());

      let failure: AttemptFailure;
      try {
        const res = await send(sentHeaders);
        if (deps.hooks.afterResponse.length > 0) await runHooks(deps.hooks.afterResponse, { ...info(), status: res.status, durationMs: res.durationMs });
        if (res.status >= 200 && res.status < 300) {
          if (responseType === "none") return undefined as T;
          if (responseType === "bytes") return res.bytes as T;
          return readSuccessBody(op, res.text, res.status, ctx, deps.validation);
        }
        const error = createHttpError({
          ...ctx,
          status: res.status,
          statusText: res.statusText,
          body: parseErrorBody(res.text),
          retryAfterMs: parseRetryAfter(res.headers.get("retry-after")),
        });
        // A 401 may just mean the token expired under us: refresh once, retry once, never loop.
        if (res.status === 401 && useAuth && !refreshed) {
          refreshed = true;
          forceRefresh = true;
          await runHooks(deps.hooks.beforeRetry, { ...info(), error, delayMs: 0, basis: "refresh" });
          continue;
        }
        failure = { kind: "status", error };
      } catch (error) {
        if (error instanceof NetworkError) failure = { kind: "network", error };
        else if (error instanceof TimeoutError && error.kind === "attempt") failure = { kind: "timeout", error };
        else throw error;
      }

      const decision = deps.retry.decide(failure, { retriesSoFar: retries, idempotent });
      // A wait that would outlive the total timeout is pointless: fail now with the real cause.
      if (!decision.retry || decision.delayMs >= remainingMs()) throw failure.error;
      retries++;
      await runHooks(deps.hooks.beforeRetry, { ...info(), error: failure.error, delayMs: decision.delayMs, basis: decision.basis });
      if (op.signal === undefined) await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
      else await sleep(decision.delayMs, op.signal).catch((cause: unknown) => Promise.reject(abortError(cause)));
    }
  } catch (error) {
    if (deps.hooks.onError.length > 0) await runHooks(deps.hooks.onError, info(), error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}
