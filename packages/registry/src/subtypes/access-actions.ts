// Item-level access (auth/*) and locks (locks/*) of a subtype. Several of these responses have
// no status envelope upstream (DescribeAccessResponse, AccessSettings, AuthRolesResponse,
// LockStatusResponse), hence `envelope: false` on them.
import { AccessSettingsSchema, AuthRolesResponseSchema, DescribeAccessResponseSchema, LockHistoryResponseSchema, LockStatusResponseSchema } from "@provena-sdk/models/registry";
import { StatusResponseSchema } from "@provena-sdk/http-core";
import { call } from "../context.js";
import type { RouteScope } from "./route-scope.js";
import type { AuthActions, LockActions, SignalOption, SubtypeAdminActions } from "./types.js";

export function authActions(scope: RouteScope): AuthActions {
  const op = (name: string) => `${scope.operation}.auth.${name}`;
  const path = (rest: string) => `${scope.base}/auth/${rest}`;
  return {
    async evaluate(id: string, options: SignalOption = {}) {
      const body = await call(scope.context, {
        method: "GET",
        path: path("evaluate"),
        query: { id },
        schema: DescribeAccessResponseSchema,
        envelope: false,
        signal: options.signal,
        operationName: op("evaluate"),
      });
      return body.roles;
    },
    configuration: (id, options = {}) =>
      call(scope.context, {
        method: "GET",
        path: path("configuration"),
        query: { id },
        schema: AccessSettingsSchema,
        envelope: false,
        signal: options.signal,
        operationName: op("configuration"),
      }),
    async setConfiguration(id, settings, options = {}) {
      await call(scope.context, {
        method: "PUT",
        path: path("configuration"),
        query: { id },
        json: settings,
        schema: StatusResponseSchema,
        signal: options.signal,
        operationName: op("setConfiguration"),
      });
    },
    async roles(options = {}) {
      const body = await call(scope.context, {
        method: "GET",
        path: path("roles"),
        schema: AuthRolesResponseSchema,
        envelope: false,
        signal: options.signal,
        operationName: op("roles"),
      });
      return body.roles;
    },
  };
}

export function lockActions(scope: RouteScope): LockActions {
  const op = (name: string) => `${scope.operation}.locks.${name}`;
  const change = (action: "lock" | "unlock") => async (id: string, reason: string, options: SignalOption = {}) => {
    await call(scope.context, {
      method: "PUT",
      path: `${scope.base}/locks/${action}`,
      json: { id, reason },
      schema: StatusResponseSchema,
      signal: options.signal,
      operationName: op(action),
    });
  };
  return {
    lock: change("lock"),
    unlock: change("unlock"),
    async history(id, options = {}) {
      const body = await call(scope.context, {
        method: "GET",
        path: `${scope.base}/locks/history`,
        query: { id },
        schema: LockHistoryResponseSchema,
        signal: options.signal,
        operationName: op("history"),
      });
      return body.history ?? [];
    },
    async isLocked(id, options = {}) {
      const body = await call(scope.context, {
        method: "GET",
        path: `${scope.base}/locks/locked`,
        query: { id },
        schema: LockStatusResponseSchema,
        envelope: false,
        signal: options.signal,
        operationName: op("isLocked"),
      });
      return body.locked;
    },
  };
}

export function subtypeAdminActions(scope: RouteScope): SubtypeAdminActions {
  return {
    async delete(id, options = {}) {
      await call(scope.context, {
        method: "DELETE",
        path: `${scope.base}/delete`,
        query: { id },
        schema: StatusResponseSchema,
        signal: options.signal,
        operationName: `${scope.operation}.admin.delete`,
      });
    },
  };
}
