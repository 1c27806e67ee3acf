// Responses that arrived with a 2xx status but are not what the operation promised.
import { redactText, redactValue } from "../util/redact.js";
import { ProvenaError } from "./provena-error.js";
import { safeContext } from "./request-context.js";
import type { RequestContext } from "./request-context.js";
import { listIssues } from "./server-message.js";

/** Provena's "soft failure": HTTP 2xx whose body says `status.success = false`. */
export class SoftFailureError extends ProvenaError {
  static override readonly brand: string = "SoftFailureError";
  /** The request's HTTP method, upper-cased. */
  readonly method: string;
  /** The request URL with secret query parameters and user-info redacted. */
  readonly url: string;
  /** The SDK operation that made the request, e.g. `registry.person.fetch`, when known. */
  readonly operationName: string | undefined;
  /** The HTTP status the failure came with: a 2xx, usually 200. */
  readonly status: number;
  /** `status.details` from the body: the server's explanation. */
  readonly details: string | undefined;
  /** The whole body (other fields, e.g. `unparsable_items`, can still be useful). Secret keys redacted. */
  readonly body: unknown;

  constructor(init: RequestContext & { status: number; details?: string | undefined; body?: unknown }) {
    const ctx = safeContext(init);
    const details = init.details === undefined ? undefined : redactText(init.details);
    super(`${ctx.method} ${ctx.url} reported failure (status.success=false)${details === undefined || details === "" ? "" : `: ${details}`}`);
    this.method = ctx.method;
    this.url = ctx.url;
    this.operationName = ctx.operationName;
    this.status = init.status;
    this.details = details;
    this.body = redactValue(init.body);
  }
}

/** One schema mismatch: where in the body, and what was wrong. */
export interface ResponseIssue {
  /** Path into the response body, e.g. `["item", "display_name"]`. */
  path: (string | number)[];
  /** Zod's issue code, e.g. "invalid_type"; "invalid_json" when the body was not JSON. */
  code: string;
  /** What was wrong, in words (zod's message, secrets redacted). */
  message: string;
}


/** The response body did not parse, or did not match the operation's zod schema. */
export class ResponseValidationError extends ProvenaError {
  static override readonly brand: string = "ResponseValidationError";
  /** The request's HTTP method, upper-cased. */
  readonly method: string;
  /** The request URL with secret query parameters and user-info redacted. */
  readonly url: string;
  /** The SDK operation that made the request, e.g. `registry.person.fetch`, when known. */
  readonly operationName: string | undefined;
  /** The response's HTTP status (a 2xx: only successful bodies are validated). */
  readonly status: number;
  /** The validation mode in force: `lenient` (the default) tolerates unknown keys and enum values, `strict` rejects them. */
  readonly mode: "lenient" | "strict";
  /** Every mismatch found, with its path into the body. */
  readonly issues: ResponseIssue[];

  constructor(init: RequestContext & { status: number; mode: "lenient" | "strict"; issues: ResponseIssue[]; cause?: unknown }) {
    const ctx = safeContext(init);
    super(`${ctx.method} ${ctx.url} returned a response that does not match the expected schema (${init.mode} mode): ${listIssues(init.issues)}`, {
      cause: init.cause,
    });
    this.method = ctx.method;
    this.url = ctx.url;
    this.operationName = ctx.operationName;
    this.status = init.status;
    this.mode = init.mode;
    this.issues = init.issues.map((i) => ({ path: [...i.path], code: i.code, message: redactText(i.message) }));
  }
}
