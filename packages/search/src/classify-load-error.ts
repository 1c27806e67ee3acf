// Sorting a failed load into "the registry will not show you this item" and everything else.
// The registry answers an unreadable item with 401 "You are not authorised to fetch this
// item."; a 401 with one of the token-level details means the token itself was refused, which
// is a failure of the call, not a verdict on the item.
import { AbortError, ProvenaError, UnauthorizedError } from "@provena-sdk/http-core";

const TOKEN_LEVEL_401 = new Set([
  "Not authenticated",
  "Could not validate credentials",
  "Token had incorrect structure.",
  "You are not authorised to access this resource as you don't have the correct role.",
]);

/** A loader rejected with something that is not a ProvenaError (a bug in a custom loader). */
export class HitLoadError extends ProvenaError {
  static override readonly brand: string = "HitLoadError";
  /** The id of the hit whose load failed. */
  readonly id: string;

  constructor(id: string, cause: unknown) {
    super(`Loading search hit ${id} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.id = id;
  }
}

export type LoadVerdict = { kind: "denied" } | { kind: "failed"; error: ProvenaError } | { kind: "aborted"; error: unknown };

export function classifyLoadError(id: string, error: unknown, signal: AbortSignal | undefined): LoadVerdict {
  if (signal?.aborted === true || error instanceof AbortError) return { kind: "aborted", error };
  if (error instanceof UnauthorizedError && !TOKEN_LEVEL_401.has(error.serverMessage ?? "")) return { kind: "denied" };
  return { kind: "failed", error: error instanceof ProvenaError ? error : new HitLoadError(id, error) };
}
