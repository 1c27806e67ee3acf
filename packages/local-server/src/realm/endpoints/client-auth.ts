// Client authentication for the token and device endpoints: `client_id` (+ `client_secret`)
// in the form, or HTTP Basic, with Keycloak's error codes.
import { timingSafeEqual } from "node:crypto";
import type { RealmClient } from "../clients.js";
import { OAuthFailure } from "../oauth-error.js";
import type { Realm } from "../realm.js";

const INVALID = "Invalid client or Invalid client credentials";

function basicCredentials(authorization: string | undefined): { id: string; secret: string } | undefined {
  if (authorization === undefined) return undefined;
  const [scheme, value] = authorization.split(" ", 2);
  if (scheme?.toLowerCase() !== "basic" || value === undefined) return undefined;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  try {
    return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
  } catch {
    return undefined;
  }
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function authenticateClient(realm: Realm, form: URLSearchParams, authorization: string | undefined): RealmClient {
  const basic = basicCredentials(authorization);
  const clientId = basic?.id ?? form.get("client_id");
  if (clientId === null || clientId === "") throw new OAuthFailure(401, "invalid_client", INVALID);
  const client = realm.clients.get(clientId);
  if (client === undefined) throw new OAuthFailure(401, "invalid_client", INVALID);
  if (client.publicClient) return client;
  const secret = basic?.secret ?? form.get("client_secret");
  if (secret === null || client.secret === undefined || !sameSecret(secret, client.secret)) {
    throw new OAuthFailure(401, "unauthorized_client", INVALID);
  }
  return client;
}

export function requestedScopes(form: URLSearchParams): Set<string> {
  return new Set((form.get("scope") ?? "").split(" ").filter((s) => s !== ""));
}

/** `offline_access` only for clients allowed it (Keycloak: the scope is not assigned). */
export function checkScopes(client: RealmClient, scopes: ReadonlySet<string>, raw: string | null): void {
  if (scopes.has("offline_access") && !client.offlineAccess) {
    throw new OAuthFailure(400, "invalid_scope", `Invalid scopes: ${raw ?? ""}`);
  }
}
