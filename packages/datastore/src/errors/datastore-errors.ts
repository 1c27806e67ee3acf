// The Data Store's refusals as typed errors. Each extends the http-core class of its status (or
// SoftFailureError), so code that catches the generic family keeps working and code that cares
// can catch the precise case.
import { ForbiddenError, ProvenaError, SoftFailureError, UnauthorizedError } from "@provena-sdk/http-core";

/** 401: the dataset is locked; its metadata and files cannot change until it is unlocked. */
export class DatasetLockedError extends UnauthorizedError {
  static override readonly brand: string = "DatasetLockedError";
}

/** 403 from write credentials: a release review is pending or the dataset is released, so its files are frozen. */
export class DatasetInReleaseError extends ForbiddenError {
  static override readonly brand: string = "DatasetInReleaseError";
}

/** Mint refused the metadata (200 with `status.success=false`): JSON schema, field rules or the registry's pre-validation. */
export class DatasetValidationError extends SoftFailureError {
  static override readonly brand: string = "DatasetValidationError";
}

/**
 * Waiting for a dataset's create or version activity failed (job failed, timed out, aborted, …)
 * after the dataset itself was written. `handle` names the dataset so the caller can carry on;
 * `cause` is the error the wait ended with (e.g. @provena-sdk/jobs' JobFailedError).
 */
export class ActivityWaitError extends ProvenaError {
  static override readonly brand: string = "ActivityWaitError";
  /** The dataset minted, or the new version created. */
  readonly handle: string;
  /** The job that was being waited for. */
  readonly sessionId: string;
  readonly operationName: string;

  constructor(init: { handle: string; sessionId: string; operationName: string; cause: unknown }) {
    const reason = init.cause instanceof Error ? init.cause.message : String(init.cause);
    super(`${init.operationName}: dataset ${init.handle} was written, but waiting for its activity (job ${init.sessionId}) failed: ${reason}`, { cause: init.cause });
    this.handle = init.handle;
    this.sessionId = init.sessionId;
    this.operationName = init.operationName;
  }
}
