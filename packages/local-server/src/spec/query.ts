// Query parameters checked and coerced from the index, with FastAPI/pydantic v1's 422 shape.
import type { QueryParamSpec } from "./operation-spec.js";

export type QueryValue = string | number | boolean | null | undefined;
export type QueryValues = Readonly<Record<string, QueryValue>>;

export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
  ctx?: Record<string, unknown>;
}

const TRUE = new Set(["1", "on", "t", "true", "y", "yes"]);
const FALSE = new Set(["0", "off", "f", "false", "n", "no"]);

function coerce(spec: QueryParamSpec, raw: string): { value: QueryValue } | { issue: ValidationIssue } {
  const loc = ["query", spec.name];
  switch (spec.type) {
    case "string":
      return { value: raw };
    case "integer":
      return /^[+-]?\d+$/.test(raw.trim())
        ? { value: Number.parseInt(raw, 10) }
        : { issue: { loc, msg: "value is not a valid integer", type: "type_error.integer" } };
    case "number": {
      const n = Number(raw);
      return raw.trim() !== "" && Number.isFinite(n) ? { value: n } : { issue: { loc, msg: "value is not a valid float", type: "type_error.float" } };
    }
    case "boolean": {
      const lower = raw.toLowerCase();
      if (TRUE.has(lower)) return { value: true };
      if (FALSE.has(lower)) return { value: false };
      return { issue: { loc, msg: "value could not be parsed to a boolean", type: "type_error.bool" } };
    }
    case "enum": {
      const values = spec.values ?? [];
      return values.includes(raw)
        ? { value: raw }
        : {
            issue: {
              loc,
              msg: `value is not a valid enumeration member; permitted: ${values.map((v) => `'${v}'`).join(", ")}`,
              type: "type_error.enum",
              ctx: { enum_values: [...values] },
            },
          };
    }
  }
}

export type QueryResult = { ok: true; values: QueryValues } | { ok: false; issues: ValidationIssue[] };

/** Every declared parameter: coerced value, its default, `null` when nullable, or absent. */
export function parseQuery(specs: readonly QueryParamSpec[], query: URLSearchParams): QueryResult {
  const values: Record<string, QueryValue> = {};
  const issues: ValidationIssue[] = [];
  for (const spec of specs) {
    const raw = query.get(spec.name);
    if (raw === null) {
      if (spec.required) issues.push({ loc: ["query", spec.name], msg: "field required", type: "value_error.missing" });
      else values[spec.name] = spec.default ?? (spec.nullable ? null : undefined);
      continue;
    }
    const result = coerce(spec, raw);
    if ("issue" in result) issues.push(result.issue);
    else values[spec.name] = result.value;
  }
  return issues.length === 0 ? { ok: true, values } : { ok: false, issues };
}
