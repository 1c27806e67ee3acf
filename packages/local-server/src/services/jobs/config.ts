// `GET /admin/config`: upstream dumps its settings (untyped). Locally: the values that matter
// to a client, plus the runner's knob when `required_only=false`.
import { jsonReply } from "../../http/reply.js";
import type { OperationHandler } from "../handler.js";
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { servicePrefix } from "../../endpoints.js";

export const jobServiceConfig: OperationHandler<AuthenticatedUser> = ({ query, context }) => {
  const required = {
    service_name: "Job API (provena-local)",
    keycloak_endpoint: context.realm.issuer,
    base_url: `${context.origin}${servicePrefix("jobs")}`,
    test_mode: false,
  };
  if (query.required_only !== false) return jsonReply(200, required);
  return jsonReply(200, { ...required, job_step_delay_ms: context.settings.jobStepDelayMs, jobs_table: "jobs.jobs" });
};
