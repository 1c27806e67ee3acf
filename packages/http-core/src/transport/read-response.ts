// Reading a 2xx body: parse it, apply Provena's status envelope, validate it with zod.
import type * as z from "zod/mini";
import type { RequestContext } from "../errors/request-context.js";
import { ResponseValidationError, SoftFailureError } from "../errors/response-errors.js";
import type { ResponseIssue } from "../errors/response-errors.js";
import { isRecord } from "../errors/server-message.js";
import { schemaFor } from "../models.js";
import { compiledCheck } from "../validation/compiled-check.js";
import { issuePath, safeParse } from "../validation/parse.js";
import type { ResponseSchema, ValidationMode } from "../models.js";
import { redactValues, redactValuesDeep } from "../util/redact.js";
import type { Operation } from "./types.js";

/** Parses an error body: JSON when it is JSON, else the text (undefined when empty). */
export function parseErrorBody(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function readSuccessBody<T>(
  op: Operation<T>,
  text: string,
  status: number,
  context: RequestContext,
  mode: ValidationMode,
  secrets: () => readonly (string | undefined)[] = () => [],
): T {
  let value: unknown = text;
  if ((op.responseType ?? "json") === "json") {
    value = parseJson(text, status, context, mode);
    checkEnvelope(op.envelope ?? true, value, status, context, secrets);
  }
  if (op.schema === undefined) return value as T;
  return validate(schemaFor(op.schema, mode), value, status, context, mode);
}

function parseJson(text: string, status: number, context: RequestContext, mode: ValidationMode): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // No cause: JSON.parse's SyntaxError quotes the start of the body, which may be a token.
    throw new ResponseValidationError({
      ...context,
      status,
      mode,
      issues: [{ path: [], code: "invalid_json", message: "the response body is not valid JSON" }],
    });
  }
}

function checkEnvelope(envelope: boolean | "bare", body: unknown, status: number, context: RequestContext, secrets: () => readonly (string | undefined)[]): void {
  if (envelope === false || !isRecord(body)) return;
  const statusObject = envelope === "bare" ? body : body["status"];
  if (isRecord(statusObject) && statusObject["success"] === false) {
    const details = statusObject["details"];
    const values = secrets();
    throw new SoftFailureError({
      ...context,
      status,
      details: typeof details === "string" ? redactValues(details, values) : undefined,
      body: redactValuesDeep(body, values),
    });
  }
}


/** Checks an already-received body against a model; a mismatch is a ResponseValidationError. */
export function validateBody<T>(schema: ResponseSchema<T>, value: unknown, context: RequestContext & { status?: number | undefined }, mode: ValidationMode): T {
  return validate(schemaFor(schema, mode), value, context.status ?? 200, context, mode);
}

function validate<T>(schema: z.core.$ZodType<T>, value: unknown, status: number, context: RequestContext, mode: ValidationMode): T {
  // Lenient mode keeps the body as it arrived; a compiled check says whether it is valid
  // without zod building a copy of it. zod still parses anything that fails, for its issues.
  if (mode === "lenient" && compiledCheck(schema)?.(value) === true) return value as T;
  const result = safeParse(schema, value);
  if (result.success) return result.data;
  const issues: ResponseIssue[] = result.error.issues.map((issue) => ({
    path: issuePath(issue),
    code: issue.code,
    message: issue.message,
  }));
  throw new ResponseValidationError({ ...context, status, mode, issues });
}
