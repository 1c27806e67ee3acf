// Mounts the Keycloak-compatible endpoints under /auth/realms/{realm}.
import { jsonReply, type Reply } from "../http/reply.js";
import type { HttpRequest } from "../http/request.js";
import type { Router } from "../http/router.js";
import { deviceAuthorizationEndpoint } from "./endpoints/device-endpoint.js";
import { deviceDecision, devicePage } from "./endpoints/device-page.js";
import { certs, openidConfiguration, realmMetadata } from "./endpoints/metadata.js";
import { tokenEndpoint } from "./endpoints/token-endpoint.js";
import { userinfo } from "./endpoints/userinfo.js";
import type { Realm } from "./realm.js";

export const REALMS_BASE = "/auth/realms";

type RealmHandler = (realm: Realm, request: HttpRequest) => Reply | Promise<Reply>;

const ROUTES: readonly (readonly [method: string, path: string, handler: RealmHandler])[] = [
  ["GET", "", (realm) => realmMetadata(realm)],
  ["GET", "/.well-known/openid-configuration", (realm) => openidConfiguration(realm)],
  ["GET", "/protocol/openid-connect/certs", (realm) => certs(realm)],
  ["POST", "/protocol/openid-connect/token", tokenEndpoint],
  ["POST", "/protocol/openid-connect/auth/device", deviceAuthorizationEndpoint],
  ["GET", "/protocol/openid-connect/userinfo", userinfo],
  ["POST", "/protocol/openid-connect/userinfo", userinfo],
  ["GET", "/device", devicePage],
  ["POST", "/device", deviceDecision],
];

export function mountRealm(router: Router, realm: Realm): void {
  for (const [method, path, handler] of ROUTES) {
    router.add(method, `${REALMS_BASE}/{realm}${path}`, (request) =>
      request.params.realm === realm.settings.name
        ? handler(realm, request)
        : jsonReply(404, { error: "Realm does not exist", error_description: "For more on this error consult the server log." }),
    );
  }
}
