// One S3 request as the operations see it: bucket and key from the path-style URL, the query,
// the verified session, and the storage.
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import type { Reply } from "../http/reply.js";
import type { Access } from "./access.js";
import type { VerifiedRequest } from "./auth.js";
import type { LocalDatasetStorage } from "./store.js";

export interface S3Request {
  readonly method: string;
  /** `""` for service-level requests. */
  readonly bucket: string;
  /** `""` for bucket-level requests. */
  readonly key: string;
  readonly query: ReadonlyMap<string, string>;
  readonly headers: IncomingHttpHeaders;
  readonly raw: IncomingMessage;
  readonly auth: VerifiedRequest;
  readonly storage: LocalDatasetStorage;
}

export type S3Target = "service" | "bucket" | "object";

export interface S3Operation {
  readonly name: string;
  readonly method: string;
  readonly target: S3Target;
  /** A query parameter (sub-resource) the request must carry, e.g. `uploads`, `uploadId`. */
  readonly sub?: string | undefined;
  /** Further condition (e.g. `list-type=2`, an `x-amz-copy-source` header). */
  readonly when?: ((request: S3Request) => boolean) | undefined;
  /** Checked before `run`; `"own"` means the operation checks access itself. */
  readonly access: Access | "own";
  readonly run: (request: S3Request) => Promise<Reply> | Reply;
}

export const headerOf = (request: S3Request, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};
