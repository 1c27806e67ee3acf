// The ID service's handle operations as transport calls. Responses carry no status envelope;
// every write answers the whole Handle as it is afterwards.
import type { Transport } from "@provena-sdk/http-core";
import { HandleRequestError } from "./errors.js";
import { HandleSchema, ListResponseSchema, type Handle, type ListResponse } from "./models.js";

/** Options every handle call accepts. */
export interface CallOptions {
  /** Aborts the call (rejects with http-core's AbortError). */
  readonly signal?: AbortSignal | undefined;
}

type Write = { readonly method: "POST" | "PUT"; readonly path: string; readonly name: string };

export const WRITES = {
  mint: { method: "POST", path: "/handle/mint", name: "handle.mint" },
  addValue: { method: "POST", path: "/handle/add_value", name: "handle.addValue" },
  addValueByIndex: { method: "POST", path: "/handle/add_value_by_index", name: "handle.addValueByIndex" },
  modifyByIndex: { method: "PUT", path: "/handle/modify_by_index", name: "handle.modifyByIndex" },
  removeByIndex: { method: "POST", path: "/handle/remove_by_index", name: "handle.removeByIndex" },
} as const satisfies Record<string, Write>;

export function writeHandle(transport: Transport, write: Write, body: Record<string, unknown>, options: CallOptions = {}): Promise<Handle> {
  return transport.request({
    service: "handle",
    method: write.method,
    path: write.path,
    json: body,
    envelope: false,
    schema: HandleSchema,
    signal: options.signal,
    operationName: write.name,
  });
}

export function getHandle(transport: Transport, id: string, options: CallOptions = {}): Promise<Handle> {
  return transport.request({
    service: "handle",
    method: "GET",
    path: "/handle/get",
    query: { id: checkId(id) },
    envelope: false,
    schema: HandleSchema,
    signal: options.signal,
    operationName: "handle.get",
  });
}

export async function listHandles(transport: Transport, options: CallOptions = {}): Promise<string[]> {
  const body: ListResponse = await transport.request({
    service: "handle",
    method: "GET",
    path: "/handle/list",
    envelope: false,
    schema: ListResponseSchema,
    signal: options.signal,
    operationName: "handle.list",
  });
  return body.ids;
}

export function checkId(id: string): string {
  if (typeof id !== "string" || id.trim() === "") throw new HandleRequestError("id", `A handle id must be a non-empty string, got ${JSON.stringify(id)}.`);
  return id;
}

export function checkIndex(index: number): number {
  // Handle value indexes are positive (the Handle System has no index 0).
  if (!Number.isSafeInteger(index) || index < 1) throw new HandleRequestError("index", `A handle value index must be a positive integer, got ${String(index)}.`);
  return index;
}

export function checkValue(value: string): string {
  if (typeof value !== "string") throw new HandleRequestError("value", `A handle value must be a string, got ${typeof value}.`);
  return value;
}
