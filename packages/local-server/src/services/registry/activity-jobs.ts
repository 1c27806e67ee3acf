// Launching the REGISTRY jobs that register Create and Version activities (§2.5, §7.1) on the
// server's job runner, on behalf of the acting user so they can poll them.
import type { ServiceContext } from "../context.js";
import { JOB_RUNNER } from "../jobs/runner.js";

export function launchCreateActivity(context: ServiceContext, username: string, payload: { created_item_id: string; created_item_subtype: string; linked_person_id: string }): string {
  return context.store(JOB_RUNNER).launch({ username, job_type: "REGISTRY", job_sub_type: "REGISTER_CREATE_ACTIVITY", payload }).session_id;
}

export function launchVersionActivity(
  context: ServiceContext,
  username: string,
  payload: { reason: string; version_number: number; from_version_id: string; to_version_id: string; linked_person_id: string; item_subtype: string },
): string {
  return context.store(JOB_RUNNER).launch({ username, job_type: "REGISTRY", job_sub_type: "REGISTER_VERSION_ACTIVITY", payload }).session_id;
}
