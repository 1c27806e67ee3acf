// Job API request bodies as a pydantic v1 server reads them: JSON decode errors and model
// failures become FastAPI's 422 `detail` list; unknown keys are ignored; optional fields may be
// absent or null; enums are strict. Models come from @provena-sdk/models with a server-side kit.
import { z } from "zod";
import type { ModelKit } from "@provena-sdk/http-core";
import { buildJobsModels, type JobsModelSet } from "@provena-sdk/models/jobs";
import { detailReply, type Reply } from "../../http/reply.js";
import type { HttpRequest } from "../../http/request.js";
import type { ValidationIssue } from "../../spec/query.js";

// `z.object` strips unknown keys (pydantic's default `Extra.ignore`); the cast only restates
// the kit's declared return type, which describes the SDK's loose objects.
const serverKit: ModelKit = {
  mode: "lenient",
  object: <S extends z.ZodRawShape>(shape: S) => z.object(shape) as unknown as z.ZodObject<S, z.core.$loose>,
  enum: (values) => z.enum(values as unknown as [string, ...string[]]),
  optional: (schema) => schema.nullable().optional(),
};

let models: JobsModelSet | undefined;

export function jobRequestModels(): JobsModelSet {
  models ??= buildJobsModels(serverKit);
  return models;
}

const TYPE_ERRORS: Readonly<Record<string, { msg: string; type: string }>> = {
  string: { msg: "str type expected", type: "type_error.str" },
  int: { msg: "value is not a valid integer", type: "type_error.integer" },
  number: { msg: "value is not a valid integer", type: "type_error.integer" },
  boolean: { msg: "value could not be parsed to a boolean", type: "type_error.bool" },
  object: { msg: "value is not a valid dict", type: "type_error.dict" },
  record: { msg: "value is not a valid dict", type: "type_error.dict" },
};

function toIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const loc = ["body", ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return { loc, msg: "field required", type: "value_error.missing" };
    return { loc, ...(TYPE_ERRORS[issue.expected] ?? { msg: issue.message, type: `type_error.${issue.expected}` }) };
  }
  if (issue.code === "invalid_value") {
    const permitted = issue.values.map((v) => `'${String(v)}'`).join(", ");
    return { loc, msg: `value is not a valid enumeration member; permitted: ${permitted}`, type: "type_error.enum", ctx: { enum_values: issue.values } };
  }
  return { loc, msg: issue.message, type: "value_error" };
}

export type BodyResult<T> = { ok: true; value: T } | { ok: false; reply: Reply };

/** Reads the required JSON body and parses it with `schema`. */
export async function readBody<T>(http: HttpRequest, schema: z.ZodType<T>): Promise<BodyResult<T>> {
  let raw: unknown;
  try {
    raw = await http.json();
  } catch {
    return { ok: false, reply: detailReply(422, [{ loc: ["body", 0], msg: "Expecting value: line 1 column 1 (char 0)", type: "value_error.jsondecode" }]) };
  }
  if (raw === undefined) return { ok: false, reply: detailReply(422, [{ loc: ["body"], msg: "field required", type: "value_error.missing" }]) };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, reply: detailReply(422, parsed.error.issues.map(toIssue)) };
  return { ok: true, value: parsed.data };
}
