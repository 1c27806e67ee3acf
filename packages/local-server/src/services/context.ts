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

/** Server-wide knobs services read (from `LocalServerOptions`). */
export interface ServiceSettings {
  /** Delay before each job status step (row written, DEQUEUED, IN_PROGRESS), in ms. */
  readonly jobStepDelayMs: number;
  /** Folder for the S3 endpoint's object bytes; default a temporary folder removed on stop. */
  readonly objectsDir?: string | undefined;
  /** Lifetime of issued dataset credentials in seconds; default the storage's (8 h). */
  readonly datasetCredentialLifetimeSeconds?: number | undefined;
}

export const DEFAULT_SERVICE_SETTINGS: ServiceSettings = { jobStepDelayMs: 25 };

export interface ServiceContext {
  readonly origin: string;
  readonly endpoints: ServiceEndpoints;
  readonly realm: Realm;
  /** Durable-shaped state: every table a handler keeps lives here (see store/storage.ts). */
  readonly storage: Storage;
  store<T>(definition: StoreDefinition<T>): T;
  readonly settings: ServiceSettings;
  /** Registers cleanup that `server.stop()` runs (e.g. the job runner's timers). */
  onDispose(hook: () => void): void;
}

/** The context plus the server's handle to run the dispose hooks (once). */
export interface OwnedServiceContext extends ServiceContext {
  dispose(): void;
}

export function createServiceContext(
  origin: string,
  endpoints: ServiceEndpoints,
  realm: Realm,
  storage: Storage,
  settings: ServiceSettings = DEFAULT_SERVICE_SETTINGS,
): OwnedServiceContext {
  const stores = new Map<StoreDefinition<unknown>, unknown>();
  const disposeHooks: (() => void)[] = [];
  const context: OwnedServiceContext = {
    origin,
    endpoints,
    realm,
    storage,
    settings,
    onDispose: (hook) => void disposeHooks.push(hook),
    dispose: () => {
      for (const hook of disposeHooks.splice(0)) hook();
    },
    store<T>(definition: StoreDefinition<T>): T {
      if (!stores.has(definition)) stores.set(definition, definition.create(context));
      return stores.get(definition) as T;
    },
  };
  return context;
}
