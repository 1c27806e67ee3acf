// What every sub-client shares: the transport, the request-validation switch and the waiter for
// registry jobs. `call` adds the operation name and maps soft failures to registry errors.
import type { Operation, Transport } from "@provena-sdk/http-core";
import { activityJobs } from "@provena-sdk/jobs";
import type { SoftFailureKind } from "./errors/classify.js";
import { classifySoftFailure } from "./errors/classify.js";
import type { ActivityJobs } from "@provena-sdk/jobs";

export interface RegistryContext {
  readonly transport: Transport;
  /** Check create/update/validate bodies against the domain-info model before sending. */
  readonly validateRequests: boolean;
  /** The jobs client that waits for create/version activities (made on first use). */
  readonly jobs: () => ActivityJobs;
}

/** The context of one client: `jobs` defaults to the Job API on the same transport, made on first use. */
export function createContext(options: { readonly transport: Transport; readonly validateRequests?: boolean | undefined; readonly jobs?: ActivityJobs | undefined }): RegistryContext {
  const { transport } = options;
  let jobs = options.jobs;
  return {
    transport,
    validateRequests: options.validateRequests ?? true,
    jobs: () => (jobs ??= activityJobs(transport)),
  };
}

export interface CallOptions {
  /** How to read a soft failure: "fetch" maps not-found/seed, "write" maps validation. */
  readonly kind?: SoftFailureKind;
  /** The id asked for, carried by ItemNotFoundError. */
  readonly id?: string;
}

// Only the transport is read, so the modular functions (which have no RegistryContext) share it.
export async function call<T>(context: Pick<RegistryContext, "transport">, op: Operation<T> & { operationName: string }, options: CallOptions = {}): Promise<T> {
  try {
    return await context.transport.request({ service: "registry", ...op });
  } catch (error) {
    throw classifySoftFailure(error, options.kind ?? "write", options.id);
  }
}
