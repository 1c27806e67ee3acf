// Reads and validates a JSON request body as FastAPI does: bad JSON → 422 jsondecode, a
// missing required body → "field required" at ["body"], a model failure → its issues.
import type { z } from "zod";
import type { Reply } from "../../http/reply.js";
import type { HttpRequest } from "../../http/request.js";
import { toValidationIssues, validationReply } from "./validation-errors.js";

export type BodyResult<T> = { ok: true; value: T } | { ok: false; reply: Reply };

export async function readJson(http: HttpRequest): Promise<{ ok: true; value: unknown } | { ok: false; reply: Reply }> {
  try {
    return { ok: true, value: await http.json() };
  } catch {
    return { ok: false, reply: validationReply([{ loc: ["body", 0], msg: "Expecting value: line 1 column 1 (char 0)", type: "value_error.jsondecode" }]) };
  }
}

/** Parses the body with `schema`; `optional` bodies (FastAPI `= None`) accept an empty body. */
export async function parseBody<T>(http: HttpRequest, schema: z.ZodType<T>, optional = false): Promise<BodyResult<T | undefined>> {
  const raw = await readJson(http);
  if (!raw.ok) return raw;
  if (raw.value === undefined || (optional && raw.value === null)) {
    if (optional) return { ok: true, value: undefined };
    return { ok: false, reply: validationReply([{ loc: ["body"], msg: "field required", type: "value_error.missing" }]) };
  }
  return parseValue(raw.value, schema);
}

export function parseValue<T>(value: unknown, schema: z.ZodType<T>): BodyResult<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ok: false, reply: validationReply(toValidationIssues(parsed.error, value)) };
  return { ok: true, value: parsed.data };
}

/** A required body. */
export async function requireBody<T>(http: HttpRequest, schema: z.ZodType<T>): Promise<BodyResult<T>> {
  return parseBody(http, schema) as Promise<BodyResult<T>>;
}
