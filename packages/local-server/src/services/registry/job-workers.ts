// Job workers the registry defines (REGISTER_CREATE_ACTIVITY, REGISTER_VERSION_ACTIVITY and
// the PROV_LODGE sub-types they chain to). Filled in by the registry's implementation.
import type { JobWorkerTable } from "../jobs/worker.js";

export const registryJobWorkers: JobWorkerTable = {};
