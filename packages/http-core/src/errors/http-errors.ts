// Non-2xx responses, one class per status Provena uses, all under HttpError.
import { redactValue } from "../util/redact.js";
import { ProvenaError } from "./provena-error.js";
import { safeContext } from "./request-context.js";
import type { RequestContext } from "./request-context.js";
import { formatIssues, parseValidationIssues, serverMessageFrom } from "./server-message.js";
import type { ValidationIssue } from "./server-message.js";
import { reasonPhrase } from "./status-text.js";

/** What {@link createHttpError} and every {@link HttpError} subclass are built from: the request and the response it got. */
export interface HttpErrorInit extends RequestContext {
  /** The response's HTTP status code; picks the class in {@link createHttpError}. */
  status: number;
  /** The server's reason phrase, used when the status is not a well-known one. */
  statusText?: string | undefined;
  /** The parsed JSON body, or the text when it was not JSON. Secret-named keys are redacted. */
  body?: unknown;
  /** Overrides the message extracted from the body. */
  serverMessage?: string | undefined;
  /** The server's Retry-After, in milliseconds, when it sent one. */
  retryAfterMs?: number | undefined;
  /** The SDK's own remark, appended to the message in parentheses (not part of `serverMessage`). */
  note?: string | undefined;
  /** Replaces the whole message (for a failure reported with a 2xx status, where "failed with 200" would mislead). */
  message?: string | undefined;
  /** The underlying error, kept as `Error.cause`. */
  cause?: unknown;
}

/** A response with a non-2xx status. */
export class HttpError extends ProvenaError {
  static override readonly brand: string = "HttpError";
  /** The request's HTTP method, upper-cased. */
  readonly method: string;
  /** The request URL with secret query parameters redacted. */
  readonly url: string;
  /** The response's HTTP status code (4xx or 5xx; 2xx only for a failure reported in a success response). */
  readonly status: number;
  /** The reason phrase for `status` (`"Not Found"`), from the SDK's table, else the server's; `""` when neither has one. */
  readonly statusText: string;
  /** The server's explanation (FastAPI `detail`, OAuth `error_description`, or the text body). */
  readonly serverMessage: string | undefined;
  /** The response body (JSON or text), with secret-named keys redacted. */
  readonly body: unknown;
  /** The SDK operation that made the request, e.g. `registry.person.fetch`, when known. */
  readonly operationName: string | undefined;
  /** The response's `Retry-After` in milliseconds (seconds or an HTTP date, converted); undefined when the server sent none. */
  readonly retryAfterMs: number | undefined;

  constructor(init: HttpErrorInit) {
    const ctx = safeContext(init);
    const statusText = reasonPhrase(init.status, init.statusText);
    const serverMessage = init.serverMessage ?? serverMessageFrom(init.body);
    const head = `${ctx.method} ${ctx.url} failed with ${init.status}${statusText === "" ? "" : ` ${statusText}`}`;
    const said = init.message ?? (serverMessage === undefined ? head : `${head}: ${serverMessage}`);
    super(init.note === undefined ? said : `${said} (${init.note})`, { cause: init.cause });
    this.method = ctx.method;
    this.url = ctx.url;
    this.status = init.status;
    this.statusText = statusText;
    this.serverMessage = serverMessage;
    this.body = redactValue(init.body);
    this.operationName = init.operationName;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** 400: Provena's catch-all for bad state (not found in lookups, already locked, …). */
export class BadRequestError extends HttpError {
  /** What `instanceof BadRequestError` checks for, so it also matches errors from another copy of the SDK. */
  static override readonly brand: string = "BadRequestError";
}

/** 401: no or bad token, a missing realm role, or item-level access denied. */
export class UnauthorizedError extends HttpError {
  /** What `instanceof UnauthorizedError` checks for, so it also matches errors from another copy of the SDK. */
  static override readonly brand: string = "UnauthorizedError";
}

/**
 * A 401 to a request sent without a token: the transport has no token provider, or the
 * operation was sent with `auth: false`. The message says how to give one.
 */
export class NotAuthenticatedError extends UnauthorizedError {
  static override readonly brand: string = "NotAuthenticatedError";
}

/**
 * A 401 about the credentials where the token sent had already expired (its `exp`, read
 * without verifying, is in the past) and the provider gave no fresher one. `expiredAt` is that
 * `exp` as an ISO date. The token itself is never kept.
 */
export class TokenExpiredError extends UnauthorizedError {
  static override readonly brand: string = "TokenExpiredError";
  /** When the rejected token expired: its `exp` claim as an ISO 8601 date. */
  readonly expiredAt: string;
  constructor(init: HttpErrorInit & { expiredAt: string }) {
    super(init);
    this.expiredAt = init.expiredAt;
  }
}

/**
 * A 401 that is not about the token: Provena refused this caller this item or action (item
 * roles, a lock, a missing realm role). A new token would not help, so the transport neither
 * refreshes nor retries. `refused` is the server's reason.
 */
export class PermissionDeniedError extends UnauthorizedError {
  static override readonly brand: string = "PermissionDeniedError";
  /** What the server said it refused (its `detail`), when it said. */
  readonly refused: string | undefined;
  constructor(init: HttpErrorInit) {
    super({ ...init, note: init.note ?? "permission refused; the token is valid, so it was not refreshed" });
    this.refused = this.serverMessage;
  }
}

/**
 * 403: Provena sends it in only two places: listing releases for a reviewer who is not the
 * caller's linked Person, and data store write credentials for a dataset whose release is
 * pending or done (the datastore's DatasetInReleaseError extends it). Other refusals are 401s.
 */
export class ForbiddenError extends HttpError {
  static override readonly brand: string = "ForbiddenError";
}

/** 404, and the root of every "no such thing" error (the registry's ItemNotFoundError extends it). */
export class NotFoundError extends HttpError {
  static override readonly brand: string = "NotFoundError";
}

/**
 * 409. Provena's own services do not send it (they report "already locked", "already exists"
 * and similar as a 400 {@link BadRequestError}); it is mapped for proxies and other servers.
 */
export class ConflictError extends HttpError {
  static override readonly brand: string = "ConflictError";
}

/** 422: FastAPI request validation; `issues` is its `detail[]` list. */
export class UnprocessableEntityError extends HttpError {
  static override readonly brand: string = "UnprocessableEntityError";
  /** Each problem FastAPI reported (where, what, pydantic's type); `[]` when the body had no `detail` list. */
  readonly issues: ValidationIssue[];
  constructor(init: HttpErrorInit) {
    const issues = parseValidationIssues(init.body);
    super({ ...init, serverMessage: init.serverMessage ?? (issues.length > 0 ? formatIssues(issues) : undefined) });
    this.issues = issues;
  }
}

/** {@link HttpErrorInit} plus what the transport's retry loop knew when it gave up on 429s. */
export interface RateLimitErrorInit extends HttpErrorInit {
  /** How long the call kept retrying 429s before giving up, in ms. */
  throttledForMs?: number | undefined;
  /** Attempts the call made. */
  attempts?: number | undefined;
}

/** 429: the request was not processed; `retryAfterMs` says when to come back, if the server said. */
export class RateLimitError extends HttpError {
  static override readonly brand: string = "RateLimitError";
  /** Set when the transport gave up: how long it had been retrying 429s, in ms. */
  readonly throttledForMs: number | undefined;
  /** Set when the transport gave up: attempts the call made, the last 429 included. */
  readonly attempts: number | undefined;
  constructor(init: RateLimitErrorInit) {
    const tried =
      init.throttledForMs === undefined
        ? undefined
        : `still throttled after retrying for ${(init.throttledForMs / 1000).toFixed(1)} s, ${init.attempts ?? "?"} attempts`;
    super({ ...init, note: init.note ?? tried });
    this.throttledForMs = init.throttledForMs;
    this.attempts = init.attempts;
  }
}

/** Any 5xx. */
export class ServerError extends HttpError {
  static override readonly brand: string = "ServerError";
}

/** A constructor of {@link HttpError} or one of its subclasses, as {@link errorClassForStatus} returns. */
export type HttpErrorClass = new (init: HttpErrorInit) => HttpError;

/** The error class for a status: a specific one for 400/401/403/404/409/422/429/5xx, else HttpError. */
export function errorClassForStatus(status: number): HttpErrorClass {
  switch (status) {
    case 400:
      return BadRequestError;
    case 401:
      return UnauthorizedError;
    case 403:
      return ForbiddenError;
    case 404:
      return NotFoundError;
    case 409:
      return ConflictError;
    case 422:
      return UnprocessableEntityError;
    case 429:
      return RateLimitError;
    default:
      return status >= 500 && status <= 599 ? ServerError : HttpError;
  }
}

/** Builds the error for a response: `createHttpError({ method, url, status, body })`. */
export function createHttpError(init: HttpErrorInit): HttpError {
  const ErrorClass = errorClassForStatus(init.status);
  return new ErrorClass(init);
}
