// The shared wire models as a pydantic v1 server validates request bodies: unknown keys
// dropped (pydantic's default `Extra.ignore`) except on `Extra.forbid` models, which reject
// them; enums strict; optional fields absent or null. One kit for every service.
import * as z from "zod/mini";
import type { BuildModelsOptions, ModelKit } from "@provena-sdk/http-core";

export const serverModelKit: ModelKit = {
  // "lenient" only selects the plain (non-literal, non-discriminated) shapes; strictness of
  // keys and enums is what the methods below decide.
  mode: "lenient",
  // z.object strips unknown keys; the cast only restates the kit's declared return type,
  // which describes the SDK's loose objects.
  object: <S extends z.core.$ZodShape>(shape: S) => z.object(shape) as unknown as z.ZodMiniObject<S, z.core.$loose>,
  enum: (values) => z.enum(values as unknown as [string, ...string[]]),
  optional: (schema) => z.optional(z.nullable(schema)),
};

/** A service's request models built once, on first use, with the server kit and `Extra.forbid`. */
export function serverModels<M>(build: (kit: ModelKit, options: BuildModelsOptions) => M): () => M {
  let models: M | undefined;
  return () => (models ??= build(serverModelKit, { forbidExtra: true }));
}
