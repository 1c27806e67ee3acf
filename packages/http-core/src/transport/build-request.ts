// Turns an Operation into the URL, headers and body of one HTTP request.
import { joinUrl } from "../endpoints.js";
import { ConfigurationError } from "../errors/usage-errors.js";
import type { ServiceEndpoints } from "../services.js";
import type { HttpMethod, Operation, QueryValue } from "./types.js";

const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(["GET", "PUT", "DELETE", "HEAD", "OPTIONS"]);

/** RFC 9110 idempotent methods, unless the operation says otherwise. */
export function isIdempotent(method: HttpMethod, flag: boolean | undefined): boolean {
  return flag ?? IDEMPOTENT_METHODS.has(method);
}

export function buildUrl(op: Operation<unknown>, endpoints: ServiceEndpoints): string {
  let url: string;
  if (op.url !== undefined) {
    if (op.service !== undefined) throw new ConfigurationError(`${describeOp(op)}: give either \`url\` or \`service\` + \`path\`, not both`);
    url = op.url;
  } else if (op.service !== undefined) {
    url = joinUrl(endpoints[op.service], op.path ?? "");
  } else {
    throw new ConfigurationError(`${describeOp(op)}: no target; give \`service\` + \`path\` or an absolute \`url\``);
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new ConfigurationError(`${describeOp(op)}: "${url}" is not an absolute URL`, { cause });
  }
  appendQuery(parsed, op.query);
  return parsed.toString();
}

function appendQuery(url: URL, query: Record<string, QueryValue> | undefined): void {
  if (query === undefined) return;
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    url.searchParams.append(key, String(value));
  }
}

/** Lower-cased header map: defaults, then the operation's. */
export function mergeHeaders(...sets: (Record<string, string> | undefined)[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const set of sets) {
    if (set === undefined) continue;
    for (const [name, value] of Object.entries(set)) out[name.toLowerCase()] = value;
  }
  return out;
}

/** The `body` part of a fetch init, and the content type it needs (if fetch does not set one). */
export type RequestBody = { body: string | URLSearchParams | FormData } | Record<string, never>;

const NO_BODY: RequestBody = {};

export function buildBody(op: Operation<unknown>): RequestBody {
  const bodies = [op.json, op.form, op.multipart].filter((b) => b !== undefined).length;
  if (bodies > 1) throw new ConfigurationError(`${describeOp(op)}: give one of \`json\`, \`form\` or \`multipart\`, not several`);
  // fetch sets `application/x-www-form-urlencoded` itself for URLSearchParams, and
  // `multipart/form-data; boundary=…` for FormData.
  if (op.form !== undefined) return { body: new URLSearchParams(op.form) };
  if (op.multipart !== undefined) return { body: op.multipart };
  if (op.json !== undefined) return { body: JSON.stringify(op.json) };
  return NO_BODY;
}

/** The content type a body needs beyond what fetch infers. */
export function bodyContentType(op: Operation<unknown>): Record<string, string> | undefined {
  return op.json !== undefined ? { "content-type": "application/json" } : undefined;
}

function describeOp(op: Operation<unknown>): string {
  return op.operationName ?? `${op.method} request`;
}
