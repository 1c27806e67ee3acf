// Handlers of the search service: all eight operations of search.json.
import { standardRoutes } from "../common/standard-routes.js";
import type { ServiceRoutes } from "../handler.js";
import { searchAdminConfig } from "./admin-config.js";
import { searchEntityRegistry } from "./entity-registry.js";

export const searchRoutes = {
  ...standardRoutes,
  "GET /admin/config": searchAdminConfig,
  "GET /search/entity-registry": searchEntityRegistry,
} satisfies ServiceRoutes<"search">;
