// Helpers for the Job API tests: real HTTP calls to the server, and an ajv check of every
// response body against specs/provena/job.json (optional fields may be explicit null, as
// upstream's pydantic v1 serialises them; the OpenAPI 3.0 document cannot say so).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import { expect } from "vitest";

type Json = Record<string, unknown>;
type Schema = Json;

const SPEC_PATH = fileURLToPath(new URL("../../../specs/provena/job.json", import.meta.url));
const spec = JSON.parse(readFileSync(SPEC_PATH, "utf8")) as { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Schema> } };

/** Every optional property of every component also accepts null. */
function allowNullOptionals(schema: Schema): Schema {
  const properties = schema.properties as Record<string, Schema> | undefined;
  if (properties === undefined) return schema;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const out: Record<string, Schema> = {};
  for (const [name, property] of Object.entries(properties)) out[name] = required.has(name) ? property : { anyOf: [property, { type: "null" }] };
  return { ...schema, properties: out };
}

const components = Object.fromEntries(Object.entries(spec.components.schemas).map(([name, schema]) => [name, allowNullOptionals(schema)]));
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema({ $id: "job.json", components: { schemas: components } });

const validators = new Map<string, ValidateFunction>();

function responseSchema(method: string, path: string, status: number): Schema {
  const operation = spec.paths[path]?.[method.toLowerCase()] as { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> } | undefined;
  if (operation === undefined) throw new Error(`job.json has no operation ${method} ${path}`);
  const declared = operation.responses?.[String(status)];
  // Errors upstream's FastAPI raises (400/401) are HTTPException bodies, not declared per route.
  if (declared === undefined) return { type: "object", required: ["detail"], properties: { detail: {} } };
  const schema = declared.content?.["application/json"]?.schema ?? {};
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"job.json#/components/')) as Schema;
}

/** Asserts that `body` is what job.json says `method path` answers with `status`. */
export function expectSpecBody(method: string, path: string, status: number, body: unknown): void {
  const key = `${method} ${path} ${status}`;
  let validate = validators.get(key);
  if (validate === undefined) {
    validate = ajv.compile(responseSchema(method, path, status));
    validators.set(key, validate);
  }
  const ok = validate(body);
  expect(ok, `${key}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body)}`).toBe(true);
}

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
  if (res.status !== 422 && res.status < 500) expectSpecBody(method, path, res.status, body);
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
