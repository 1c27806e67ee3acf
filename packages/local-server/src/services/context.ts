// What every service handler can reach: the origin, the realm, the other services' URLs, and
// per-server state. State lives in stores declared where they are used (`defineStore` in a
// service's own module) and created lazily once per server, so later services add state
// without touching a central file and two servers in one process never share it.
import type { ServiceEndpoints } from "@provena-sdk/http-core";
import type { Realm } from "../realm/realm.js";
import type { Storage } from "../store/storage.js";

export interface StoreDefinition<T> {
  readonly name: string;
  readonly create: (context: ServiceContext) => T;
}

/** Declares a per-server store; `context.store(def)` returns the same instance every time. */
export function defineStore<T>(name: string, create: (context: ServiceContext) => T): StoreDefinition<T> {
  return { name, create };
}

export interface ServiceContext {
  readonly origin: string;
  readonly endpoints: ServiceEndpoints;
  readonly realm: Realm;
  /** Durable-shaped state: every table a handler keeps lives here (see store/storage.ts). */
  readonly storage: Storage;
  store<T>(definition: StoreDefinition<T>): T;
}

export function createServiceContext(origin: string, endpoints: ServiceEndpoints, realm: Realm, storage: Storage): ServiceContext {
  const stores = new Map<StoreDefinition<unknown>, unknown>();
  const context: ServiceContext = {
    origin,
    endpoints,
    realm,
    storage,
    store<T>(definition: StoreDefinition<T>): T {
      if (!stores.has(definition)) stores.set(definition, definition.create(context));
      return stores.get(definition) as T;
    },
  };
  return context;
}
