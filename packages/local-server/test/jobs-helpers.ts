// Helpers for the Job API tests: real HTTP calls to the server, and an ajv check of every
// response body against specs/provena/job.json (optional fields may be explicit null, as
// upstream's pydantic v1 serialises them; the OpenAPI 3.0 document cannot say so).
import { callApi } from "./support/call.js";

type Json = Record<string, unknown>;

export interface Called<T = Json> {
  status: number;
  body: T;
}

/** Calls the Job API at `base` and checks the body against the spec before returning it. */
export async function callJobs<T = Json>(base: string, token: string | undefined, method: "GET" | "POST", path: string, options: { query?: Record<string, string>; body?: unknown } = {}): Promise<Called<T>> {
  const answer = await callApi("job", base, token, method, path, options);
  return { status: answer.status, body: answer.body as T };
}

/** Resolves on the next macrotask after `ms` (tests wait for the runner's timers this way). */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `read` returns a defined value, or fails after `timeoutMs`. */
export async function eventually<T>(read: () => Promise<T | undefined>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await sleep(10);
  }
}
