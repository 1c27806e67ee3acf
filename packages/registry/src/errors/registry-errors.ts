// Registry-specific soft failures (HTTP 200, `status.success = false`) and client-side request
// validation. The soft failures extend http-core's SoftFailureError, so code that catches every
// soft failure keeps working, and code that cares can catch the precise case.
import { SoftFailureError } from "@provena-sdk/http-core";

type SoftFailureInit = ConstructorParameters<typeof SoftFailureError>[0];

/** A typed fetch (or general fetch) found no item with that id. */
export class ItemNotFoundError extends SoftFailureError {
  static override readonly brand: string = "ItemNotFoundError";
  /** The id that was asked for. */
  readonly id: string;

  constructor(init: SoftFailureInit & { id: string }) {
    super(init);
    this.id = init.id;
  }
}

/** The registry's custom validators refused the domain info (`"Validation Error: …"`): a missing reference, ethics not approved, a bad EWKT, … */
export class RegistryValidationError extends SoftFailureError {
  static override readonly brand: string = "RegistryValidationError";
}

/** A typed fetch without `seedAllowed` hit a seed item. */
export class SeedItemError extends SoftFailureError {
  static override readonly brand: string = "SeedItemError";
  readonly id: string;

  constructor(init: SoftFailureInit & { id: string }) {
    super(init);
    this.id = init.id;
  }
}

// Client-side request validation is shared with the other service clients (http-core).
export { RequestValidationError } from "@provena-sdk/http-core";
export type { RequestIssue } from "@provena-sdk/http-core";
