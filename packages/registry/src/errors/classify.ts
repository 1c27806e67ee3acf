// Turns http-core's generic SoftFailureError into the registry-specific class its details name.
import { SoftFailureError } from "@provena-sdk/http-core";
import { ItemNotFoundError, RegistryValidationError, SeedItemError } from "./registry-errors.js";

/** What the failed call was, so the same details text maps to the right class. */
export type SoftFailureKind = "fetch" | "write";

const VALIDATION = /^\s*validation error/i;
const NOT_FOUND = /not (be )?found|does not exist|doesn't exist|no item|could not find|failed to (retrieve|fetch)/i;
const SEED = /\bseed/i;

export function classifySoftFailure(error: unknown, kind: SoftFailureKind, id?: string): unknown {
  if (!(error instanceof SoftFailureError)) return error;
  const init = { method: error.method, url: error.url, operationName: error.operationName, status: error.status, details: error.details, body: error.body };
  const details = error.details ?? "";
  if (VALIDATION.test(details)) return new RegistryValidationError(init);
  if (kind === "fetch" && id !== undefined) {
    if (SEED.test(details)) return new SeedItemError({ ...init, id });
    if (NOT_FOUND.test(details)) return new ItemNotFoundError({ ...init, id });
  }
  return error;
}
