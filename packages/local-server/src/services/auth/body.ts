// Reads a JSON request body and validates it like FastAPI + pydantic v1: a bad body is a 422
// with `detail: [{loc: ["body", ...], msg, type}]`, in pydantic v1's words.
import type { z } from "zod";
import { detailReply, type Reply } from "../../http/reply.js";
import type { HttpRequest } from "../../http/request.js";
import type { ValidationIssue } from "../../spec/query.js";

export type BodyResult<T> = { ok: true; value: T } | { ok: false; reply: Reply };

const TYPE_NAMES: Record<string, { msg: string; type: string }> = {
  string: { msg: "str type expected", type: "type_error.str" },
  number: { msg: "value is not a valid integer", type: "type_error.integer" },
  int: { msg: "value is not a valid integer", type: "type_error.integer" },
  boolean: { msg: "value could not be parsed to a boolean", type: "type_error.bool" },
  array: { msg: "value is not a valid list", type: "type_error.list" },
  object: { msg: "value is not a valid dict", type: "type_error.dict" },
};

/** One zod issue in pydantic v1's shape. */
function toPydantic(issue: z.core.$ZodIssue, input: unknown): ValidationIssue {
  const loc = ["body", ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const value = valueAt(input, issue.path);
  if (value === undefined) return { loc, msg: "field required", type: "value_error.missing" };
  if (value === null) return { loc, msg: "none is not an allowed value", type: "type_error.none.not_allowed" };
  switch (issue.code) {
    case "invalid_type": {
      const known = TYPE_NAMES[issue.expected] ?? { msg: `${issue.expected} type expected`, type: `type_error.${issue.expected}` };
      return { loc, ...known };
    }
    case "invalid_value": {
      const values = issue.values.map(String);
      return {
        loc,
        msg: `value is not a valid enumeration member; permitted: ${values.map((v) => `'${v}'`).join(", ")}`,
        type: "type_error.enum",
        ctx: { enum_values: values },
      };
    }
    case "too_small":
      return {
        loc,
        msg: `ensure this value has at least ${String(issue.minimum)} characters`,
        type: "value_error.any_str.min_length",
        ctx: { limit_value: Number(issue.minimum) },
      };
    default:
      return { loc, msg: issue.message, type: "value_error" };
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Parses the body against `schema`; missing, malformed or invalid bodies answer 422. */
export async function readBody<T>(http: HttpRequest, schema: z.ZodType<T>): Promise<BodyResult<T>> {
  let input: unknown;
  try {
    input = await http.json();
  } catch (error) {
    const msg = error instanceof Error ? error.message : "Invalid JSON";
    return { ok: false, reply: detailReply(422, [{ loc: ["body", 0], msg, type: "value_error.jsondecode" }]) };
  }
  if (input === undefined) return { ok: false, reply: detailReply(422, [{ loc: ["body"], msg: "field required", type: "value_error.missing" }]) };
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, reply: detailReply(422, parsed.error.issues.map((issue) => toPydantic(issue, input))) };
}
