// Mint and version start a registry job (REGISTER_CREATE/VERSION_ACTIVITY) whose result names the
// activity item and a chained PROV_LODGE job; "waiting" means both succeeded, under one timeout
// (@provena-sdk/jobs' waitForChain). A failed wait is an ActivityWaitError carrying the handle.
import { ProvenaError } from "@provena-sdk/http-core";
import type { JobsClient } from "@provena-sdk/jobs";
import { ActivityWaitError } from "../errors/datastore-errors.js";

/** How to wait: `true` for the defaults, or options. */
export type WaitOption = boolean | WaitOptions;

export interface WaitOptions {
  /** Give up after this long (both jobs together). Default 120 000 ms. */
  readonly timeoutMs?: number | undefined;
  /** First pause between polls (then backing off). Default: @provena-sdk/jobs' (500 ms). */
  readonly pollIntervalMs?: number | undefined;
  readonly signal?: AbortSignal | undefined;
  /** Called with each job status seen while polling. */
  readonly onProgress?: ((progress: ActivityProgress) => void) | undefined;
}

export interface ActivityProgress {
  /** "registry": the REGISTER_*_ACTIVITY job; "lodge": the PROV_LODGE job it chained. */
  readonly stage: "registry" | "lodge";
  readonly sessionId: string;
  readonly status: string;
}

/** Both jobs of a create or version activity succeeded. */
export interface CompletedActivity {
  /** The registry job's session id. */
  readonly sessionId: string;
  /** The Create or Version activity item the job registered. */
  readonly activityId: string;
  /** The chained PROV_LODGE job's session id. */
  readonly lodgeSessionId: string;
}

/** What waiting needs from a jobs client. */
export type ActivityJobs = Pick<JobsClient, "waitForChain">;

export const DEFAULT_ACTIVITY_TIMEOUT_MS = 120_000;

export interface ActivityWaiter {
  /** Waits unless `wait` is absent or false (then null); failures are ActivityWaitErrors naming `handle`. */
  maybeWait(target: { handle: string; sessionId: string; operationName: string }, wait: WaitOption | undefined, signal: AbortSignal | undefined): Promise<CompletedActivity | null>;
}

export function jobsActivityWaiter(jobs: () => ActivityJobs): ActivityWaiter {
  return {
    async maybeWait(target, wait, signal) {
      if (wait === undefined || wait === false) return null;
      const options: WaitOptions = wait === true ? {} : wait;
      try {
        const { job, lodgeJob } = await jobs().waitForChain(target.sessionId, {
          signal: options.signal ?? signal,
          timeoutMs: options.timeoutMs ?? DEFAULT_ACTIVITY_TIMEOUT_MS,
          pollIntervalMs: options.pollIntervalMs,
          onProgress: (seen) => options.onProgress?.({ stage: seen.session_id === target.sessionId ? "registry" : "lodge", sessionId: seen.session_id, status: seen.status }),
        });
        const result = job.result ?? {};
        const activityId = result["creation_activity_id"] ?? result["version_activity_id"];
        if (typeof activityId !== "string" || lodgeJob === null) {
          throw new ProvenaError(`Registry job ${target.sessionId} succeeded without an activity id and a lodge job in its result`);
        }
        return { sessionId: target.sessionId, activityId, lodgeSessionId: lodgeJob.session_id };
      } catch (error) {
        throw new ActivityWaitError({ ...target, cause: error });
      }
    },
  };
}
