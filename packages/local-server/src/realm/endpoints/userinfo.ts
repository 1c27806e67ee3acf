// GET/POST {realm}/protocol/openid-connect/userinfo with a realm access token.
import type { HttpRequest } from "../../http/request.js";
import { jsonReply, type Reply } from "../../http/reply.js";
import { verifyUnexpired } from "../jwt.js";
import { profileClaims } from "../profile-claims.js";
import type { Realm } from "../realm.js";
import { nowSeconds } from "../settings.js";

function unauthorized(realm: Realm, error: string, description: string): Reply {
  return jsonReply(401, { error, error_description: description }, {
    "www-authenticate": `Bearer realm="${realm.settings.name}", error="${error}", error_description="${description}"`,
  });
}

export async function userinfo(realm: Realm, request: HttpRequest): Promise<Reply> {
  const header = request.headers.authorization ?? "";
  const [scheme, token] = header.split(" ", 2);
  if (scheme?.toLowerCase() !== "bearer" || token === undefined || token === "") {
    return unauthorized(realm, "invalid_request", "Token not provided");
  }
  const claims = await verifyUnexpired(realm.keys.verify, token, nowSeconds());
  const user = claims?.typ === "Bearer" && typeof claims.sub === "string" ? realm.users.getById(claims.sub) : undefined;
  if (user === undefined) return unauthorized(realm, "invalid_token", "Token verification failed");
  return jsonReply(200, { sub: user.id, ...profileClaims(user) });
}
