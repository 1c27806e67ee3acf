// One call of Transport.request: the attempt loop with auth, the 401 refresh-and-retry, the
// retry strategy, timeouts, abort and hooks. ky sends each attempt with its own retry and
// timeout switched off, so this loop is the only layer that retries.
import type { KyInstance } from "ky";
import { isNetworkError as isKyNetworkError } from "ky";
import { createHttpError } from "../errors/http-errors.js";
import { AbortError, NetworkError, TimeoutError } from "../errors/request-errors.js";
import type { RequestContext } from "../errors/request-context.js";
import { ConfigurationError } from "../errors/usage-errors.js";
import type { ValidationMode } from "../models.js";
import { parseRetryAfter } from "../retry/retry-after.js";
import type { AttemptFailure, RetryStrategy } from "../retry/retry-strategy.js";
import type { ServiceEndpoints } from "../services.js";
import type { TokenProvider } from "../token-provider.js";
import { Deadline, anySignal, raceAbort, sleep } from "../util/abort.js";
import { redactHeaders, redactUrl } from "../util/redact.js";
import { buildBody, buildUrl, isIdempotent, mergeHeaders } from "./build-request.js";
import { runHooks } from "./hooks.js";
import type { HookLists, RequestInfo } from "./hooks.js";
import { parseErrorBody, readSuccessBody } from "./read-response.js";
import type { HttpMethod, Operation } from "./types.js";

export interface CallDeps {
  ky: KyInstance;
  retry: RetryStrategy;
  hooks: HookLists;
  tokenProvider: TokenProvider | undefined;
  headers: Record<string, string>;
  endpoints: ServiceEndpoints;
  validation: ValidationMode;
  timeoutMs: number;
  totalTimeoutMs: number;
}

interface AttemptResponse {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
  durationMs: number;
}

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
  const baseHeaders = mergeHeaders(responseType === "json" ? { accept: "application/json" } : undefined, deps.headers, op.headers);

  const total = new Deadline(op.totalTimeoutMs ?? deps.totalTimeoutMs);
  const callSignal = anySignal([op.signal, total.signal]);

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

  // The caller's abort wins over everything; then the total deadline.
  const interruption = (): Error | undefined => {
    if (op.signal?.aborted === true) return new AbortError({ ...ctx, cause: op.signal.reason });
    if (total.fired) return new TimeoutError({ ...ctx, kind: "total", timeoutMs: total.ms, attempts: attempt });
    return undefined;
  };

  const sendAttempt = async (headers: Record<string, string>): Promise<AttemptResponse> => {
    const perAttempt = new Deadline(attemptTimeoutMs);
    const signal = anySignal([callSignal, perAttempt.signal]);
    const started = Date.now();
    try {
      const response = await deps.ky(url, { method, headers, signal, ...body });
      let text = "";
      if (responseType === "none" && response.ok) await response.body?.cancel();
      else text = await response.text();
      return { status: response.status, statusText: response.statusText, headers: response.headers, text, durationMs: Date.now() - started };
    } catch (error) {
      const interrupted = interruption();
      if (interrupted !== undefined) throw interrupted;
      if (perAttempt.fired) throw new TimeoutError({ ...ctx, kind: "attempt", timeoutMs: attemptTimeoutMs, attempts: attempt });
      // ky wraps fetch's network failures; a failure while streaming the body is fetch's TypeError.
      if (isKyNetworkError(error)) throw new NetworkError({ ...ctx, cause: error.cause ?? error });
      if (error instanceof TypeError) throw new NetworkError({ ...ctx, cause: error });
      throw error;
    } finally {
      perAttempt.clear();
    }
  };

  try {
    const interruptedBefore = interruption();
    if (interruptedBefore !== undefined) throw interruptedBefore;

    for (;;) {
      attempt++;
      sentHeaders = baseHeaders;
      if (useAuth) {
        let token: string;
        try {
          token = await raceAbort(deps.tokenProvider!.getToken({ forceRefresh, signal: callSignal }), callSignal);
        } catch (error) {
          throw interruption() ?? error;
        }
        sentHeaders = { ...baseHeaders, authorization: `Bearer ${token}` };
        forceRefresh = false;
      }
      await runHooks(deps.hooks.beforeRequest, info());

      let failure: AttemptFailure;
      try {
        const res = await sendAttempt(sentHeaders);
        await runHooks(deps.hooks.afterResponse, { ...info(), status: res.status, durationMs: res.durationMs });
        if (res.status >= 200 && res.status < 300) {
          if (responseType === "none") return undefined as T;
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
      if (!decision.retry || decision.delayMs >= total.remainingMs()) throw failure.error;
      retries++;
      await runHooks(deps.hooks.beforeRetry, { ...info(), error: failure.error, delayMs: decision.delayMs, basis: decision.basis });
      try {
        await sleep(decision.delayMs, callSignal);
      } catch (error) {
        throw interruption() ?? error;
      }
    }
  } catch (error) {
    await runHooks(deps.hooks.onError, info(), error instanceof Error ? error : new Error(String(error)));
    throw error;
  } finally {
    total.clear();
  }
}
