// The registry models as a pydantic v1 server validates request bodies: unknown keys dropped
// (kept out of stored items) except on `Extra.forbid` models, which reject them; enums strict;
// optional fields absent or null. Built once per process from the shared generated models.
import { z } from "zod";
import type { ModelKit } from "@provena-sdk/http-core";
import { buildRegistryModels, type RegistryModelSet } from "@provena-sdk/models/registry";

const serverKit: ModelKit = {
  // "lenient" only selects the plain (non-literal, non-discriminated) shapes; strictness of
  // keys and enums is what the methods below decide.
  mode: "lenient",
  // z.object strips unknown keys, as pydantic's default `Extra.ignore` does.
  object: ((shape: z.ZodRawShape) => z.object(shape)) as unknown as ModelKit["object"],
  enum: (values) => z.enum(values as unknown as [string, ...string[]]),
  optional: (schema) => schema.nullable().optional(),
};

let models: RegistryModelSet | undefined;

/** Request-body models with pydantic semantics. */
export function requestModels(): RegistryModelSet {
  models ??= buildRegistryModels(serverKit, { forbidExtra: true });
  return models;
}
