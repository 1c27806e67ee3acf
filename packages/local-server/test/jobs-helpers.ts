// Helpers for the Job API tests: real HTTP calls to the server, and an ajv check of every
// response body against specs/provena/job.json (optional fields may be explicit null, as
// upstream's pydantic v1 serialises them; the OpenAPI 3.0 document cannot say so).
import { assertMatchesSpec } from "./support/spec-check.js";

type Json = Record<string, unknown>;

export interface Called<T = Json> {
  status: number;
  body: T;
}

/** Calls the Job API at `base` and checks the body against the spec before returning it. */
export async function callJobs<T = Json>(base: string, token: string | undefined, method: "GET" | "POST", path: string, options: { query?: Record<string, string>; body?: unknown } = {}): Promise<Called<T>> {
  const url = new URL(`${base}${path}`);
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(url, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await res.text();
  const body = (text === "" ? undefined : JSON.parse(text)) as T;
  if (res.status < 500) assertMatchesSpec("job", method, path, res.status, body);
  return { status: res.status, body };
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
