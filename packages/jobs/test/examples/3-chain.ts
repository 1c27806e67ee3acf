import type { JobsClient } from "@provena-sdk/jobs";

declare const jobs: JobsClient;
declare const createSessionId: string;

// A registry create is two jobs: REGISTER_CREATE_ACTIVITY, whose result names the
// LODGE_CREATE_ACTIVITY job that lodges its provenance. Wait for both within one timeout.
const { job, lodgeJob } = await jobs.waitForChain(createSessionId, { timeoutMs: 5 * 60_000 });
console.error("Create activity:", job.result?.creation_activity_id, "lodged:", lodgeJob?.status);
