// Mints Keycloak-shaped tokens. Access and ID tokens follow Keycloak's claim set; refresh
// tokens are RS256 JWTs too (typ Refresh or Offline) so refresh stays stateless: the realm
// re-checks signature, expiry, client and that the user still exists.
import { randomUUID } from "node:crypto";
import type { RealmClient } from "./clients.js";
import { signJwt } from "./jwt.js";
import type { RealmKeys } from "./keys.js";
import { profileClaims } from "./profile-claims.js";
import { nowSeconds, type RealmSettings } from "./settings.js";
import type { RealmUserInfo } from "./users.js";

export interface TokenResponse {
  access_token: string;
  expires_in: number;
  refresh_expires_in: number;
  refresh_token?: string;
  token_type: "Bearer";
  id_token?: string;
  "not-before-policy": 0;
  session_state: string;
  scope: string;
}

export interface IssueRequest {
  readonly user: RealmUserInfo;
  readonly client: RealmClient;
  /** Scopes the client asked for (already checked); `offline_access` makes an offline token. */
  readonly requestedScopes: ReadonlySet<string>;
  /** Reuse on refresh so the session stays the same. */
  readonly sessionId?: string | undefined;
  readonly withRefreshToken: boolean;
}

export interface RefreshClaims {
  readonly sub: string;
  readonly azp: string;
  readonly sid: string;
  readonly scope: string;
  readonly offline: boolean;
}

export type RefreshCheck = { ok: true; claims: RefreshClaims } | { ok: false; description: string };

const DEFAULT_SCOPES = ["profile", "email"];

export class TokenIssuer {
  readonly #keys: RealmKeys;
  readonly #settings: RealmSettings;
  readonly issuer: string;

  constructor(keys: RealmKeys, settings: RealmSettings, issuer: string) {
    this.#keys = keys;
    this.#settings = settings;
    this.issuer = issuer;
  }

  /** Keycloak's scope string: requested openid/offline_access first, then the defaults. */
  scopeString(requested: ReadonlySet<string>): string {
    const leading = ["openid", "offline_access"].filter((s) => requested.has(s));
    return [...leading, ...DEFAULT_SCOPES].join(" ");
  }

  accessToken(
    user: RealmUserInfo,
    clientId: string,
    options: {
      sessionId: string;
      scope: string;
      lifetimeSeconds: number;
      roles?: readonly string[] | undefined;
      claims?: Readonly<Record<string, unknown>> | undefined;
    },
  ): string {
    const iat = nowSeconds();
    const serviceAccount = user.serviceAccountClientId !== undefined;
    const claims: Record<string, unknown> = {
      exp: iat + options.lifetimeSeconds,
      iat,
      jti: randomUUID(),
      iss: this.issuer,
      aud: "account",
      sub: user.id,
      typ: "Bearer",
      azp: clientId,
      session_state: options.sessionId,
      acr: "1",
      "allowed-origins": ["*"],
      realm_access: { roles: [...(options.roles ?? user.roles)] },
      resource_access: { account: { roles: ["manage-account", "manage-account-links", "view-profile"] } },
      scope: options.scope,
      sid: options.sessionId,
      ...profileClaims(user),
      ...(serviceAccount ? { clientId: user.serviceAccountClientId, clientHost: "127.0.0.1", clientAddress: "127.0.0.1" } : {}),
    };
    for (const [key, value] of Object.entries(options.claims ?? {})) {
      if (value === undefined) delete claims[key];
      else claims[key] = value;
    }
    return signJwt(claims, this.#keys.privateKey, this.#keys.kid);
  }

  issue(request: IssueRequest): TokenResponse {
    const { user, client, requestedScopes } = request;
    const sessionId = request.sessionId ?? randomUUID();
    const scope = this.scopeString(requestedScopes);
    const offline = requestedScopes.has("offline_access");
    const iat = nowSeconds();
    const access = this.accessToken(user, client.clientId, {
      sessionId,
      scope,
      lifetimeSeconds: this.#settings.accessTokenLifetimeSeconds,
    });
    const response: TokenResponse = {
      access_token: access,
      expires_in: this.#settings.accessTokenLifetimeSeconds,
      refresh_expires_in: 0,
      token_type: "Bearer",
      "not-before-policy": 0,
      session_state: sessionId,
      scope,
    };
    if (request.withRefreshToken) {
      const lifetime = offline ? this.#settings.offlineTokenLifetimeSeconds : this.#settings.refreshTokenLifetimeSeconds;
      response.refresh_token = signJwt(
        {
          exp: iat + lifetime,
          iat,
          jti: randomUUID(),
          iss: this.issuer,
          aud: this.issuer,
          sub: user.id,
          typ: offline ? "Offline" : "Refresh",
          azp: client.clientId,
          session_state: sessionId,
          scope,
          sid: sessionId,
        },
        this.#keys.privateKey,
        this.#keys.kid,
      );
      // Keycloak reports 0 for offline tokens: they only expire when idle too long.
      response.refresh_expires_in = offline ? 0 : lifetime;
    }
    if (requestedScopes.has("openid")) {
      response.id_token = signJwt(
        {
          exp: iat + this.#settings.accessTokenLifetimeSeconds,
          iat,
          auth_time: iat,
          jti: randomUUID(),
          iss: this.issuer,
          aud: client.clientId,
          sub: user.id,
          typ: "ID",
          azp: client.clientId,
          session_state: sessionId,
          acr: "1",
          sid: sessionId,
          email_verified: user.email !== undefined,
          preferred_username: user.username,
          ...(user.firstName === undefined ? {} : { given_name: user.firstName }),
          ...(user.lastName === undefined ? {} : { family_name: user.lastName }),
          ...(user.email === undefined ? {} : { email: user.email }),
        },
        this.#keys.privateKey,
        this.#keys.kid,
      );
    }
    return response;
  }

  // The realm's path, not its origin: a server restarted on its data folder on another port
  // still honours the refresh tokens it signed (the signing key is the same).
  #sameRealm(iss: unknown): boolean {
    if (typeof iss !== "string" || !URL.canParse(iss)) return false;
    return new URL(iss).pathname === new URL(this.issuer).pathname;
  }

  /** Checks a refresh token the way Keycloak reports failures (`error_description`s). */
  async readRefreshToken(token: string): Promise<RefreshCheck> {
    const payload = await this.#keys.verify(token);
    if (payload === undefined) return { ok: false, description: "Invalid refresh token" };
    const { exp, typ, sub, azp, sid, scope, iss } = payload;
    if ((typ !== "Refresh" && typ !== "Offline") || !this.#sameRealm(iss)) return { ok: false, description: "Invalid refresh token" };
    if (typeof sub !== "string" || typeof azp !== "string" || typeof sid !== "string" || typeof scope !== "string") {
      return { ok: false, description: "Invalid refresh token" };
    }
    if (typeof exp !== "number" || exp < nowSeconds()) return { ok: false, description: "Token is not active" };
    return { ok: true, claims: { sub, azp, sid, scope, offline: typ === "Offline" } };
  }
}
