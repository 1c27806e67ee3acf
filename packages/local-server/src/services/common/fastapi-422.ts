// zod issues → FastAPI/pydantic v1's 422 `detail` list, so a malformed body is reported as
// upstream reports it: `loc` from "body", pydantic's msg/type/ctx for the common cases.
import type * as z from "zod/mini";
import { detailReply, type Reply } from "../../http/reply.js";
import type { ValidationIssue } from "../../spec/query.js";

type Loc = readonly (string | number)[];
type Found = Pick<ValidationIssue, "msg" | "type" | "ctx">;

// Every numeric field of the request models is a pydantic `int` (the specs declare no
// `number`), so zod's "number" is pydantic's integer error.
const TYPE_ERRORS: Readonly<Record<string, Found>> = {
  string: { msg: "str type expected", type: "type_error.str" },
  number: { msg: "value is not a valid integer", type: "type_error.integer" },
  int: { msg: "value is not a valid integer", type: "type_error.integer" },
  boolean: { msg: "value could not be parsed to a boolean", type: "type_error.bool" },
  object: { msg: "value is not a valid dict", type: "type_error.dict" },
  record: { msg: "value is not a valid dict", type: "type_error.dict" },
  array: { msg: "value is not a valid list", type: "type_error.list" },
};

export const missingIssue = (loc: Loc): ValidationIssue => ({ loc: [...loc], msg: "field required", type: "value_error.missing" });

/** A pydantic root-validator failure (`__root__` under `loc`). */
export function rootIssue(loc: Loc, msg: string): ValidationIssue {
  return { loc: [...loc, "__root__"], msg, type: "value_error" };
}

/** The value at `path` inside `root` (zod does not report inputs unless asked to). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function lengthIssue(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): Found {
  const small = issue.code === "too_small";
  const limit = Number(small ? issue.minimum : issue.maximum);
  const ctx = { limit_value: limit };
  switch (issue.origin) {
    case "string":
      return { msg: `ensure this value has ${small ? "at least" : "at most"} ${limit} characters`, type: `value_error.any_str.${small ? "min" : "max"}_length`, ctx };
    case "array":
    case "set":
      return { msg: `ensure this value has ${small ? "at least" : "at most"} ${limit} items`, type: `value_error.list.${small ? "min" : "max"}_items`, ctx };
    default:
      return small
        ? { msg: `ensure this value is greater than or equal to ${limit}`, type: "value_error.number.not_ge", ctx }
        : { msg: `ensure this value is less than or equal to ${limit}`, type: "value_error.number.not_le", ctx };
  }
}

function convert(issue: z.core.$ZodIssue, base: Loc, root: unknown): ValidationIssue[] {
  const loc = [...base, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const value = valueAt(root, issue.path);
  // pydantic checks presence and None before the field's type, whatever that type is.
  if (value === undefined) return [missingIssue(loc)];
  if (value === null) return [{ loc, msg: "none is not an allowed value", type: "type_error.none.not_allowed" }];
  switch (issue.code) {
    case "invalid_type":
      return [{ loc, ...(TYPE_ERRORS[issue.expected] ?? { msg: `${issue.expected} type expected`, type: `type_error.${issue.expected}` }) }];
    case "too_small":
    case "too_big":
      return [{ loc, ...lengthIssue(issue) }];
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ loc: [...loc, key], msg: "extra fields not permitted", type: "value_error.extra" }));
    case "invalid_value": {
      const permitted = issue.values.map((v) => `'${String(v)}'`).join(", ");
      return [{ loc, msg: `value is not a valid enumeration member; permitted: ${permitted}`, type: "type_error.enum", ctx: { enum_values: issue.values } }];
    }
    case "invalid_union": {
      // pydantic reports every failed branch; the first branch's issues say enough.
      const first = issue.errors[0];
      if (first !== undefined && first.length > 0) return first.flatMap((i) => convert(i, loc, value));
      return [{ loc, msg: issue.message, type: "value_error" }];
    }
    default:
      return [{ loc, msg: issue.message, type: "value_error" }];
  }
}

/** The 422 `detail` entries for a failed parse of `input` (a body, or a part of one at `base`). */
export function toValidationIssues(error: z.core.$ZodError, input: unknown, base: Loc = ["body"]): ValidationIssue[] {
  return error.issues.flatMap((issue) => convert(issue, base, input));
}

export const validationReply = (issues: ValidationIssue[]): Reply => detailReply(422, issues);
