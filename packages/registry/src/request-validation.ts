// Client-side check of request bodies against the generated domain-info models (http-core's
// checkRequestBody), in the transport's validation mode, unless the client turned it off.
import { checkRequestBody as check } from "@provena-sdk/http-core";
import type { RegistryModelName } from "@provena-sdk/models/registry";
import { RegistryModels } from "@provena-sdk/models/registry";
import type { RegistryContext } from "./context.js";

export function checkRequestBody(context: RegistryContext, model: RegistryModelName, body: unknown, operationName: string): void {
  if (!context.validateRequests) return;
  const mode = context.transport.validation;
  check(RegistryModels.get(mode)[model], body, { operationName, model, mode });
}
