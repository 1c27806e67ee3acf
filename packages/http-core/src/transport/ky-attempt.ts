// The `fetch` the transport hands to ky: one HTTP attempt. ky times it (`timeout`) and aborts it
// (the caller's signal), so everything done here is inside the attempt:
// - the bearer token is attached here and removed after sending, so ky's hooks (the SDK's and a
//   user's `kyOptions.hooks`) see the request without it;
// - the body is read here, so the per-attempt timeout covers it and a body that stalls is a
//   timed-out attempt ky retries (ky's own body read is outside the attempt and not retried);
// - each response feeds the adaptive send rate, and the afterResponse hooks run.
import type { Input } from "ky";
import type { AdaptiveRate } from "../retry/adaptive-rate.js";
import { runHooks } from "./hooks.js";
import type { HookLists, RequestInfo } from "./hooks.js";

export interface AttemptState {
  /** 1-based attempt number within the call (set before each attempt). */
  attempt: number;
  /** The access token for this pass, if the call is authenticated. */
  token: string | undefined;
  /** Read the body as text or bytes, or not at all (cancel a 2xx body, for `responseType: "none"`). */
  readBody: "text" | "bytes" | "none";
  fetch: typeof globalThis.fetch;
  rate: AdaptiveRate | undefined;
  hooks: HookLists;
  info: () => RequestInfo;
}

// The text (or bytes) of each buffered response, so the transport does not read it twice.
const texts = new WeakMap<Response, string>();
const bytesOf = new WeakMap<Response, Uint8Array>();

// Statuses whose Response may not carry a body.
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

export function attemptFetch(state: AttemptState): (input: Input, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    // ky always hands its fetch a Request.
    const request = input instanceof Request ? input : new Request(input, init);
    const token = state.token;
    if (token !== undefined) request.headers.set("authorization", `Bearer ${token}`);
    const started = performance.now();
    let response: Response;
    let text = "";
    let bytes: Uint8Array<ArrayBuffer> | undefined;
    try {
      response = await state.fetch(request, init);
      if (state.readBody === "bytes") {
        bytes = new Uint8Array(await response.arrayBuffer());
        // Error bodies are still read as text (FastAPI's `{"detail": …}`).
        if (!response.ok) text = new TextDecoder().decode(bytes);
      } else if (state.readBody === "text" || !response.ok) {
        // `responseType: "none"` skips a 2xx body only: an error's `{"detail": …}` is still read.
        text = await response.text();
      } else await response.body?.cancel();
    } finally {
      if (token !== undefined) request.headers.delete("authorization");
    }
    state.rate?.record(response.status === 429);
    if (state.hooks.afterResponse.length > 0) {
      await runHooks(state.hooks.afterResponse, { ...state.info(), status: response.status, durationMs: performance.now() - started });
    }
    const buffered = new Response(NULL_BODY.has(response.status) ? null : (bytes ?? text), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    texts.set(buffered, text);
    if (bytes !== undefined) bytesOf.set(buffered, bytes);
    return buffered;
  };
}

/** The body text read during the attempt, when `response` is the one the attempt returned. */
export function bufferedText(response: Response): string | undefined {
  return texts.get(response);
}

/** The body bytes read during the attempt (`responseType: "bytes"`). */
export function bufferedBytes(response: Response): Uint8Array | undefined {
  return bytesOf.get(response);
}

/** An error response's text: as read in the attempt, else as ky parsed it into `data`. */
export function errorText(response: Response, data: unknown): string {
  const text = texts.get(response);
  if (text !== undefined) return text;
  if (data === undefined) return "";
  return typeof data === "string" ? data : JSON.stringify(data);
}
