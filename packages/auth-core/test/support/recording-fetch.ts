// A real `fetch` that records every identity-provider request and its OAuth outcome, so tests
// can count token-endpoint round trips as the server saw them. It never fabricates replies.
import type { FetchLike } from "../../src/index.js";

export interface RecordedExchange {
  url: string;
  grantType: string | undefined;
  /** When the request was sent (Date.now()). */
  sentAt: number;
  status: number;
  /** The OAuth `error` code of a failed reply. */
  error: string | undefined;
}

export interface RecordingFetch {
  fetch: FetchLike;
  exchanges: RecordedExchange[];
  /** Requests with this grant type (`refresh_token`, `password`, the device-code URN …). */
  count(grantType: string): number;
  /** Called after every reply is recorded. */
  onExchange?: ((exchange: RecordedExchange) => void) | undefined;
}

export const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

export function recordingFetch(): RecordingFetch {
  const recorder: RecordingFetch = {
    exchanges: [],
    count: (grantType) => recorder.exchanges.filter((e) => e.grantType === grantType).length,
    fetch: async (input, init) => {
      const body = typeof init.body === "string" ? new URLSearchParams(init.body) : undefined;
      const sentAt = Date.now();
      const response = await fetch(input, init);
      let error: string | undefined;
      if (!response.ok) {
        const json = (await response.clone().json().catch(() => undefined)) as { error?: string } | undefined;
        error = json?.error;
      }
      const exchange: RecordedExchange = { url: input, grantType: body?.get("grant_type") ?? undefined, sentAt, status: response.status, error };
      recorder.exchanges.push(exchange);
      recorder.onExchange?.(exchange);
      return response;
    },
  };
  return recorder;
}

/** A clock the test moves by hand, starting at the real time. */
export function steppingClock(): { now(): number; advance(ms: number): void } {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance: (ms) => {
      offset += ms;
    },
  };
}
