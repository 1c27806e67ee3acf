// A successful response promised a field; if the server left it out, say so precisely.
import { ResponseValidationError } from "@provena-sdk/http-core";

export interface CallSite {
  readonly method: string;
  readonly path: string;
  readonly operationName: string;
}

export function present<T>(value: T | null | undefined, field: string, site: CallSite): T {
  if (value !== null && value !== undefined) return value;
  throw new ResponseValidationError({
    method: site.method,
    url: site.path,
    operationName: site.operationName,
    status: 200,
    mode: "lenient",
    issues: [{ path: [field], code: "missing", message: `a successful response had no "${field}"` }],
  });
}
