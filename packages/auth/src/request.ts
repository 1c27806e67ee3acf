// One place that turns an Auth API operation into a transport call and maps the transport's
// SoftFailureError to this package's typed errors.
import { SoftFailureError, type Operation, type QueryValue, type Transport, type ValidationMode } from "@provena-sdk/http-core";
import type * as z from "zod/mini";
import { AuthModels, type AuthModelSet } from "./models.js";

/** Options every Auth API call accepts. */
export interface CallOptions {
  /** Aborts the call (rejects with http-core's AbortError). */
  signal?: AbortSignal | undefined;
}

type ModelName = keyof AuthModelSet;
type ModelType<N extends ModelName> = AuthModelSet[N] extends z.ZodMiniType<infer T> ? T : never;

export interface AuthCall<N extends ModelName> {
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  readonly path: string;
  readonly model: N;
  readonly query?: Record<string, QueryValue>;
  readonly json?: unknown;
  /** Default `true` (the `{status}` envelope); `"bare"` for a bare Status body; `false` for none. */
  readonly envelope?: boolean | "bare";
  readonly operationName: string;
  /** Maps the server's `details` to a typed error for soft failures. */
  readonly onSoftFailure?: (details: string, cause: SoftFailureError) => Error;
}

export async function call<N extends ModelName>(transport: Transport, spec: AuthCall<N>, options: CallOptions = {}): Promise<ModelType<N>> {
  const operation: Operation<ModelType<N>> = {
    service: "auth",
    method: spec.method,
    path: spec.path,
    query: spec.query,
    json: spec.json,
    envelope: spec.envelope ?? true,
    schema: (mode: ValidationMode) => AuthModels.get(mode)[spec.model] as unknown as z.ZodMiniType<ModelType<N>>,
    signal: options.signal,
    operationName: spec.operationName,
  };
  try {
    return await transport.request(operation);
  } catch (error) {
    if (error instanceof SoftFailureError && spec.onSoftFailure !== undefined) throw spec.onSoftFailure(error.details ?? "", error);
    throw error;
  }
}
