// validate, schema and ui_schema: what a subtype's domain info must look like.
import { SoftFailureError, StatusResponseSchema } from "@provena-sdk/http-core";
import { call } from "../context.js";
import { JsonSchemaResponseSchema, UiSchemaResponseSchema } from "@provena-sdk/models/registry";
import type { RouteScope } from "./route-scope.js";
import type { SignalOption, ValidationResult } from "./types.js";

export function validateAction<D>(scope: RouteScope): (domainInfo: D, options?: SignalOption) => Promise<ValidationResult> {
  return async (domainInfo, options = {}) => {
    // No client-side check here: asking the server is the point. A 422 still throws.
    try {
      await call(scope.context, {
        method: "POST",
        path: `${scope.base}/validate`,
        json: domainInfo,
        schema: StatusResponseSchema,
        idempotent: true,
        signal: options.signal,
        operationName: `${scope.operation}.validate`,
      });
      return { valid: true };
    } catch (error) {
      // RegistryValidationError ("Validation Error: …") or any other refusal.
      if (error instanceof SoftFailureError) return { valid: false, details: error.details ?? "" };
      throw error;
    }
  };
}

export function schemaAction(scope: RouteScope, which: "schema" | "ui_schema"): (options?: SignalOption) => Promise<Record<string, unknown>> {
  return async (options = {}) => {
    const body = await call(scope.context, {
      method: "GET",
      path: `${scope.base}/${which}`,
      schema: which === "schema" ? JsonSchemaResponseSchema : UiSchemaResponseSchema,
      signal: options.signal,
      operationName: `${scope.operation}.${which === "schema" ? "schema" : "uiSchema"}`,
    });
    return (which === "schema" ? (body as { json_schema?: Record<string, unknown> | null }).json_schema : (body as { ui_schema?: Record<string, unknown> | null }).ui_schema) ?? {};
  };
}
