// Waits for a registry activity: first the REGISTER_*_ACTIVITY job, then the PROV_LODGE job
// its result names (`lodge_session_id`), under one overall deadline.
import { ProvenaError } from "@provena-sdk/http-core";
import type { ActivityProgress, ActivityWaiter, CompletedActivity, WaitOptions } from "./activity-waiter.js";

/** What the waiter needs from a jobs client: wait until a job succeeds (or throw). */
export interface JobWaiter {
  waitFor(
    sessionId: string,
    options: { signal?: AbortSignal | undefined; timeoutMs?: number | undefined; onProgress?: ((status: string) => void) | undefined },
  ): Promise<{ readonly result?: Record<string, unknown> | null | undefined }>;
}

export const DEFAULT_ACTIVITY_TIMEOUT_MS = 120_000;

export function chainedActivityWaiter(jobs: () => JobWaiter): ActivityWaiter {
  return {
    async waitForActivity(sessionId: string, options: WaitOptions): Promise<CompletedActivity> {
      const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_ACTIVITY_TIMEOUT_MS);
      const stage = (name: ActivityProgress["stage"], id: string) => ({
        signal: options.signal,
        timeoutMs: Math.max(1, deadline - Date.now()),
        onProgress: (status: string) => options.onProgress?.({ stage: name, sessionId: id, status }),
      });
      const registryJob = await jobs().waitFor(sessionId, stage("registry", sessionId));
      const result = registryJob.result ?? {};
      const activityId = result["creation_activity_id"] ?? result["version_activity_id"];
      const lodgeSessionId = result["lodge_session_id"];
      if (typeof activityId !== "string" || typeof lodgeSessionId !== "string") {
        throw new ProvenaError(`Registry job ${sessionId} succeeded without an activity id and a lodge session id in its result`);
      }
      await jobs().waitFor(lodgeSessionId, stage("lodge", lodgeSessionId));
      return { sessionId, activityId, lodgeSessionId };
    },
  };
}
