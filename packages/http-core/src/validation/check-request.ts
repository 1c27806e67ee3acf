// Client-side check of a request body against its model, so a bad field is reported by name
// before anything is sent (RequestValidationError). The caller picks the model for the
// transport's validation mode: lenient catches missing and mistyped fields; strict also
// refuses unknown keys and enum values.
import type { z } from "zod";
import { RequestValidationError } from "../errors/request-validation-error.js";

export interface CheckRequestContext {
  readonly operationName: string;
  /** The model's name, for the message (e.g. "ModelRunRecord"). */
  readonly model: string;
  readonly mode: "lenient" | "strict";
}

export function checkRequestBody(schema: z.ZodType, body: unknown, context: CheckRequestContext): void {
  const result = schema.safeParse(body);
  if (result.success) return;
  throw new RequestValidationError({
    ...context,
    issues: result.error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: issue.message })),
  });
}
