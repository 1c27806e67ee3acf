// Every job sub-type the local server can run, gathered from the services that define them.
// A sub-type without a worker fails its job with a clear `info`.
// Built on first use: the prov workers reach the registry's write actions, which import the
// job runner that imports this module, so nothing here may run while modules load.
import { provJobWorkers } from "../prov/job-workers.js";
import { registryJobWorkers } from "../registry/job-workers.js";
import { builtinJobWorkers } from "./builtin-workers.js";
import type { JobWorker, JobWorkerTable } from "./worker.js";

let table: JobWorkerTable | undefined;

export function workerFor(subType: string): JobWorker | undefined {
  table ??= { ...builtinJobWorkers, ...registryJobWorkers, ...provJobWorkers };
  return Object.hasOwn(table, subType) ? table[subType] : undefined;
}
