// Polls a job until it SUCCEEDS (resolve) or FAILS (JobFailedError), tolerating "not found" for
// a grace period (the row is written after launch), with backoff between polls, an overall
// timeout (JobTimeoutError) and the caller's AbortSignal (AbortError). Pauses are timers, so
// the event loop is never blocked, and an abort or timeout cuts a pause or request short.
import { AbortError, BadRequestError } from "@provena-sdk/http-core";
import { JobFailedError, JobNotFoundError, JobTimeoutError } from "../errors.js";
import type { JobStatus, JobStatusTable } from "../models.js";
import { resolveWaitOptions, type WaitForOptions } from "./options.js";
import { sleep } from "./sleep.js";

export type FetchJob = (sessionId: string, signal: AbortSignal) => Promise<JobStatusTable>;

/** When the whole wait (several chained jobs included) must end. */
export interface WaitDeadline {
  readonly at: number;
  readonly timeoutMs: number;
}

export function deadlineFrom(options: WaitForOptions): WaitDeadline {
  const { timeoutMs } = resolveWaitOptions(options);
  return { at: Date.now() + timeoutMs, timeoutMs };
}

export async function waitForJob(fetchJob: FetchJob, sessionId: string, options: WaitForOptions, deadline = deadlineFrom(options)): Promise<JobStatusTable> {
  const settings = resolveWaitOptions(options);
  const started = Date.now();
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), Math.max(0, deadline.at - started));
  const signal = options.signal === undefined ? timeout.signal : AbortSignal.any([options.signal, timeout.signal]);
  let lastStatus: JobStatus | undefined;
  let interval = settings.pollIntervalMs;

  // The caller's abort wins over our timeout when both have happened.
  const stopped = (): Error | undefined => {
    if (options.signal?.aborted === true) return new AbortError({ what: `waiting for job ${sessionId}`, cause: options.signal.reason });
    if (timeout.signal.aborted) return new JobTimeoutError(sessionId, deadline.timeoutMs, lastStatus);
    return undefined;
  };

  try {
    for (;;) {
      const stop = stopped();
      if (stop !== undefined) throw stop;
      let job: JobStatusTable | undefined;
      try {
        job = await fetchJob(sessionId, signal);
      } catch (error) {
        if (error instanceof AbortError) throw stopped() ?? error;
        // Upstream answers 400 "Item was not found." until the job's row is written.
        if (!(error instanceof BadRequestError) || lastStatus !== undefined) throw error;
        if (Date.now() - started >= settings.notFoundGraceMs) throw new JobNotFoundError(sessionId, settings.notFoundGraceMs, error);
      }
      if (job !== undefined) {
        if (job.status !== lastStatus) {
          lastStatus = job.status;
          options.onProgress?.(job);
        }
        if (job.status === "SUCCEEDED") return job;
        if (job.status === "FAILED") throw new JobFailedError(job);
      }
      await sleep(interval, signal);
      interval = Math.min(settings.maxPollIntervalMs, interval * settings.backoff);
    }
  } finally {
    clearTimeout(timer);
  }
}

/** A REGISTRY job and the PROV_LODGE job its result points at (`lodge_session_id`), if any. */
export interface JobChain {
  /** The job waited for, finished (SUCCEEDED). */
  readonly job: JobStatusTable;
  /** The job named by its `result.lodge_session_id`, finished; null when it named none. */
  readonly lodgeJob: JobStatusTable | null;
}

/** Waits for a job, then for the job named by its `result.lodge_session_id`, within one timeout. */
export async function waitForJobChain(fetchJob: FetchJob, sessionId: string, options: WaitForOptions): Promise<JobChain> {
  const deadline = deadlineFrom(options);
  const job = await waitForJob(fetchJob, sessionId, options, deadline);
  const lodgeSessionId = job.result?.lodge_session_id;
  if (typeof lodgeSessionId !== "string" || lodgeSessionId === "") return { job, lodgeJob: null };
  const lodgeJob = await waitForJob(fetchJob, lodgeSessionId, options, deadline);
  return { job, lodgeJob };
}
