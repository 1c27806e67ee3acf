// Waits for a registry activity with @provena-sdk/jobs: the REGISTER_*_ACTIVITY job, then the
// PROV_LODGE job its result names, under one timeout (JobsClient.waitForChain).
import { ProvenaError } from "@provena-sdk/http-core";
import type { JobsClient } from "@provena-sdk/jobs";
import type { ActivityWaiter, CompletedActivity, WaitOptions } from "./activity-waiter.js";

/** What waiting needs from a jobs client. */
export type ActivityJobs = Pick<JobsClient, "waitForChain">;

export const DEFAULT_ACTIVITY_TIMEOUT_MS = 120_000;

export function jobsActivityWaiter(jobs: () => ActivityJobs): ActivityWaiter {
  return {
    async waitForActivity(sessionId: string, options: WaitOptions): Promise<CompletedActivity> {
      const { job, lodgeJob } = await jobs().waitForChain(sessionId, {
        signal: options.signal,
        timeoutMs: options.timeoutMs ?? DEFAULT_ACTIVITY_TIMEOUT_MS,
        pollIntervalMs: options.pollIntervalMs,
        onProgress: (seen) => options.onProgress?.({ stage: seen.session_id === sessionId ? "registry" : "lodge", sessionId: seen.session_id, status: seen.status }),
      });
      const result = job.result ?? {};
      const activityId = result["creation_activity_id"] ?? result["version_activity_id"];
      if (typeof activityId !== "string" || lodgeJob === null) {
        throw new ProvenaError(`Registry job ${sessionId} succeeded without an activity id and a lodge job in its result`);
      }
      return { sessionId, activityId, lodgeSessionId: lodgeJob.session_id };
    },
  };
}
