// Handlers of the handle service. Routes in the spec without a handler here answer 501.
import { standardRoutes } from "../common/standard-routes.js";
import type { ServiceRoutes } from "../handler.js";

export const handleRoutes = {
  ...standardRoutes,
} satisfies ServiceRoutes<"handle">;
