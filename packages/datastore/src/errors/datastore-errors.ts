// The Data Store's refusals as typed errors. Each extends the http-core class of its status (or
// SoftFailureError), so code that catches the generic family keeps working and code that cares
// can catch the precise case.
import { ForbiddenError, SoftFailureError, UnauthorizedError } from "@provena-sdk/http-core";

/** 401: the dataset is locked; its metadata and files cannot change until it is unlocked. */
export class DatasetLockedError extends UnauthorizedError {
  /** The global brand `instanceof` checks, so errors thrown by another copy of this package still match. */
  static override readonly brand: string = "DatasetLockedError";
}

/** 403 from write credentials: a release review is pending or the dataset is released, so its files are frozen. */
export class DatasetInReleaseError extends ForbiddenError {
  /** The global brand `instanceof` checks, so errors thrown by another copy of this package still match. */
  static override readonly brand: string = "DatasetInReleaseError";
}

/** Mint refused the metadata (200 with `status.success=false`): JSON schema, field rules or the registry's pre-validation. */
export class DatasetValidationError extends SoftFailureError {
  /** The global brand `instanceof` checks, so errors thrown by another copy of this package still match. */
  static override readonly brand: string = "DatasetValidationError";
}
