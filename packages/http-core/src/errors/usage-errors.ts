// Errors in how the SDK was configured or how a listing behaved, not in a single response.
import { addBrand } from "./brand.js";
import { ProvenaError, brandedInstanceOf } from "./provena-error.js";

/** The SDK was given options it cannot work with (no endpoint for a service, a bad URL, …). */
export class ConfigurationError extends ProvenaError {
  override name = "ConfigurationError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    addBrand(this, "ConfigurationError");
  }
  static override [Symbol.hasInstance] = brandedInstanceOf("ConfigurationError");
}

export type PaginationFailure = "repeated-key" | "limit-exceeded";

/** A listing cannot be completed: the server repeated a pagination key, or collectAll's limit was hit. */
export class PaginationError extends ProvenaError {
  override name = "PaginationError";
  readonly reason: PaginationFailure;
  /** For "repeated-key": the 1-based page that carried the repeated key. */
  readonly pageNumber: number | undefined;
  /** For "limit-exceeded": the limit that was exceeded. */
  readonly limit: number | undefined;

  constructor(init: { reason: PaginationFailure; pageNumber?: number; limit?: number; message: string }) {
    super(init.message);
    addBrand(this, "PaginationError");
    this.reason = init.reason;
    this.pageNumber = init.pageNumber;
    this.limit = init.limit;
  }
  static override [Symbol.hasInstance] = brandedInstanceOf("PaginationError");
}
