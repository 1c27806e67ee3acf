// `/check-access/*`: the route's auth (from the index) already ran; echo upstream's `User`.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { jsonReply } from "../../http/reply.js";
import type { OperationHandler } from "../handler.js";

/** Upstream's `User` model, as `/check-access/*` returns it (token included, as upstream). */
export function userBody(user: AuthenticatedUser): { username: string; email: string | null; roles: string[]; access_token: string } {
  return { username: user.username, email: user.email, roles: [...user.roles], access_token: user.accessToken };
}

export const echoUser: OperationHandler<AuthenticatedUser> = ({ user }) => jsonReply(200, userBody(user));

/** Auth API `GET /check-access/public`: a bare `Status`. */
export const publicStatus: OperationHandler<undefined> = () =>
  jsonReply(200, { success: true, details: "Public access check successful." });
