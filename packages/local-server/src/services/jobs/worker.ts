// What a job worker is: the code that runs one job sub-type inside the local server's job
// runner. Services declare their workers in their own module (e.g. registry/job-workers.ts);
// jobs/workers.ts gathers them into one table by `job_sub_type`.
import type { JobStatusTable } from "@provena-sdk/models/jobs";
import type { ServiceContext } from "../context.js";

export interface JobLauncher {
  /** Starts a job on behalf of `username`; returns at once (the job runs later, in-process). */
  launch(input: LaunchJobInput): { session_id: string; batch_id: string | null };
}

export interface LaunchJobInput {
  readonly username: string;
  readonly job_type: string;
  readonly job_sub_type: string;
  readonly payload: Record<string, unknown>;
  readonly batch_id?: string | null;
}

/**
 * Runs one job. Resolve with the job's `result` (SUCCEEDED; `{}` is a valid result); throw to
 * fail it (FAILED, with the error's message as `info`). `launcher` lets a worker chain jobs
 * (a REGISTER_CREATE_ACTIVITY job launches its PROV_LODGE job).
 */
export type JobWorker = (job: JobStatusTable, context: ServiceContext, launcher: JobLauncher) => Promise<Record<string, unknown>>;

export type JobWorkerTable = Readonly<Partial<Record<string, JobWorker>>>;
