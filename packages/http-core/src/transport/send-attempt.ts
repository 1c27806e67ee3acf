// One HTTP attempt on `fetch`: one AbortController and one timer, bounded by the per-attempt
// timeout and what is left of the total timeout, and linked to the caller's signal by a plain
// listener. This is the hot path of every call, so it allocates as little as it can.
import type { RequestBody } from "./build-request.js";

export interface AttemptInput {
  fetch: typeof globalThis.fetch;
  url: string;
  method: string;
  headers: Record<string, string>;
  body: RequestBody;
  /** The caller's signal, if any. */
  signal: AbortSignal | undefined;
  /** Milliseconds before this attempt is abandoned (Infinity for none). */
  budgetMs: number;
  /** Read the body as text or bytes (false: cancel it, for `responseType: "none"` successes). */
  readBody: boolean | "bytes";
}

export interface AttemptResponse {
  status: number;
  statusText: string;
  headers: Headers;
  /** The body as text; for a `"bytes"` read, only an error (non-2xx) body is decoded here. */
  text: string;
  /** The body's bytes, for a `"bytes"` read. */
  bytes: Uint8Array | undefined;
  durationMs: number;
}

/** Why an attempt ended without a response. */
export type AttemptInterruption = "caller-abort" | "timeout";

export class AttemptInterrupted extends Error {
  constructor(
    readonly reason: AttemptInterruption,
    readonly original: unknown,
  ) {
    super(reason);
  }
}

const MAX_TIMER_MS = 2_147_483_647;

export async function sendAttempt(input: AttemptInput): Promise<AttemptResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer =
    input.budgetMs <= MAX_TIMER_MS
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new Error(`attempt budget of ${input.budgetMs} ms passed`));
        }, Math.max(0, input.budgetMs))
      : undefined;
  const caller = input.signal;
  const onCallerAbort = (): void => controller.abort(caller?.reason);
  caller?.addEventListener("abort", onCallerAbort, { once: true });
  const started = Date.now();
  try {
    const response = await input.fetch(input.url, { method: input.method, headers: input.headers, signal: controller.signal, ...input.body });
    let text = "";
    let bytes: Uint8Array | undefined;
    if (input.readBody === "bytes") {
      bytes = new Uint8Array(await response.arrayBuffer());
      // Error bodies are still read as text (FastAPI's `{"detail": …}`).
      if (!response.ok) text = new TextDecoder().decode(bytes);
    } else if (input.readBody) text = await response.text();
    else await response.body?.cancel();
    return { status: response.status, statusText: response.statusText, headers: response.headers, text, bytes, durationMs: Date.now() - started };
  } catch (error) {
    if (caller?.aborted === true) throw new AttemptInterrupted("caller-abort", error);
    if (timedOut) throw new AttemptInterrupted("timeout", error);
    throw error;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    caller?.removeEventListener("abort", onCallerAbort);
  }
}
