// Create and version spawn a registry job (REGISTER_CREATE/VERSION_ACTIVITY) whose result names
// the activity item and a chained PROV_LODGE job. "Waiting" means both jobs finished.

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

export interface ActivityWaiter {
  waitForActivity(sessionId: string, options: WaitOptions): Promise<CompletedActivity>;
}

export function waitOptionsOf(wait: WaitOption | undefined): WaitOptions | undefined {
  if (wait === undefined || wait === false) return undefined;
  return wait === true ? {} : wait;
}
