// Realm metadata (what Provena's APIs read at start), OIDC discovery and the JWKS.
import { jsonReply, type Reply } from "../../http/reply.js";
import type { Realm } from "../realm.js";
import { SUPPORTED_GRANTS } from "./token-endpoint.js";

export function realmMetadata(realm: Realm): Reply {
  return jsonReply(200, {
    realm: realm.settings.name,
    public_key: realm.keys.publicKeyBase64,
    "token-service": `${realm.issuer}/protocol/openid-connect`,
    "account-service": `${realm.issuer}/account`,
    "tokens-not-before": 0,
  });
}

export function openidConfiguration(realm: Realm): Reply {
  const oidc = `${realm.issuer}/protocol/openid-connect`;
  return jsonReply(200, {
    issuer: realm.issuer,
    // Listed because discovery requires it; provena-local has no browser login redirect flow.
    authorization_endpoint: `${oidc}/auth`,
    token_endpoint: `${oidc}/token`,
    userinfo_endpoint: `${oidc}/userinfo`,
    jwks_uri: `${oidc}/certs`,
    device_authorization_endpoint: `${oidc}/auth/device`,
    grant_types_supported: [...SUPPORTED_GRANTS],
    response_types_supported: ["code"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256"],
    userinfo_signing_alg_values_supported: ["RS256"],
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    scopes_supported: ["openid", "offline_access", "profile", "email", "roles"],
    claims_supported: ["sub", "iss", "aud", "exp", "iat", "preferred_username", "email", "email_verified", "name", "given_name", "family_name"],
  });
}

export function certs(realm: Realm): Reply {
  return jsonReply(200, realm.keys.jwks);
}
