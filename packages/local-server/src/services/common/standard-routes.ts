// The routes every service except auth-api shares: health, the four check-access routes and
// sentry-debug. Their roles differ per service but come from the index, not from here.
import { sentryDebug } from "./admin.js";
import { echoUser } from "./check-access.js";
import { healthCheck } from "./health.js";

export const standardRoutes = {
  "GET /": healthCheck,
  "GET /check-access/check-general-access": echoUser,
  "GET /check-access/check-read-access": echoUser,
  "GET /check-access/check-write-access": echoUser,
  "GET /check-access/check-admin-access": echoUser,
  "GET /admin/sentry-debug": sentryDebug,
} as const;
