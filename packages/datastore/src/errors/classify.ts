// Turns http-core's generic errors into the Data Store's typed refusals, by route and status.
import { HttpError, SoftFailureError } from "@provena-sdk/http-core";
import type { RouteName } from "../routes/table.js";
import { DatasetInReleaseError, DatasetLockedError, DatasetValidationError } from "./datastore-errors.js";

const LOCKED = /\blocked\b/i;

export function classifyError(error: unknown, route: RouteName): unknown {
  if (error instanceof SoftFailureError) {
    // Mint's soft failures are its validation steps; a success=false that still names a handle
    // (the create job did not start) stays a plain SoftFailureError carrying the body.
    const handle = (error.body as { handle?: unknown } | undefined)?.handle;
    if (route === "mint" && (handle === undefined || handle === null)) return new DatasetValidationError(softInit(error));
    return error;
  }
  if (!(error instanceof HttpError)) return error;
  const init = { method: error.method, url: error.url, operationName: error.operationName, status: error.status, body: error.body, serverMessage: error.serverMessage, retryAfterMs: error.retryAfterMs };
  // Upstream answers 403 in the data store only when write credentials meet a pending or released dataset.
  if (error.status === 403 && route === "writeCredentials") return new DatasetInReleaseError(init);
  if (error.status === 401 && LOCKED.test(error.serverMessage ?? "")) return new DatasetLockedError(init);
  return error;
}

function softInit(error: SoftFailureError) {
  return { method: error.method, url: error.url, operationName: error.operationName, status: error.status, details: error.details, body: error.body };
}
