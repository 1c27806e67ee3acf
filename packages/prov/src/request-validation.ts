// Client-side check of request bodies against the shared prov models (http-core's
// checkRequestBody), in the transport's validation mode, unless the client turned it off.
import { checkRequestBody as check } from "@provena-sdk/http-core";
import type { ProvContext } from "./context.js";
import type { ProvModelName } from "./models.js";
import { ProvModels } from "./models.js";

export function checkRequestBody(context: ProvContext, model: ProvModelName, body: unknown, operationName: string): void {
  if (!context.validateRequests) return;
  const mode = context.transport.validation;
  check(ProvModels.get(mode)[model], body, { operationName, model, mode });
}
