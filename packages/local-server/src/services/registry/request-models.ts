// The registry's request-body models: the shared generated models built with the server kit
// (pydantic semantics), looked up by model name for the routes that pick one per subtype.
import type * as z from "zod/mini";
import { buildRegistryModels } from "@provena-sdk/models/registry";
import { serverModels } from "../common/server-model-kit.js";

/** Request-body models with pydantic semantics. */
export const requestModels = serverModels(buildRegistryModels);

/** The request model called `name` in the registry spec. */
export function requestModel(name: string): z.core.$ZodType {
  const schema = (requestModels() as unknown as Record<string, z.core.$ZodType | undefined>)[name];
  if (schema === undefined) throw new Error(`No registry request model ${name}`);
  return schema;
}
