// The Auth API's soft failures (HTTP 200 with `success: false`) as typed errors. Each extends
// AuthSoftFailureError (a ProvenaError with branded `instanceof`), carries the server's
// `details`, and keeps http-core's SoftFailureError (method, redacted URL, body) as `cause`
// when the transport raised one.
import { ProvenaError } from "@provena-sdk/http-core";

export class AuthSoftFailureError extends ProvenaError {
  static override readonly brand: string = "AuthSoftFailureError";
  /** The server's explanation (`status.details`). */
  readonly details: string;

  constructor(message: string, details: string, options?: { cause?: unknown }) {
    super(message, options);
    this.details = details;
  }
}

/** Why a `requestChange` was refused. */
export type AccessRequestRefusal = "no-change" | "pending-request" | "other";

/** `requestChange` refused: the desired report equals the current access, or a request is pending. */
export class AccessRequestRefusedError extends AuthSoftFailureError {
  static override readonly brand: string = "AccessRequestRefusedError";
  /** Why it was refused, read from the server's message. */
  readonly reason: AccessRequestRefusal;

  constructor(details: string, options?: { cause?: unknown }) {
    const reason: AccessRequestRefusal = /no differences/i.test(details) ? "no-change" : /unresolved requests|pending request/i.test(details) ? "pending-request" : "other";
    super(`The access change request was refused (${reason}): ${details}`, details, options);
    this.reason = reason;
  }
}

/** An admin call named an access request (username + request id) that does not exist. */
export class AccessRequestNotFoundError extends AuthSoftFailureError {
  static override readonly brand: string = "AccessRequestNotFoundError";
  /** The user the request was looked up under. */
  readonly username: string;
  /** The request id that was not found. */
  readonly requestId: number;

  constructor(username: string, requestId: number, details: string, options?: { cause?: unknown }) {
    super(`No access request ${requestId} of user "${username}": ${details}`, details, options);
    this.username = username;
    this.requestId = requestId;
  }
}

/** A group read named a group id that does not exist. */
export class GroupNotFoundError extends AuthSoftFailureError {
  static override readonly brand: string = "GroupNotFoundError";
  /** The group id that was not found. */
  readonly groupId: string;

  constructor(groupId: string, details: string, options?: { cause?: unknown }) {
    super(`Group "${groupId}" was not found: ${details}`, details, options);
    this.groupId = groupId;
  }
}

/** A user asked for the members of a group they do not belong to. */
export class NotGroupMemberError extends AuthSoftFailureError {
  static override readonly brand: string = "NotGroupMemberError";
  /** The group whose members were asked for. */
  readonly groupId: string;

  constructor(groupId: string, details: string, options?: { cause?: unknown }) {
    super(`Only members may list the members of group "${groupId}": ${details}`, details, options);
    this.groupId = groupId;
  }
}

/** `links.validate`: the caller could not link to this Person (already linked, or not its owner). */
export class LinkValidationError extends AuthSoftFailureError {
  static override readonly brand: string = "LinkValidationError";
  /** The Person id the link was refused for. */
  readonly personId: string;

  constructor(personId: string, details: string, options?: { cause?: unknown }) {
    super(`Cannot link to Person ${personId}: ${details}`, details, options);
    this.personId = personId;
  }
}

/** A groups import or restore was refused; `failures` lists each item and why. */
export class GroupImportError extends AuthSoftFailureError {
  static override readonly brand: string = "GroupImportError";
  /** Each refused item: the reason, and the item as sent. */
  readonly failures: ReadonlyArray<readonly [string, Record<string, unknown>]>;

  constructor(details: string, failures: ReadonlyArray<readonly [string, Record<string, unknown>]>, options?: { cause?: unknown }) {
    const first = failures[0]?.[0];
    super(`The groups import was refused: ${details}${first === undefined ? "" : ` (first: ${first})`}`, details, options);
    this.failures = failures;
  }
}
