// Every SDK validation goes through here. zod/mini registers no locale (that keeps a browser
// bundle small), so without one every issue would read "Invalid input". The messages below
// follow zod's English locale for the issues the SDK's models can raise, in a fraction of its
// size (the all-clients browser bundle has no room for the locale's tables). They are passed per
// parse, not set globally, so an application's own zod configuration is neither changed nor able
// to change the SDK's messages.
import * as z from "zod/mini";

const shown = (value: unknown): string => (typeof value === "string" ? JSON.stringify(value) : typeof value === "bigint" ? `${value}n` : String(value));
const received = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value === "number" && Number.isNaN(value) ? "NaN" : typeof value;
const UNITS: Readonly<Record<string, string>> = { string: "characters", array: "items", set: "items", file: "bytes" };

function bound(kind: "Too small" | "Too big", origin: string, adj: string, limit: unknown): string {
  const unit = UNITS[origin];
  return `${kind}: expected ${origin} to ${unit === undefined ? "be" : "have"} ${adj}${String(limit)}${unit === undefined ? "" : ` ${unit}`}`;
}

/** A clear English message for one zod issue, worded as zod's English locale words it. */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `Invalid input: expected ${issue.expected}, received ${received(issue.input)}`;
    case "invalid_value":
      return issue.values.length === 1 ? `Invalid input: expected ${shown(issue.values[0])}` : `Invalid option: expected one of ${issue.values.map(shown).join("|")}`;
    case "too_small":
      return bound("Too small", issue.origin, issue.exact === true ? "exactly " : issue.inclusive === true ? ">=" : ">", issue.minimum);
    case "too_big":
      return bound("Too big", issue.origin, issue.exact === true ? "exactly " : issue.inclusive === true ? "<=" : "<", issue.maximum);
    case "invalid_format":
      return issue.format === "regex" && issue.pattern !== undefined ? `Invalid string: must match pattern ${issue.pattern}` : `Invalid ${issue.format}`;
    case "not_multiple_of":
      return `Invalid number: must be a multiple of ${String(issue.divisor)}`;
    case "unrecognized_keys":
      return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.map(shown).join(", ")}`;
    case "invalid_union":
      if (issue.inclusive === false) return "Invalid input: more than one option matched";
      return issue.options !== undefined && issue.options.length > 0
        ? `Invalid discriminator value. Expected ${issue.options.map((o) => `'${String(o)}'`).join(" | ")}`
        : "Invalid input";
    case "invalid_key":
    case "invalid_element":
      return `Invalid ${issue.code === "invalid_key" ? "key" : "value"} in ${issue.origin}`;
    default:
      return "Invalid input";
  }
}

/** `schema.safeParse(value)` with clear English issue messages ("Invalid input: expected string, received number"). */
export function safeParse<T>(schema: z.core.$ZodType<T>, value: unknown): z.core.util.SafeParseResult<T> {
  return z.safeParse(schema, value, { error: issueMessage });
}

/** An issue's path as plain keys (symbols, which JSON cannot carry, as their description). */
export const issuePath = (issue: z.core.$ZodIssue): (string | number)[] => issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
