// Handlers of the prov service: every operation of prov.json (behaviour.md §4).
import { standardRoutes } from "../common/standard-routes.js";
import type { ServiceRoutes } from "../handler.js";
import { provAdminRoutes } from "./admin-routes.js";
import { bulkRoutes } from "./bulk/bulk-routes.js";
import { exploreRoutes } from "./explore-routes.js";
import { modelRunRoutes } from "./model-run-routes.js";

export const provRoutes = {
  ...standardRoutes,
  ...modelRunRoutes,
  ...exploreRoutes,
  ...provAdminRoutes,
  ...bulkRoutes,
} satisfies ServiceRoutes<"prov">;
