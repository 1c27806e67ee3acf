// One table of every service's handlers. A later issue adds a service's handlers in its own
// `services/<service>/routes.ts`; nothing else changes.
import type { ServiceName } from "@provena-sdk/http-core";
import { authRoutes } from "./auth/routes.js";
import { datastoreRoutes } from "./datastore/routes.js";
import { handleRoutes } from "./handle/routes.js";
import type { OperationHandler, ServiceRoutes } from "./handler.js";
import { jobsRoutes } from "./jobs/routes.js";
import { provRoutes } from "./prov/routes.js";
import { registryRoutes } from "./registry/routes.js";
import { searchRoutes } from "./search/routes.js";

export const SERVICE_ROUTES: { readonly [S in ServiceName]: ServiceRoutes<S> } = {
  datastore: datastoreRoutes,
  registry: registryRoutes,
  prov: provRoutes,
  auth: authRoutes,
  search: searchRoutes,
  jobs: jobsRoutes,
  handle: handleRoutes,
};

/** The handler for an operation key, if implemented. */
export function handlerFor(service: ServiceName, key: string): OperationHandler | undefined {
  return (SERVICE_ROUTES[service] as Readonly<Record<string, OperationHandler | undefined>>)[key];
}
