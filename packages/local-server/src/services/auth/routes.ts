// Handlers of the auth service: every operation of auth.json.
import { sentryDebug } from "../common/admin.js";
import { echoUser, publicStatus } from "../common/check-access.js";
import { healthCheck } from "../common/health.js";
import type { ServiceRoutes } from "../handler.js";
import { accessControlRoutes } from "./access-control-routes.js";
import { adminConfig } from "./admin-config.js";
import { groupAdminRoutes } from "./group-admin-routes.js";
import { groupRoutes } from "./group-routes.js";
import { linkRoutes } from "./link-routes.js";

export const authRoutes = {
  "GET /": healthCheck,
  "GET /check-access/public": publicStatus,
  "GET /check-access/general": echoUser,
  "GET /admin/sentry-debug": sentryDebug,
  "GET /admin/config": adminConfig,
  ...accessControlRoutes,
  ...groupRoutes,
  ...groupAdminRoutes,
  ...linkRoutes,
} satisfies ServiceRoutes<"auth">;
