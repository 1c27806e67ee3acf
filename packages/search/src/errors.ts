// Errors of the search client. Both extend ProvenaError with a brand, so `instanceof` works
// across duplicate copies of the package.
import { ProvenaError } from "@provena-sdk/http-core";

/** `search()` / `searchAndLoad()` options the client refuses before sending anything. */
export class InvalidSearchOptionsError extends ProvenaError {
  static override readonly brand: string = "InvalidSearchOptionsError";
  /** The option that was wrong, e.g. "limit". */
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}

/** A search hit whose item the registry no longer has (the index lags deletions upstream). */
export class HitNotFoundError extends ProvenaError {
  static override readonly brand: string = "HitNotFoundError";
  /** The id of the hit that was not found. */
  readonly id: string;
  /** The registry's `status.details`. */
  readonly details: string | undefined;

  constructor(id: string, details: string | undefined, options?: { cause?: unknown }) {
    super(`Search hit ${id} was not found in the registry${details === undefined || details === "" ? "" : `: ${details}`}`, options);
    this.id = id;
    this.details = details;
  }
}
