// Client-side check of a request body against its model, so a bad field is reported by name
// before anything is sent (RequestValidationError). The caller picks the model for the
// transport's validation mode: lenient catches missing and mistyped fields; strict also
// refuses unknown keys and enum values.
import type * as z from "zod/mini";
import { RequestValidationError } from "../errors/request-validation-error.js";
import { issuePath, safeParse } from "./parse.js";

/** What {@link checkRequestBody} names in its error. */
export interface CheckRequestContext {
  /** The SDK operation whose body is checked, e.g. `prov.admin.storeRecord`. */
  readonly operationName: string;
  /** The model's name, for the message (e.g. "ModelRunRecord"). */
  readonly model: string;
  /** The validation mode the schema was built for; reported in the error, it does not change the check. */
  readonly mode: "lenient" | "strict";
}

/**
 * Checks a request body against its model before sending, so a bad field is reported by name.
 *
 * @throws {@link RequestValidationError} listing every issue when `body` does not match `schema`.
 */
export function checkRequestBody(schema: z.core.$ZodType, body: unknown, context: CheckRequestContext): void {
  const result = safeParse(schema, body);
  if (result.success) return;
  throw new RequestValidationError({
    ...context,
    issues: result.error.issues.map((issue) => ({ path: issuePath(issue), message: issue.message })),
  });
}
