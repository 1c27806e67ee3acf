// Handlers of the registry service: the shared standard routes, the generated per-subtype
// routes, the general and admin routes. The subtype keys are generated at runtime, so the
// table is checked against the spec index by a test (every registry operation is served).
import { standardRoutes } from "../common/standard-routes.js";
import type { OperationHandler, ServiceRoutes } from "../handler.js";
import { adminRoutes } from "./admin-routes.js";
import { generalRoutes } from "./general-routes.js";
import { subtypeRoutes } from "./subtype-routes.js";

const table: Record<string, OperationHandler> = {
  ...(standardRoutes as Record<string, OperationHandler>),
  ...(generalRoutes as Record<string, OperationHandler>),
  ...(adminRoutes as Record<string, OperationHandler>),
  ...subtypeRoutes(),
};

export const registryRoutes = table as ServiceRoutes<"registry">;
