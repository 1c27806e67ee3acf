// pydantic v1's `str(ValidationError)`, which upstream puts into import failure messages:
// "2 validation errors for UserGroup\nusers\n  field required (type=value_error.missing)".
import type { z } from "zod";

export function pythonValidationError(model: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const loc = issue.path.length === 0 ? "__root__" : issue.path.map(String).join(" -> ");
    const missing = issue.code === "invalid_type" && /received undefined/.test(issue.message);
    const msg = missing ? "field required (type=value_error.missing)" : `${issue.message} (type=value_error)`;
    return `${loc}\n  ${msg}`;
  });
  const count = error.issues.length;
  return `${count} validation error${count === 1 ? "" : "s"} for ${model}\n${lines.join("\n")}`;
}
