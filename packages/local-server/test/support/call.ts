// One real HTTP call to a service of the local server; a JSON answer is checked against the
// service's OpenAPI document before a test sees it, so "every body validates" holds throughout.
import { assertMatchesSpec, type SpecDocument } from "./spec-check.js";

export interface ApiCallOptions {
  readonly query?: Record<string, string>;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as is, with a JSON content type (for malformed bodies). */
  readonly rawBody?: string;
}

export interface ApiAnswer {
  readonly status: number;
  /** Parsed JSON (undefined when empty), or the text of a non-JSON answer. */
  readonly body: unknown;
}

export async function callApi(document: SpecDocument, base: string, token: string | undefined, method: string, path: string, options: ApiCallOptions = {}): Promise<ApiAnswer> {
  const url = new URL(`${base.replace(/\/$/, "")}${path}`);
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  const sent = options.body === undefined ? options.rawBody : JSON.stringify(options.body);
  if (sent !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(url, { method, headers, body: sent });
  const text = await res.text();
  if (res.headers.get("content-type")?.includes("application/json") !== true) return { status: res.status, body: text };
  const body: unknown = text === "" ? undefined : JSON.parse(text);
  assertMatchesSpec(document, method, path, res.status, body);
  return { status: res.status, body };
}
