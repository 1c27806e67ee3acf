// What a wait for a job can end with, besides success. All extend ProvenaError with branded
// `instanceof`, and carry the job's `session_id` so a caller can look it up later.
import { ProvenaError } from "@provena-sdk/http-core";
import type { JobStatus, JobStatusTable } from "./models.js";

/** Base of the jobs package's own errors. */
export class JobError extends ProvenaError {
  static override readonly brand: string = "JobError";
  /** The job's `session_id`. */
  readonly sessionId: string;

  constructor(message: string, sessionId: string, options?: { cause?: unknown }) {
    super(message, options);
    this.sessionId = sessionId;
  }
}

/** The job ended FAILED. `info` is the service's explanation; `job` the final record. */
export class JobFailedError extends JobError {
  static override readonly brand: string = "JobFailedError";
  /** The service's explanation of the failure (`info`), or null when it gave none. */
  readonly info: string | null;
  /** The job's final record. */
  readonly job: JobStatusTable;

  constructor(job: JobStatusTable) {
    const info = job.info ?? null;
    super(`Job ${job.session_id} (${job.job_sub_type}) failed: ${info ?? "the service gave no reason"}`, job.session_id);
    this.info = info;
    this.job = job;
  }
}

/** The overall wait ran out before the job finished. `lastStatus` is what it last reported. */
export class JobTimeoutError extends JobError {
  static override readonly brand: string = "JobTimeoutError";
  /** The wait's whole budget, in milliseconds. */
  readonly timeoutMs: number;
  /** The job's status at the last poll; undefined when its record never appeared. */
  readonly lastStatus: JobStatus | undefined;

  constructor(sessionId: string, timeoutMs: number, lastStatus: JobStatus | undefined) {
    const state = lastStatus === undefined ? "its record never appeared" : `it was still ${lastStatus}`;
    super(`Gave up waiting for job ${sessionId} after ${timeoutMs} ms: ${state}`, sessionId);
    this.timeoutMs = timeoutMs;
    this.lastStatus = lastStatus;
  }
}

/**
 * The job service kept answering "not found" for longer than the grace period. Upstream writes
 * a job's row a moment after launch, so a short "not found" is normal; a long one means the
 * session id is wrong or the launch was lost.
 */
export class JobNotFoundError extends JobError {
  static override readonly brand: string = "JobNotFoundError";
  /** How long "not found" was tolerated, in milliseconds. */
  readonly graceMs: number;

  constructor(sessionId: string, graceMs: number, cause: unknown) {
    super(`Job ${sessionId} was not found within the ${graceMs} ms grace period`, sessionId, { cause });
    this.graceMs = graceMs;
  }
}

/**
 * Waiting for the job an action started failed (the job failed, timed out or was lost, or the
 * wait was aborted) after the action itself took effect. `itemId` names what was written (the
 * created item, the new version, the minted dataset) so the caller can carry on; `cause` is the
 * error the wait ended with (JobFailedError, JobTimeoutError, AbortError, …).
 */
export class ActivityWaitError extends JobError {
  /** The name branded `instanceof` checks match, across copies of this package. */
  static override readonly brand: string = "ActivityWaitError";
  /** The item the action wrote, when it was known before the job ran. */
  readonly itemId: string | undefined;
  /** The SDK operation that started the job. */
  readonly operationName: string;

  constructor(init: { sessionId: string; itemId?: string | undefined; operationName: string; cause: unknown }) {
    const reason = init.cause instanceof Error ? init.cause.message : String(init.cause);
    const written = init.itemId === undefined ? `job ${init.sessionId} was started` : `${init.itemId} was written`;
    super(`${init.operationName}: ${written}, but waiting for its activity (job ${init.sessionId}) failed: ${reason}`, init.sessionId, { cause: init.cause });
    this.itemId = init.itemId;
    this.operationName = init.operationName;
  }

  /**
   * The Data Store's name for `itemId` (a dataset's handle).
   * @deprecated Use `itemId`.
   */
  get handle(): string | undefined {
    return this.itemId;
  }
}
