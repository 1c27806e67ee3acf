// The shape of one entry of the generated operation index.
import type { ServiceName } from "@provena-sdk/http-core";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "PATCH";

/**
 * Route auth from `x-provena-auth`: `PUBLIC` (no token), `AUTH` (any valid token) or `ALL`
 * (a valid token holding every role in `roles`). `proxyHeader` marks upstream's
 * service-proxy routes, whose handlers also need the `X-User-Context` header.
 */
export interface OperationAuth {
  readonly kind: "PUBLIC" | "AUTH" | "ALL";
  readonly roles: readonly string[];
  readonly proxyHeader: boolean;
}

export type QueryParamType = "string" | "integer" | "number" | "boolean" | "enum";

export interface QueryParamSpec {
  readonly name: string;
  readonly required: boolean;
  readonly type: QueryParamType;
  /** `anyOf [..., null]` upstream: absent means `null`. */
  readonly nullable: boolean;
  readonly default?: string | number | boolean | null;
  /** Allowed values when `type` is `enum`. */
  readonly values?: readonly string[];
}

export interface OperationSpec {
  readonly service: ServiceName;
  readonly method: HttpMethod;
  /** Path template relative to the service root, e.g. `/registry/agent/person/fetch`. */
  readonly path: string;
  /** `"<METHOD> <path>"`: the handler-table key. */
  readonly key: string;
  readonly operationId: string;
  readonly hidden: boolean;
  readonly auth: OperationAuth;
  readonly query: readonly QueryParamSpec[];
}
