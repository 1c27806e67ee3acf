// Errors in how the SDK was configured or how a listing behaved, not in a single response.
import { ProvenaError } from "./provena-error.js";

/** The SDK was given options it cannot work with (no endpoint for a service, a bad URL, …). */
export class ConfigurationError extends ProvenaError {
  static override readonly brand: string = "ConfigurationError";
}

/**
 * Why a {@link PaginationError} was thrown: `repeated-key` when the server sent a pagination key it
 * had sent before (the listing would loop forever), `limit-exceeded` when `collectAll` reached its `limit`.
 */
export type PaginationFailure = "repeated-key" | "limit-exceeded";

/** A listing cannot be completed: the server repeated a pagination key, or collectAll's limit was hit. */
export class PaginationError extends ProvenaError {
  static override readonly brand: string = "PaginationError";
  /** Which of the two failures it was; see {@link PaginationFailure}. */
  readonly reason: PaginationFailure;
  /** For "repeated-key": the 1-based page that carried the repeated key. */
  readonly pageNumber: number | undefined;
  /** For "limit-exceeded": the limit that was exceeded. */
  readonly limit: number | undefined;

  constructor(init: { reason: PaginationFailure; pageNumber?: number; limit?: number; message: string }) {
    super(init.message);
    this.reason = init.reason;
    this.pageNumber = init.pageNumber;
    this.limit = init.limit;
  }
}
