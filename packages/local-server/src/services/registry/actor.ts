// Who a registry request acts as. Plain routes act as the token's user; proxy routes act as
// the user in `X-User-Context` (plain JSON `UserInfo {username, email, roles}` locally, as
// upstream's MockEncryptionService; base64 JSON is accepted too) after checking that the
// calling service holds the service role the route needs.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { AUTH_DETAILS } from "../../auth/bearer.js";
import { detailReply, type Reply } from "../../http/reply.js";
import type { HttpRequest } from "../../http/request.js";
import type { AccessSubject } from "./access.js";
import { REGISTRY_ADMIN_ROLE } from "./access.js";

export interface Actor extends AccessSubject {
  readonly email: string | null;
}

export type ActorResult = { ok: true; actor: Actor } | { ok: false; reply: Reply };

export const USER_CONTEXT_HEADER = "x-user-context";

export const fromToken = (user: AuthenticatedUser): Actor => ({ username: user.username, email: user.email, roles: user.roles });

/** The service's token must hold one of `serviceRoles` (or be a registry admin): else 401. */
export function hasServiceRole(user: AuthenticatedUser, serviceRoles: readonly string[]): boolean {
  return user.roles.includes(REGISTRY_ADMIN_ROLE) || serviceRoles.some((role) => user.roles.includes(role));
}

export const serviceRoleReply = (): Reply => detailReply(401, AUTH_DETAILS.missingRole, { "www-authenticate": "Bearer" });

function decodeUserInfo(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return JSON.parse(Buffer.from(raw, "base64").toString("utf8")) as unknown;
  }
}

/** The proxied user of a proxy route (after the service role check). */
export function proxiedActor(user: AuthenticatedUser, http: HttpRequest, serviceRoles: readonly string[]): ActorResult {
  if (!hasServiceRole(user, serviceRoles)) return { ok: false, reply: serviceRoleReply() };
  const header = http.headers[USER_CONTEXT_HEADER];
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined || raw === "") {
    return { ok: false, reply: detailReply(400, "No X-User-Context header present. Proxy routes require the user context of the user the service acts for.") };
  }
  let info: unknown;
  try {
    info = decodeUserInfo(raw);
  } catch {
    info = undefined;
  }
  const candidate = info as { username?: unknown; email?: unknown; roles?: unknown } | undefined;
  if (
    typeof candidate !== "object" ||
    candidate === null ||
    typeof candidate.username !== "string" ||
    !Array.isArray(candidate.roles) ||
    candidate.roles.some((r) => typeof r !== "string")
  ) {
    return { ok: false, reply: detailReply(400, "Failed to decode the X-User-Context header: expected JSON {username, email, roles}.") };
  }
  return {
    ok: true,
    actor: { username: candidate.username, email: typeof candidate.email === "string" ? candidate.email : null, roles: candidate.roles as string[] },
  };
}
