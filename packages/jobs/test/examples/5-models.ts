import { JobStatusValues, JobsModels, type JobStatusTable } from "@provena-sdk/jobs/models";

const response = JobsModels.lenient.GetJobResponse.parse({
  job: {
    session_id: "s-1",
    created_timestamp: 1_700_000_000,
    username: "ada",
    payload: {},
    job_type: "REGISTRY",
    job_sub_type: "REGISTER_CREATE_ACTIVITY",
    status: "IN_PROGRESS",
  },
});
const job: JobStatusTable = response.job;
const finished = job.status === "SUCCEEDED" || job.status === "FAILED";
console.error(finished, JobStatusValues);
