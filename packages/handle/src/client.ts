// The ID service (Handle) client: mint handles, read and list them, and edit their values.
// Upstream wraps the ARDC PID service; a handle is `{ id, properties: [{ type, value, index }] }`.
import { checkHealth, createTransport, type HealthOptions, type ServiceHealth, type Transport, type TransportOptions } from "@provena-sdk/http-core";
import type { Handle, ValueType } from "./models.js";
import { WRITES, checkId, checkIndex, checkValue, getHandle, listHandles, writeHandle, type CallOptions } from "./requests.js";

/** Options of {@link HandleClient}. */
export interface HandleClientOptions {
  /** The transport (endpoints, token provider, retries, validation mode) every call uses. */
  readonly transport: Transport;
}

/** Options of the calls that write a handle value (`mint`, `addValue`, `modifyValue`). */
export interface ValueOptions extends CallOptions {
  /** The value's type: "URL" (default) or "DESC". */
  readonly type?: ValueType | undefined;
}

/**
 * A client for Provena's ID service (`/id-service`): mints handles, reads and lists them, and adds,
 * changes and removes their values. Writes need the handle read and write roles; failures reject
 * with http-core's errors, or {@link HandleRequestError} when a value or index is refused before sending.
 */
export class HandleClient {
  readonly #transport: Transport;

  constructor(options: HandleClientOptions) {
    this.#transport = options.transport;
  }

  /** Mints a new handle holding `value` (a URL unless `type` says otherwise). Needs handle read + write. */
  async mint(value: string, options: ValueOptions = {}): Promise<Handle> {
    return writeHandle(this.#transport, WRITES.mint, { value_type: options.type ?? "URL", value: checkValue(value) }, options);
  }

  /** Adds `value` to the handle at the next free index; resolves with the handle as it now is. */
  async addValue(id: string, value: string, options: ValueOptions = {}): Promise<Handle> {
    return writeHandle(this.#transport, WRITES.addValue, { id: checkId(id), value_type: options.type ?? "URL", value: checkValue(value) }, options);
  }

  /** Adds `value` at `index` (which must be free). */
  async addValueByIndex(id: string, index: number, value: string, options: ValueOptions = {}): Promise<Handle> {
    return writeHandle(
      this.#transport,
      WRITES.addValueByIndex,
      { id: checkId(id), index: checkIndex(index), value_type: options.type ?? "URL", value: checkValue(value) },
      options,
    );
  }

  /** Replaces the value at `index` (its type is kept). */
  async modifyByIndex(id: string, index: number, value: string, options: CallOptions = {}): Promise<Handle> {
    return writeHandle(this.#transport, WRITES.modifyByIndex, { id: checkId(id), index: checkIndex(index), value: checkValue(value) }, options);
  }

  /** Removes the value at `index`. */
  async removeByIndex(id: string, index: number, options: CallOptions = {}): Promise<Handle> {
    return writeHandle(this.#transport, WRITES.removeByIndex, { id: checkId(id), index: checkIndex(index) }, options);
  }

  /** The handle with every value. Needs handle read. */
  async get(id: string, options?: CallOptions): Promise<Handle> {
    return getHandle(this.#transport, id, options);
  }

  /** Every handle id under the service's prefix (the route is not paginated). */
  async list(options?: CallOptions): Promise<string[]> {
    return listHandles(this.#transport, options);
  }

  /** The ID service's public health route (`GET /`); sends no token. */
  health(options?: HealthOptions): Promise<ServiceHealth> {
    return checkHealth(this.#transport, "handle", options);
  }
}

/** A HandleClient on a new transport built from `options` (see http-core's `createTransport`). */
export function createHandleClient(options: TransportOptions): HandleClient {
  return new HandleClient({ transport: createTransport(options) });
}
