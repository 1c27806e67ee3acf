// Handlers of the jobs service: every operation of job.json (behaviour.md §7.1).
import { standardRoutes } from "../common/standard-routes.js";
import type { ServiceRoutes } from "../handler.js";
import { fetchAnyJob, launchJob, listAllJobs, listAnyBatch } from "./admin-routes.js";
import { jobServiceConfig } from "./config.js";
import { fetchUserJob, listUserBatch, listUserJobs, retryUnsupported } from "./user-routes.js";

export const jobsRoutes = {
  ...standardRoutes,
  "GET /admin/config": jobServiceConfig,
  "GET /jobs/user/fetch": fetchUserJob,
  "POST /jobs/user/list": listUserJobs,
  "POST /jobs/user/list_batch": listUserBatch,
  "POST /jobs/user/retry": retryUnsupported,
  "POST /jobs/admin/launch": launchJob,
  "GET /jobs/admin/fetch": fetchAnyJob,
  "POST /jobs/admin/list": listAllJobs,
  "POST /jobs/admin/list_batch": listAnyBatch,
  "POST /jobs/admin/retry": retryUnsupported,
} satisfies ServiceRoutes<"jobs">;
