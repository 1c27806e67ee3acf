// POST {realm}/protocol/openid-connect/auth/device (RFC 8628 §3.1-3.2).
import type { HttpRequest } from "../../http/request.js";
import { jsonReply, type Reply } from "../../http/reply.js";
import { OAuthFailure } from "../oauth-error.js";
import type { Realm } from "../realm.js";
import { authenticateClient, checkScopes, requestedScopes } from "./client-auth.js";
import { DEVICE_FLOW_DISABLED } from "./token-endpoint.js";

export async function deviceAuthorizationEndpoint(realm: Realm, request: HttpRequest): Promise<Reply> {
  try {
    const form = await request.form();
    const client = authenticateClient(realm, form, request.headers.authorization);
    if (!client.deviceFlow) throw new OAuthFailure(400, "unauthorized_client", DEVICE_FLOW_DISABLED);
    const scopes = requestedScopes(form);
    checkScopes(client, scopes, form.get("scope"));
    const grant = realm.devices.create(client.clientId, scopes);
    const verificationUri = `${realm.issuer}/device`;
    return jsonReply(200, {
      device_code: grant.deviceCode,
      user_code: grant.userCode,
      verification_uri: verificationUri,
      verification_uri_complete: `${verificationUri}?user_code=${encodeURIComponent(grant.userCode)}`,
      expires_in: realm.settings.deviceCodeLifetimeSeconds,
      interval: grant.intervalSeconds,
    }, { "cache-control": "no-store" });
  } catch (error) {
    if (error instanceof OAuthFailure) return error.toReply();
    throw error;
  }
}
