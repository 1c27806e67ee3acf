// What every part of the prov client shares: the transport, the request-validation switch and
// the jobs client that `{ wait: true }` polls. `call` sends to the prov service.
import type { Operation, Transport } from "@provena-sdk/http-core";
import type { JobsClient } from "@provena-sdk/jobs";

/** What waiting needs from a jobs client. */
export type ProvJobs = Pick<JobsClient, "waitFor" | "listBatch">;

export interface ProvContext {
  readonly transport: Transport;
  /** Check request bodies (and explore depths) before sending. */
  readonly validateRequests: boolean;
  readonly jobs: () => ProvJobs;
}

export function call<T>(context: ProvContext, op: Operation<T> & { operationName: string }): Promise<T> {
  return context.transport.request({ service: "prov", ...op });
}

/** An AbortSignal option, as every call takes. */
export interface SignalOption {
  /** Aborts the call (it rejects with http-core's AbortError). */
  readonly signal?: AbortSignal | undefined;
}
