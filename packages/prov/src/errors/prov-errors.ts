// The prov client's own errors. HTTP, soft-failure and response-validation errors come from
// http-core, job waits from @provena-sdk/jobs (every one carries the job's session id), and
// RequestValidationError (a body refused before sending) from http-core, as in the registry client.
import { ProvenaError } from "@provena-sdk/http-core";
import { JobError } from "@provena-sdk/jobs";

/** An explore depth the API would refuse (it allows 1 to 10); nothing was sent. */
export class LineageDepthError extends ProvenaError {
  /** The brand `instanceof` checks. */
  static override readonly brand: string = "LineageDepthError";
  /** The call that refused it, e.g. `prov.explore.upstream`. */
  readonly operationName: string;
  /** The depth asked for. */
  readonly depth: number;
  /** The largest depth the API accepts (10). */
  readonly maximum: number;

  constructor(init: { operationName: string; depth: number; maximum: number; hint?: string }) {
    super(`${init.operationName}: depth must be an integer from 1 to ${init.maximum}, got ${String(init.depth)}${init.hint === undefined ? "" : `; ${init.hint}`}`);
    this.operationName = init.operationName;
    this.depth = init.depth;
    this.maximum = init.maximum;
  }
}

/** A job succeeded but its result lacks what the operation promised (a model run id, a report URL, a batch id). */
export class ProvJobResultError extends JobError {
  /** The brand `instanceof` checks. */
  static override readonly brand: string = "ProvJobResultError";
  /** The job's result as it arrived. */
  readonly result: unknown;

  constructor(sessionId: string, what: string, result: unknown) {
    super(`Job ${sessionId} succeeded without ${what} in its result`, sessionId);
    this.result = result;
  }
}

/** A CSV could not be read or filled as a model-run template (a missing column, a record that does not fit, …). */
export class CsvTemplateError extends ProvenaError {
  /** The brand `instanceof` checks. */
  static override readonly brand: string = "CsvTemplateError";
}
