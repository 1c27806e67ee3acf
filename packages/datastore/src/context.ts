// What every part of the client shares, and `invoke`: one call of a route from DATASTORE_ROUTES,
// with the client-side body check, response validation and the mapping to typed refusals.
import type { QueryValue, Transport } from "@provena-sdk/http-core";
import { RequestValidationError, checkRequestBody } from "@provena-sdk/http-core";
import { DatastoreModels } from "@provena-sdk/models/datastore";
import type { CollectionFormat, DatastoreModelName } from "@provena-sdk/models/datastore";
import { classifyError } from "./errors/classify.js";
import { collectionFormatIssues } from "./metadata/collection-rules.js";
import type { RequestOf, ResponseOf } from "./routes/models.js";
import { responseSchema } from "./routes/models.js";
import type { RouteName } from "./routes/table.js";
import { DATASTORE_ROUTES } from "./routes/table.js";
import type { ActivityJobs } from "@provena-sdk/jobs";

export interface DatastoreContext {
  readonly transport: Transport;
  /** Check request bodies (model + field rules) before sending. */
  readonly validateRequests: boolean;
  /** The jobs client that waits for mint/version activities (made on first use). */
  readonly jobs: () => ActivityJobs;
}

/** The option every client call takes. */
export interface SignalOption {
  /** Cancels the call: it rejects with an AbortError (from `@provena-sdk/http-core`) and any retry stops. */
  readonly signal?: AbortSignal | undefined;
}

export interface InvokeInput<R extends RouteName> extends SignalOption {
  readonly query?: Record<string, QueryValue> | undefined;
  readonly json?: RequestOf<R> | undefined;
  /** Skip the client-side body check even when request checks are on (validate asks the server). */
  readonly skipRequestCheck?: boolean | undefined;
}

export async function invoke<R extends RouteName>(context: DatastoreContext, route: R, input: InvokeInput<R> = {}): Promise<ResponseOf<R>> {
  const entry = DATASTORE_ROUTES[route];
  const operationName = `datastore.${route}`;
  const request = "request" in entry ? entry.request : undefined;
  if (request !== undefined && context.validateRequests && input.skipRequestCheck !== true) checkBody(context, request, input.json, operationName);
  try {
    return await context.transport.request({
      service: "datastore",
      method: entry.method,
      path: entry.path,
      query: input.query,
      json: input.json,
      schema: responseSchema(route),
      envelope: entry.envelope,
      idempotent: "idempotent" in entry ? entry.idempotent : undefined,
      signal: input.signal,
      operationName,
    });
  } catch (error) {
    throw classifyError(error, route);
  }
}

// The model first (http-core's check); for dataset metadata, then the field rules it cannot express.
function checkBody(context: DatastoreContext, model: DatastoreModelName, body: unknown, operationName: string): void {
  const mode = context.transport.validation;
  checkRequestBody(DatastoreModels.get(mode)[model], body, { operationName, model, mode });
  if (model !== "CollectionFormat") return;
  const issues = collectionFormatIssues(body as CollectionFormat);
  if (issues.length > 0) throw new RequestValidationError({ operationName, model, mode, issues });
}
