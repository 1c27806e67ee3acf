// POST {realm}/protocol/openid-connect/token: the four grants Provena's clients use.
import type { HttpRequest } from "../../http/request.js";
import { jsonReply, type Reply } from "../../http/reply.js";
import type { RealmClient } from "../clients.js";
import { OAuthFailure } from "../oauth-error.js";
import type { Realm } from "../realm.js";
import type { TokenResponse } from "../tokens.js";
import { serviceAccountUsername } from "../clients.js";
import { authenticateClient, checkScopes, requestedScopes } from "./client-auth.js";

export const DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

export const SUPPORTED_GRANTS = ["password", "refresh_token", "client_credentials", DEVICE_CODE_GRANT] as const;

const DEVICE_FLOW_DISABLED =
  "Client is not allowed to initiate OAuth 2.0 Device Authorization Grant. The flow is disabled for the client.";

function passwordGrant(realm: Realm, client: RealmClient, form: URLSearchParams): TokenResponse {
  if (!client.directAccessGrants) throw new OAuthFailure(400, "unauthorized_client", "Client not allowed for direct access grants");
  const username = form.get("username");
  if (username === null || username === "") throw new OAuthFailure(401, "invalid_request", "Missing parameter: username");
  const user = realm.users.authenticate(username, form.get("password") ?? "");
  if (user === undefined) throw new OAuthFailure(401, "invalid_grant", "Invalid user credentials");
  const scopes = requestedScopes(form);
  checkScopes(client, scopes, form.get("scope"));
  return realm.tokens.issue({ user, client, requestedScopes: scopes, withRefreshToken: true });
}

async function refreshGrant(realm: Realm, client: RealmClient, form: URLSearchParams): Promise<TokenResponse> {
  const token = form.get("refresh_token");
  if (token === null || token === "") throw new OAuthFailure(400, "invalid_request", "Missing parameter: refresh_token");
  const check = await realm.tokens.readRefreshToken(token);
  if (!check.ok) throw new OAuthFailure(400, "invalid_grant", check.description);
  const { claims } = check;
  if (claims.azp !== client.clientId) {
    throw new OAuthFailure(400, "invalid_grant", "Invalid refresh token. Token client and authorized client don't match");
  }
  const user = realm.users.getById(claims.sub);
  if (user === undefined) throw new OAuthFailure(400, "invalid_grant", "Invalid refresh token");
  const scopes = new Set(claims.scope.split(" "));
  if (claims.offline) scopes.add("offline_access");
  else scopes.delete("offline_access");
  return realm.tokens.issue({ user, client, requestedScopes: scopes, sessionId: claims.sid, withRefreshToken: true });
}

function clientCredentialsGrant(realm: Realm, client: RealmClient): TokenResponse {
  if (client.publicClient) throw new OAuthFailure(401, "unauthorized_client", "Public client not allowed to retrieve service account");
  if (!client.serviceAccount) throw new OAuthFailure(401, "unauthorized_client", "Client not enabled to retrieve service account");
  const user = realm.users.get(serviceAccountUsername(client.clientId));
  if (user === undefined) throw new OAuthFailure(401, "unauthorized_client", "Client not enabled to retrieve service account");
  // Keycloak no longer issues refresh tokens for client credentials by default.
  return realm.tokens.issue({ user, client, requestedScopes: new Set(), withRefreshToken: false });
}

function deviceCodeGrant(realm: Realm, client: RealmClient, form: URLSearchParams): TokenResponse {
  if (!client.deviceFlow) throw new OAuthFailure(400, "unauthorized_client", DEVICE_FLOW_DISABLED);
  const deviceCode = form.get("device_code");
  if (deviceCode === null || deviceCode === "") throw new OAuthFailure(400, "invalid_request", "Missing parameter: device_code");
  const outcome = realm.devices.poll(deviceCode, client.clientId);
  switch (outcome.kind) {
    case "invalid":
      throw new OAuthFailure(400, "invalid_grant", "Device code not valid");
    case "expired":
      throw new OAuthFailure(400, "expired_token", "Device code is expired");
    case "slow_down":
      throw new OAuthFailure(400, "slow_down", "Slow down");
    case "pending":
      throw new OAuthFailure(400, "authorization_pending", "The authorization request is still pending");
    case "denied":
      throw new OAuthFailure(400, "access_denied", "The end user denied the authorization request");
    case "approved": {
      const user = realm.users.get(outcome.username);
      if (user === undefined) throw new OAuthFailure(400, "invalid_grant", "User not found");
      return realm.tokens.issue({ user, client, requestedScopes: outcome.scopes, withRefreshToken: true });
    }
  }
}

export async function tokenEndpoint(realm: Realm, request: HttpRequest): Promise<Reply> {
  try {
    const form = await request.form();
    const grantType = form.get("grant_type");
    if (grantType === null || grantType === "") throw new OAuthFailure(400, "invalid_request", "Missing form parameter: grant_type");
    if (!(SUPPORTED_GRANTS as readonly string[]).includes(grantType)) {
      throw new OAuthFailure(400, "unsupported_grant_type", "Unsupported grant_type");
    }
    const client = authenticateClient(realm, form, request.headers.authorization);
    let response: TokenResponse;
    if (grantType === "password") response = passwordGrant(realm, client, form);
    else if (grantType === "refresh_token") response = await refreshGrant(realm, client, form);
    else if (grantType === "client_credentials") response = clientCredentialsGrant(realm, client);
    else response = deviceCodeGrant(realm, client, form);
    return jsonReply(200, response, { "cache-control": "no-store", pragma: "no-cache" });
  } catch (error) {
    if (error instanceof OAuthFailure) return error.toReply();
    throw error;
  }
}

export { DEVICE_FLOW_DISABLED };
