// Client-side check of request bodies against the generated domain-info models, so a bad field
// is reported by name before anything is sent. The model is built for the transport's
// validation mode: lenient catches missing and mistyped fields; strict also refuses unknown
// keys and enum values (what the tests use).
import type { RegistryModelName } from "@provena-sdk/models/registry";
import { RegistryModels } from "@provena-sdk/models/registry";
import type { z } from "zod";
import type { RegistryContext } from "./context.js";
import { RequestValidationError } from "./errors/registry-errors.js";

export function checkRequestBody(context: RegistryContext, model: RegistryModelName, body: unknown, operationName: string): void {
  if (!context.validateRequests) return;
  const mode = context.transport.validation;
  const schema = RegistryModels.get(mode)[model] as z.ZodType;
  const result = schema.safeParse(body);
  if (result.success) return;
  throw new RequestValidationError({
    operationName,
    model,
    mode,
    issues: result.error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: issue.message })),
  });
}
