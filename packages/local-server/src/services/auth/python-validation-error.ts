// pydantic v1's `str(ValidationError)`, which upstream puts into import failure messages:
// "2 validation errors for UserGroup\nusers\n  field required (type=value_error.missing)".
// The errors are the same ones a 422 reports, only located from the model instead of "body".
import type * as z from "zod/mini";
import { toValidationIssues } from "../common/fastapi-422.js";

/** pydantic appends scalar `ctx` entries after the type (`; limit_value=1`). */
function ctxSuffix(ctx: Record<string, unknown> | undefined): string {
  return Object.entries(ctx ?? {})
    .filter((entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number")
    .map(([key, value]) => `; ${key}=${String(value)}`)
    .join("");
}

export function pythonValidationError(model: string, error: z.core.$ZodError, input: unknown): string {
  const issues = toValidationIssues(error, input, []);
  const lines = issues.map((issue) => {
    const loc = issue.loc.length === 0 ? "__root__" : issue.loc.map(String).join(" -> ");
    return `${loc}\n  ${issue.msg} (type=${issue.type}${ctxSuffix(issue.ctx)})`;
  });
  const count = issues.length;
  return `${count} validation error${count === 1 ? "" : "s"} for ${model}\n${lines.join("\n")}`;
}
