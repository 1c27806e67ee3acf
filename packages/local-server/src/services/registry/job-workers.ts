// Job workers the registry defines. REGISTER_* create the Create/Version activity item (as
// the job's user, general roles [metadata-read]) and chain a PROV_LODGE job, whose workers
// (prov/job-workers.ts) write the activity into the lineage graph.
import type { JobStatusTable } from "@provena-sdk/models/jobs";
import type { ServiceContext } from "../context.js";
import type { JobLauncher, JobWorker, JobWorkerTable } from "../jobs/worker.js";
import { writeActivityItem } from "./activity-items.js";

function text(payload: Readonly<Record<string, unknown>>, key: string): string {
  const value = payload[key];
  if (typeof value !== "string") throw new Error(`Job payload field ${key} must be a string.`);
  return value;
}

const registerCreateActivity: JobWorker = (job: JobStatusTable, context: ServiceContext, launcher: JobLauncher) => {
  const payload = job.payload;
  const createdId = text(payload, "created_item_id");
  const linkedPerson = text(payload, "linked_person_id");
  const activityId = writeActivityItem(context, job.username, "CREATE", {
    display_name: `Created item ${createdId}`,
    created_item_id: createdId,
  });
  const lodge = launcher.launch({
    username: job.username,
    job_type: "PROV_LODGE",
    job_sub_type: "LODGE_CREATE_ACTIVITY",
    payload: {
      created_item_id: createdId,
      creation_activity_id: activityId,
      linked_person_id: linkedPerson,
      created_item_subtype: text(payload, "created_item_subtype"),
    },
  });
  return Promise.resolve({ creation_activity_id: activityId, lodge_session_id: lodge.session_id });
};

const registerVersionActivity: JobWorker = (job, context, launcher) => {
  const payload = job.payload;
  const from = text(payload, "from_version_id");
  const to = text(payload, "to_version_id");
  const version = payload.version_number;
  if (typeof version !== "number") throw new Error("Job payload field version_number must be an integer.");
  const activityId = writeActivityItem(context, job.username, "VERSION", {
    display_name: `(V${version}) Version from ${from} to ${to}`,
    reason: text(payload, "reason"),
    from_item_id: from,
    to_item_id: to,
    new_version_number: version,
  });
  const lodge = launcher.launch({
    username: job.username,
    job_type: "PROV_LODGE",
    job_sub_type: "LODGE_VERSION_ACTIVITY",
    payload: {
      from_version_id: from,
      to_version_id: to,
      version_activity_id: activityId,
      linked_person_id: text(payload, "linked_person_id"),
      item_subtype: text(payload, "item_subtype"),
    },
  });
  return Promise.resolve({ version_activity_id: activityId, lodge_session_id: lodge.session_id });
};

export const registryJobWorkers: JobWorkerTable = {
  REGISTER_CREATE_ACTIVITY: registerCreateActivity,
  REGISTER_VERSION_ACTIVITY: registerVersionActivity,
};
