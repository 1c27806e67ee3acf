// How `{ wait: … }` is spelled: `true` for the defaults, or options. Waiting goes through
// @provena-sdk/jobs: a failed, lost or slow job rejects with its JobError (each carries the job's
// session id); for a model-run action, an ActivityWaitError (a JobError) wrapping it.
import type { JobStatusTable } from "@provena-sdk/jobs";

/** A call's `wait` option: `true` waits with the defaults, {@link WaitOptions} tunes it, false or absent does not wait. */
export type WaitOption = boolean | WaitOptions;

/** How to wait for a job: time limit, polling pace, cancellation and progress. */
export interface WaitOptions {
  /**
   * Give up after this long, in ms (a batch: for all its jobs together); the wait rejects with a
   * JobTimeoutError (wrapped in an ActivityWaitError for model-run actions) and the job carries on.
   *
   * @defaultValue 300000 ({@link DEFAULT_PROV_WAIT_TIMEOUT_MS})
   */
  readonly timeoutMs?: number | undefined;
  /**
   * First pause between polls, in ms (then backing off).
   *
   * @defaultValue \@provena-sdk/jobs' (500 ms)
   */
  readonly pollIntervalMs?: number | undefined;
  /** Stops waiting (the job carries on); defaults to the call's own `signal`. */
  readonly signal?: AbortSignal | undefined;
  /** Called with a job whenever its status changes. */
  readonly onProgress?: ((job: JobStatusTable) => void) | undefined;
}

/** How long `{ wait: true }` waits for a job (or a batch's jobs) before giving up: 5 minutes. */
export const DEFAULT_PROV_WAIT_TIMEOUT_MS = 300_000;

export function waitOptionsOf(wait: WaitOption | undefined, signal: AbortSignal | undefined): WaitOptions | undefined {
  if (wait === undefined || wait === false) return undefined;
  const options = wait === true ? {} : wait;
  return { ...options, signal: options.signal ?? signal };
}
