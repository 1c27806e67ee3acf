// The shape of one entry of the generated operation index.
import type { ServiceName } from "@provena-sdk/http-core";

/** The HTTP methods the Provena APIs use. */
export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "PATCH";

/**
 * Route auth from `x-provena-auth`: `PUBLIC` (no token), `AUTH` (any valid token) or `ALL`
 * (a valid token holding every role in `roles`). `proxyHeader` marks upstream's
 * service-proxy routes, whose handlers also need the `X-User-Context` header.
 */
export interface OperationAuth {
  /** `PUBLIC`, `AUTH` or `ALL` (see above). */
  readonly kind: "PUBLIC" | "AUTH" | "ALL";
  /** Realm roles a token must hold, all of them, when `kind` is `ALL`; empty otherwise. */
  readonly roles: readonly string[];
  /** True for upstream's service-proxy routes (they also need `X-User-Context`). */
  readonly proxyHeader: boolean;
}

/** How a query parameter's text is parsed and validated (as FastAPI would). */
export type QueryParamType = "string" | "integer" | "number" | "boolean" | "enum";

/** One query parameter of an operation, from the OpenAPI document. */
export interface QueryParamSpec {
  /** Parameter name as sent in the query string. */
  readonly name: string;
  /** A request without it is answered 422. */
  readonly required: boolean;
  /** How its value is parsed. */
  readonly type: QueryParamType;
  /** `anyOf [..., null]` upstream: absent means `null`. */
  readonly nullable: boolean;
  /** Value used when the parameter is absent (the OpenAPI `default`). */
  readonly default?: string | number | boolean | null;
  /** Allowed values when `type` is `enum`. */
  readonly values?: readonly string[];
}

/** One operation of the generated {@link OPERATIONS} index. */
export interface OperationSpec {
  /** The service whose API document lists it. */
  readonly service: ServiceName;
  /** HTTP method. */
  readonly method: HttpMethod;
  /** Path template relative to the service root, e.g. `/registry/agent/person/fetch`. */
  readonly path: string;
  /** `"<METHOD> <path>"`: the handler-table key. */
  readonly key: string;
  /** The OpenAPI `operationId` (upstream's handler function name). */
  readonly operationId: string;
  /** True for routes upstream hides from its published OpenAPI document. */
  readonly hidden: boolean;
  /** Who may call it. */
  readonly auth: OperationAuth;
  /** Its query parameters, checked before the handler runs. */
  readonly query: readonly QueryParamSpec[];
}
