// Handler types. A handler table maps a service's `"<METHOD> <path>"` keys (checked against
// the generated index) to handlers; the request's `user` is typed from the route's auth, so a
// handler of an authenticated route never has to check for a missing user.
import type { ServiceName } from "@provena-sdk/http-core";
import type { AuthenticatedUser } from "../auth/bearer.js";
import type { HttpRequest } from "../http/request.js";
import type { Reply } from "../http/reply.js";
import type { OperationSpec } from "../spec/operation-spec.js";
import type { OperationFor, OperationKey } from "../spec/operations.js";
import type { QueryValues } from "../spec/query.js";
import type { ServiceContext } from "./context.js";

export interface OperationRequest<User extends AuthenticatedUser | undefined = AuthenticatedUser | undefined> {
  readonly operation: OperationSpec;
  readonly http: HttpRequest;
  /** The verified caller; `undefined` only on PUBLIC routes. */
  readonly user: User;
  /** Declared query parameters, coerced, with defaults applied. */
  readonly query: QueryValues;
  readonly context: ServiceContext;
}

export type OperationHandler<User extends AuthenticatedUser | undefined = AuthenticatedUser | undefined> = (
  request: OperationRequest<User>,
) => Reply | Promise<Reply>;

type UserOf<Op> = Op extends { auth: { kind: "PUBLIC" } } ? undefined : AuthenticatedUser;

/** A (partial) handler table for one service. */
export type ServiceRoutes<S extends ServiceName> = {
  readonly [K in OperationKey<S>]?: OperationHandler<UserOf<OperationFor<S, K>>>;
};
