// The OIDC profile claims Keycloak puts in both access tokens and the userinfo answer; a claim
// is left out, as Keycloak does, when the user has no value for it.
import type { RealmUserInfo } from "./users.js";

export function profileClaims(user: RealmUserInfo): Record<string, unknown> {
  const name = [user.firstName, user.lastName].filter((s) => s !== undefined && s !== "").join(" ");
  return {
    email_verified: user.email !== undefined,
    ...(name === "" ? {} : { name }),
    preferred_username: user.username,
    ...(user.firstName === undefined ? {} : { given_name: user.firstName }),
    ...(user.lastName === undefined ? {} : { family_name: user.lastName }),
    ...(user.email === undefined ? {} : { email: user.email }),
  };
}
