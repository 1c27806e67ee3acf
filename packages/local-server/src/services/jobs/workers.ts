// Every job sub-type the local server can run, gathered from the services that define them.
// A sub-type without a worker fails its job with a clear `info`.
import { registryJobWorkers } from "../registry/job-workers.js";
import { builtinJobWorkers } from "./builtin-workers.js";
import type { JobWorker, JobWorkerTable } from "./worker.js";

export const JOB_WORKERS: JobWorkerTable = {
  ...builtinJobWorkers,
  ...registryJobWorkers,
};

export function workerFor(subType: string): JobWorker | undefined {
  return JOB_WORKERS[subType];
}
