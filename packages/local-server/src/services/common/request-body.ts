// Reads and validates a JSON request body as FastAPI does: bad JSON → 422 jsondecode (Python's
// wording), a missing or null required body → "field required" at ["body"], a model failure →
// its pydantic issues.
import type * as z from "zod/mini";
import { safeParse } from "@provena-sdk/http-core";
import type { Reply } from "../../http/reply.js";
import { BodyTooLargeError, type HttpRequest } from "../../http/request.js";
import { missingIssue, toValidationIssues, validationReply } from "./fastapi-422.js";

export type BodyResult<T> = { ok: true; value: T } | { ok: false; reply: Reply };

export async function readJson(http: HttpRequest): Promise<BodyResult<unknown>> {
  try {
    return { ok: true, value: await http.json() };
  } catch (error) {
    // Too large is not bad JSON: the listener answers it with a 413.
    if (error instanceof BodyTooLargeError) throw error;
    return { ok: false, reply: validationReply([{ loc: ["body", 0], msg: "Expecting value: line 1 column 1 (char 0)", type: "value_error.jsondecode" }]) };
  }
}

export function parseValue<T>(value: unknown, schema: z.core.$ZodType<T>): BodyResult<T> {
  const parsed = safeParse(schema, value);
  if (!parsed.success) return { ok: false, reply: validationReply(toValidationIssues(parsed.error, value)) };
  return { ok: true, value: parsed.data };
}

/** Parses the body with `schema`; `optional` bodies (FastAPI `= None`) accept an empty body. */
export async function parseBody<T>(http: HttpRequest, schema: z.core.$ZodType<T>, optional = false): Promise<BodyResult<T | undefined>> {
  const raw = await readJson(http);
  if (!raw.ok) return raw;
  // FastAPI treats a JSON null body as no body at all.
  if (raw.value === undefined || raw.value === null) {
    return optional ? { ok: true, value: undefined } : { ok: false, reply: validationReply([missingIssue(["body"])]) };
  }
  return parseValue(raw.value, schema);
}

/** A required body. */
export async function requireBody<T>(http: HttpRequest, schema: z.core.$ZodType<T>): Promise<BodyResult<T>> {
  return parseBody(http, schema) as Promise<BodyResult<T>>;
}
