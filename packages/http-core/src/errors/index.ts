export { addBrand, hasBrand } from "./brand.js";
export { ProvenaError, brandedInstanceOf } from "./provena-error.js";
export type { ProvenaErrorOptions } from "./provena-error.js";
export type { RequestContext } from "./request-context.js";
export {
  HttpError,
  BadRequestError,
  UnauthorizedError,
  NotAuthenticatedError,
  TokenExpiredError,
  PermissionDeniedError,
  ForbiddenError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  ServerError,
  errorClassForStatus,
  createHttpError,
} from "./http-errors.js";
export type { HttpErrorInit, HttpErrorClass, RateLimitErrorInit } from "./http-errors.js";
export { NetworkError, TimeoutError, AbortError } from "./request-errors.js";
export type { TimeoutKind } from "./request-errors.js";
export { SoftFailureError, ResponseValidationError } from "./response-errors.js";
export type { ResponseIssue } from "./response-errors.js";
export { RequestValidationError } from "./request-validation-error.js";
export type { RequestIssue } from "./request-validation-error.js";
export { ConfigurationError, PaginationError } from "./usage-errors.js";
export type { PaginationFailure } from "./usage-errors.js";
export { parseValidationIssues, serverMessageFrom, formatLocation, listIssues } from "./server-message.js";
export type { ValidationIssue } from "./server-message.js";
export { reasonPhrase } from "./status-text.js";
