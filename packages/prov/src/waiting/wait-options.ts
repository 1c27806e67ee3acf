// How `{ wait: … }` is spelled: `true` for the defaults, or options. Waiting goes through
// @provena-sdk/jobs: a failed, lost or slow job rejects with its JobError (each carries the job's
// session id); for a model-run action, an ActivityWaitError (a JobError) wrapping it.
import type { JobStatusTable } from "@provena-sdk/jobs";

export type WaitOption = boolean | WaitOptions;

export interface WaitOptions {
  /** Give up after this long. Default 300 000 ms (a batch: for all its jobs together). */
  readonly timeoutMs?: number | undefined;
  /** First pause between polls (then backing off). Default: @provena-sdk/jobs' (500 ms). */
  readonly pollIntervalMs?: number | undefined;
  readonly signal?: AbortSignal | undefined;
  /** Called with a job whenever its status changes. */
  readonly onProgress?: ((job: JobStatusTable) => void) | undefined;
}

export const DEFAULT_PROV_WAIT_TIMEOUT_MS = 300_000;

export function waitOptionsOf(wait: WaitOption | undefined, signal: AbortSignal | undefined): WaitOptions | undefined {
  if (wait === undefined || wait === false) return undefined;
  const options = wait === true ? {} : wait;
  return { ...options, signal: options.signal ?? signal };
}
