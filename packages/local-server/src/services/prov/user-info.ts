// The `user_info` of a prov job payload: upstream encrypts the caller's `UserInfo`; locally it is
// the plain JSON `{username, email, roles}` (as the registry's X-User-Context), so a job acts
// for the user who launched it with that user's registry rights.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import type { Actor } from "../registry/actor.js";

export const encodeUserInfo = (user: AuthenticatedUser | Actor): string =>
  JSON.stringify({ username: user.username, email: user.email, roles: [...user.roles] });

export function decodeUserInfo(raw: unknown): Actor {
  let info: unknown;
  try {
    info = typeof raw === "string" ? JSON.parse(raw) : undefined;
  } catch {
    info = undefined;
  }
  const candidate = info as { username?: unknown; email?: unknown; roles?: unknown } | undefined;
  if (typeof candidate?.username !== "string" || !Array.isArray(candidate.roles) || candidate.roles.some((r) => typeof r !== "string")) {
    throw new Error("The job payload's user_info is not a JSON UserInfo {username, email, roles}.");
  }
  return { username: candidate.username, email: typeof candidate.email === "string" ? candidate.email : null, roles: candidate.roles as string[] };
}
