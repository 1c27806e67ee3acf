// Registry-specific soft failures (HTTP 200, `status.success = false`) and client-side request
// validation. The soft failures extend http-core's SoftFailureError, so code that catches every
// soft failure keeps working, and code that cares can catch the precise case.
import { ProvenaError, SoftFailureError, listIssues } from "@provena-sdk/http-core";

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

/** One problem with a request body, found before it was sent. */
export interface RequestIssue {
  /** Path into the body, e.g. `["collection_format", "dataset_info", "name"]`. */
  path: (string | number)[];
  message: string;
}


/** A request body failed the client-side check against the domain-info model; nothing was sent. */
export class RequestValidationError extends ProvenaError {
  static override readonly brand: string = "RequestValidationError";
  readonly operationName: string;
  /** The model the body was checked against, e.g. "PersonDomainInfo". */
  readonly model: string;
  readonly mode: "lenient" | "strict";
  readonly issues: RequestIssue[];

  constructor(init: { operationName: string; model: string; mode: "lenient" | "strict"; issues: RequestIssue[] }) {
    super(`${init.operationName}: the request body is not a valid ${init.model} (${init.mode} check, nothing was sent): ${listIssues(init.issues)}`);
    this.operationName = init.operationName;
    this.model = init.model;
    this.mode = init.mode;
    this.issues = init.issues.map((i) => ({ path: [...i.path], message: i.message }));
  }
}
