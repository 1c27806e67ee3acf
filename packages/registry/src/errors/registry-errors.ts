// Registry-specific soft failures (HTTP 200, `status.success = false`) and client-side request
// validation. The soft failures extend http-core's SoftFailureError, so code that catches every
// soft failure keeps working, and code that cares can catch the precise case.
import { addBrand, NotFoundError, redactText, redactUrl, SoftFailureError } from "@provena-sdk/http-core";

type SoftFailureInit = ConstructorParameters<typeof SoftFailureError>[0];

/**
 * A typed fetch (or general fetch) found no item with that id. The registry says so with HTTP
 * 200 and `status.success = false`; the class sits under http-core's NotFoundError, so one
 * `instanceof NotFoundError` catches a missing item from any service, and it is still branded a
 * SoftFailureError (it carries every SoftFailureError field: `details`, `status`, `body`, …).
 */
export class ItemNotFoundError extends NotFoundError {
  /** The global brand `instanceof` checks, so an ItemNotFoundError from another copy of the SDK is still recognised. */
  static override readonly brand: string = "ItemNotFoundError";
  /** The id that was asked for. */
  readonly id: string;
  /** `status.details` from the body: the server's explanation. */
  readonly details: string | undefined;

  constructor(init: SoftFailureInit & { id: string }) {
    const details = init.details === undefined ? undefined : redactText(init.details);
    const said = details === undefined || details === "" ? "" : `: ${details}`;
    super({
      method: init.method,
      url: init.url,
      operationName: init.operationName,
      status: init.status,
      body: init.body,
      serverMessage: details,
      message: `${init.method.toUpperCase()} ${redactUrl(init.url)} found no item ${init.id} (status.success=false${said})`,
    });
    this.id = init.id;
    this.details = details;
    addBrand(this, SoftFailureError.brand);
  }
}

/** The registry's custom validators refused the domain info (`"Validation Error: …"`): a missing reference, ethics not approved, a bad EWKT, … */
export class RegistryValidationError extends SoftFailureError {
  static override readonly brand: string = "RegistryValidationError";
}

/** A typed fetch without `seedAllowed` hit a seed item. */
export class SeedItemError extends SoftFailureError {
  static override readonly brand: string = "SeedItemError";
  /** The id that was asked for: a seed (fetch it with `seedAllowed: true`, or complete it with `update`). */
  readonly id: string;

  constructor(init: SoftFailureInit & { id: string }) {
    super(init);
    this.id = init.id;
  }
}

// Client-side request validation is shared with the other service clients (http-core).
export { RequestValidationError } from "@provena-sdk/http-core";
export type { RequestIssue } from "@provena-sdk/http-core";
