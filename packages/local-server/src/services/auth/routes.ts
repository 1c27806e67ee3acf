// Handlers of the auth service. Routes in the spec without a handler here answer 501.
import { sentryDebug } from "../common/admin.js";
import { echoUser, publicStatus } from "../common/check-access.js";
import { healthCheck } from "../common/health.js";
import type { ServiceRoutes } from "../handler.js";

export const authRoutes = {
  "GET /": healthCheck,
  "GET /check-access/public": publicStatus,
  "GET /check-access/general": echoUser,
  "GET /admin/sentry-debug": sentryDebug,
} satisfies ServiceRoutes<"auth">;
