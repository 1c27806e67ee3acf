// A request body refused on the client, before anything was sent. Shared by every service
// client that checks its bodies against the generated models (registry, prov, …).
import { ProvenaError } from "./provena-error.js";
import { listIssues } from "./server-message.js";

/** One problem with a request body, found before it was sent. */
export interface RequestIssue {
  /** Path into the body, e.g. `["collection_format", "dataset_info", "name"]`. */
  path: (string | number)[];
  /** What was wrong, in words (zod's message). */
  message: string;
}

/** A request body failed the client-side check against its model; nothing was sent. */
export class RequestValidationError extends ProvenaError {
  static override readonly brand: string = "RequestValidationError";
  /** The SDK operation whose body was refused, e.g. `registry.person.create`. */
  readonly operationName: string;
  /** The model the body was checked against, e.g. "PersonDomainInfo". */
  readonly model: string;
  /** The validation mode of the check: `strict` also refuses unknown keys and enum values the SDK does not know. */
  readonly mode: "lenient" | "strict";
  /** Every problem found, with its path into the body. */
  readonly issues: RequestIssue[];

  constructor(init: { operationName: string; model: string; mode: "lenient" | "strict"; issues: RequestIssue[] }) {
    super(`${init.operationName}: the request body is not a valid ${init.model} (${init.mode} check, nothing was sent): ${listIssues(init.issues)}`);
    this.operationName = init.operationName;
    this.model = init.model;
    this.mode = init.mode;
    this.issues = init.issues.map((i) => ({ path: [...i.path], message: i.message }));
  }
}
