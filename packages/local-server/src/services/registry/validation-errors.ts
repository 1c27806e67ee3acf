// zod issues → FastAPI/pydantic v1's 422 `detail` list, so a malformed body is reported as
// upstream reports it (`loc` from "body", pydantic's msg/type strings for the common cases).
import type { z } from "zod";
import { detailReply, type Reply } from "../../http/reply.js";
import type { ValidationIssue } from "../../spec/query.js";

const TYPE_MESSAGES: Record<string, { msg: string; type: string }> = {
  string: { msg: "str type expected", type: "type_error.str" },
  number: { msg: "value is not a valid float", type: "type_error.float" },
  int: { msg: "value is not a valid integer", type: "type_error.integer" },
  boolean: { msg: "value could not be parsed to a boolean", type: "type_error.bool" },
  object: { msg: "value is not a valid dict", type: "type_error.dict" },
  record: { msg: "value is not a valid dict", type: "type_error.dict" },
  array: { msg: "value is not a valid list", type: "type_error.list" },
};

/** The value at `path` inside `root` (zod does not report inputs unless asked to). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function convert(issue: z.core.$ZodIssue, base: readonly (string | number)[], root: unknown): ValidationIssue[] {
  const loc = [...base, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  switch (issue.code) {
    case "invalid_type": {
      const input = valueAt(root, issue.path);
      if (input === undefined) return [{ loc, msg: "field required", type: "value_error.missing" }];
      if (input === null) return [{ loc, msg: "none is not an allowed value", type: "type_error.none.not_allowed" }];
      const known = TYPE_MESSAGES[issue.expected];
      return [known !== undefined ? { loc, ...known } : { loc, msg: issue.message, type: `type_error.${issue.expected}` }];
    }
    case "too_small":
      if (issue.origin === "string") {
        return [{ loc, msg: `ensure this value has at least ${String(issue.minimum)} characters`, type: "value_error.any_str.min_length", ctx: { limit_value: issue.minimum } }];
      }
      return [{ loc, msg: `ensure this value is greater than or equal to ${String(issue.minimum)}`, type: "value_error.number.not_ge", ctx: { limit_value: issue.minimum } }];
    case "too_big":
      if (issue.origin === "string") {
        return [{ loc, msg: `ensure this value has at most ${String(issue.maximum)} characters`, type: "value_error.any_str.max_length", ctx: { limit_value: issue.maximum } }];
      }
      return [{ loc, msg: `ensure this value is less than or equal to ${String(issue.maximum)}`, type: "value_error.number.not_le", ctx: { limit_value: issue.maximum } }];
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ loc: [...loc, key], msg: "extra fields not permitted", type: "value_error.extra" }));
    case "invalid_value": {
      const permitted = issue.values.map((v) => `'${String(v)}'`).join(", ");
      return [{ loc, msg: `value is not a valid enumeration member; permitted: ${permitted}`, type: "type_error.enum", ctx: { enum_values: issue.values } }];
    }
    case "invalid_union": {
      // pydantic reports every failed branch; the first branch's issues say enough.
      const first = issue.errors[0];
      const inner = valueAt(root, issue.path);
      if (first !== undefined && first.length > 0) return first.flatMap((i) => convert(i, loc, inner));
      return [{ loc, msg: issue.message, type: "value_error" }];
    }
    default:
      return [{ loc, msg: issue.message, type: "value_error" }];
  }
}

/** The 422 `detail` entries for a failed parse of a body (or a part of it at `base`). */
export function toValidationIssues(error: z.ZodError, input: unknown, base: readonly (string | number)[] = ["body"]): ValidationIssue[] {
  return error.issues.flatMap((issue) => convert(issue, base, input));
}

export const validationReply = (issues: ValidationIssue[]): Reply => detailReply(422, issues);

/** A pydantic root-validator failure (`__root__` under `loc`). */
export function rootIssue(loc: readonly (string | number)[], msg: string): ValidationIssue {
  return { loc: [...loc, "__root__"], msg, type: "value_error" };
}
