// Client-side check of request bodies against the generated domain-info models (http-core's
// checkRequestBody), in the transport's validation mode, unless the client turned it off.
import { checkRequestBody as check } from "@provena-sdk/http-core";
import type { RegistryContext } from "./context.js";
import type { SubtypeModels } from "./subtypes/definitions.js";

export function checkRequestBody(context: RegistryContext, models: SubtypeModels, body: unknown, operationName: string): void {
  if (!context.validateRequests) return;
  const mode = context.transport.validation;
  check(models.domainInfo(mode), body, { operationName, model: models.domainInfoName, mode });
}
