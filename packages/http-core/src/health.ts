// Every Provena service answers a public `GET /` with `{"message": "Health check successful."}`.
// One helper so each service client's `health()` is the same call: no token is sent, so a
// health check never triggers a login.
import * as z from "zod/mini";
import { defineModels } from "./models.js";
import type { ServiceName } from "./services.js";
import type { Transport } from "./transport/types.js";

/** What a service's health route answered. */
export interface ServiceHealth {
  /** The service asked. */
  readonly service: ServiceName;
  /** The service's message, e.g. "Health check successful." */
  readonly message: string;
}

/** Options of a service client's `health()`. */
export interface HealthOptions {
  /** Aborts the check. */
  readonly signal?: AbortSignal | undefined;
}

const HealthModels = /* @__PURE__ */ defineModels((k) => ({ Health: k.object({ message: z.string() }) }));

/**
 * Calls `GET /` on `service`. Resolves when it answers 2xx with a message; any failure (network,
 * timeout, 5xx after retries, a body without a message) rejects with http-core's typed errors.
 */
export async function checkHealth(transport: Transport, service: ServiceName, options: HealthOptions = {}): Promise<ServiceHealth> {
  const body = await transport.request({
    service,
    method: "GET",
    path: "/",
    auth: false,
    envelope: false,
    schema: (mode) => HealthModels.get(mode).Health,
    signal: options.signal,
    operationName: `${service}.health`,
  });
  return { service, message: body.message };
}
