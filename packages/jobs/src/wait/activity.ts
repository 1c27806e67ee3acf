// A registry activity: creating or versioning an item (in the registry, or a dataset through the
// Data Store) starts a REGISTER_CREATE/VERSION_ACTIVITY job whose result names the activity item
// and a chained PROV_LODGE job. "Waiting" means both succeeded, under one timeout. It lives here
// because the registry and the Data Store both wait this way and may not depend on each other.
import { ProvenaError } from "@provena-sdk/http-core";
import type { Transport } from "@provena-sdk/http-core";
import { ActivityWaitError } from "../errors.js";
import type { JobsClient } from "../client.js";
import { fetchJob } from "../requests.js";
import { waitForJobChain } from "./wait-for.js";

/** How to wait: `true` for the defaults, or options. */
export type ActivityWaitOption = boolean | ActivityWaitOptions;

/** How long and how often to wait for an activity's jobs, and how to follow or stop the wait. */
export interface ActivityWaitOptions {
  /** Give up after this long (both jobs together). Default 120 000 ms. */
  readonly timeoutMs?: number | undefined;
  /** First pause between polls (then backing off). Default: the jobs client's (500 ms). */
  readonly pollIntervalMs?: number | undefined;
  /** Stops the wait (the item stays written); the wait then rejects with an ActivityWaitError. */
  readonly signal?: AbortSignal | undefined;
  /** Called with each job status seen while polling. */
  readonly onProgress?: ((progress: ActivityProgress) => void) | undefined;
}

/** One job status seen while waiting, passed to {@link ActivityWaitOptions.onProgress}. */
export interface ActivityProgress {
  /** "registry": the REGISTER_*_ACTIVITY job; "lodge": the PROV_LODGE job it chained. */
  readonly stage: "registry" | "lodge";
  /** The session id of the job this status belongs to. */
  readonly sessionId: string;
  /** The job's status (PENDING, DEQUEUED, IN_PROGRESS, SUCCEEDED, …). */
  readonly status: string;
}

/** Both jobs of a create or version activity succeeded. */
export interface CompletedActivity {
  /** The registry job's session id (what create/update/version returned). */
  readonly sessionId: string;
  /** The Create or Version activity item the job registered. */
  readonly activityId: string;
  /** The chained PROV_LODGE job's session id. */
  readonly lodgeSessionId: string;
}

/** What waiting needs from a jobs client. */
export type ActivityJobs = Pick<JobsClient, "waitForChain">;

/**
 * What waiting for activities needs of the Job API, on `transport`: `waitForChain` exactly as a
 * JobsClient's, without the rest of the client (listing, admin), so a browser bundle that only
 * writes and waits stays small.
 */
export function activityJobs(transport: Transport): ActivityJobs {
  return { waitForChain: (sessionId, options = {}) => waitForJobChain((id, signal) => fetchJob(transport, "user", id, { signal }), sessionId, options) };
}

/** What was waited for, so a failed wait still names it. */
export interface ActivityTarget {
  /** The registry job's session id. */
  readonly sessionId: string;
  /** The item the action wrote (created item, new version, minted dataset), when it is known. */
  readonly itemId?: string | undefined;
  /** The SDK operation that started the job, e.g. "registry.organisation.create". */
  readonly operationName: string;
}

/** How long an activity wait lasts when no `timeoutMs` is given: 120 000 ms (both jobs together). */
export const DEFAULT_ACTIVITY_TIMEOUT_MS = 120_000;

/** The options a `wait` value stands for: undefined when it asks for no wait. */
export function activityWaitOptions(wait: ActivityWaitOption | undefined): ActivityWaitOptions | undefined {
  if (wait === undefined || wait === false) return undefined;
  return wait === true ? {} : wait;
}

/**
 * Waits for an activity's registry job and the lodge job it chained. Any failure (job failed,
 * timed out, lost, aborted) is an ActivityWaitError naming the item and the job, with the
 * original error as `cause`: the item was written whatever happened to the wait.
 */
export async function waitForActivity(jobs: ActivityJobs, target: ActivityTarget, options: ActivityWaitOptions = {}): Promise<CompletedActivity> {
  try {
    const { job, lodgeJob } = await jobs.waitForChain(target.sessionId, {
      signal: options.signal,
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
}
