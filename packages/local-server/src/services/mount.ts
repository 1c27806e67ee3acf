// Registers every operation of the index on the router: route auth and query validation from
// the index first (as FastAPI runs the auth dependency before parameter validation), then the
// handler, or a 501 for operations no handler implements yet.
import { SERVICE_NAMES, type ServiceName } from "@provena-sdk/http-core";
import { hasAllRoles, verifyBearer, AUTH_DETAILS, type AuthenticatedUser } from "../auth/bearer.js";
import { servicePrefix } from "../endpoints.js";
import { detailReply, type Reply } from "../http/reply.js";
import type { HttpRequest } from "../http/request.js";
import type { Router } from "../http/router.js";
import { nowSeconds } from "../realm/settings.js";
import type { OperationSpec } from "../spec/operation-spec.js";
import { operationsOf } from "../spec/operations.js";
import { parseQuery } from "../spec/query.js";
import type { ServiceContext } from "./context.js";
import type { OperationHandler } from "./handler.js";
import { handlerFor } from "./table.js";

const unauthorized = (detail: string): Reply => detailReply(401, detail, { "www-authenticate": "Bearer" });

export function notImplemented(operation: OperationSpec): OperationHandler {
  const detail = `Not implemented in provena-local: ${operation.method} ${operation.path}`;
  return () => detailReply(501, detail);
}

type RouteAuth = { ok: true; user: AuthenticatedUser | undefined } | { ok: false; reply: Reply };

async function authenticate(operation: OperationSpec, request: HttpRequest, context: ServiceContext): Promise<RouteAuth> {
  if (operation.auth.kind === "PUBLIC") return { ok: true, user: undefined };
  const outcome = await verifyBearer(request.headers.authorization, context.realm.keys.verify, nowSeconds());
  if (!outcome.ok) return { ok: false, reply: unauthorized(outcome.detail) };
  if (!hasAllRoles(outcome.user, operation.auth)) return { ok: false, reply: unauthorized(AUTH_DETAILS.missingRole) };
  return { ok: true, user: outcome.user };
}

function operationRoute(operation: OperationSpec, handler: OperationHandler, context: ServiceContext) {
  return async (http: HttpRequest): Promise<Reply> => {
    const auth = await authenticate(operation, http, context);
    if (!auth.ok) return auth.reply;
    const query = parseQuery(operation.query, http.query);
    if (!query.ok) return detailReply(422, query.issues);
    return handler({ operation, http, user: auth.user, query: query.values, context });
  };
}

export function mountServices(router: Router, context: ServiceContext): void {
  for (const service of SERVICE_NAMES) {
    const prefix = servicePrefix(service);
    for (const operation of operationsOf(service)) {
      const handler = handlerFor(service, operation.key) ?? notImplemented(operation);
      const route = operationRoute(operation, handler, context);
      router.add(operation.method, `${prefix}${operation.path}`, route);
      // The service root without its trailing slash is the same route (the SDK's base URL).
      if (operation.path === "/") router.add(operation.method, prefix, route);
    }
  }
}

/** Keys of the operations that have a handler, per service (for tests and docs). */
export function implementedOperations(): Record<ServiceName, string[]> {
  const out = {} as Record<ServiceName, string[]>;
  for (const service of SERVICE_NAMES) {
    out[service] = operationsOf(service)
      .filter((op) => handlerFor(service, op.key) !== undefined)
      .map((op) => op.key);
  }
  return out;
}
