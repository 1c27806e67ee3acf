import { AuthConfigurationError } from "./errors/auth-error.js";

/** The OAuth/OIDC endpoints auth-core talks to. */
export interface OidcEndpoints {
  /** The issuer (for Keycloak: the realm URL), no trailing slash. */
  issuer: string;
  /** The token endpoint (every grant and refresh). */
  token: string;
  /** The device authorization endpoint (starts the device flow). */
  deviceAuthorization: string;
  /** The JSON Web Key Set of the realm's signing keys. */
  jwks?: string | undefined;
  /** The userinfo endpoint. */
  userinfo?: string | undefined;
  /** The token revocation endpoint. */
  revocation?: string | undefined;
  /** The end-session (logout) endpoint. */
  endSession?: string | undefined;
}

/** Keycloak's realm URL for a Provena deployment: `https://auth.{domain}/auth/realms/{realm}`. */
export function keycloakIssuer(options: { domain: string; realm: string }): string {
  const domain = options.domain.trim().replace(/^https?:\/\//, "").replace(/\/+$/, "");
  if (domain === "" || options.realm.trim() === "") {
    throw new AuthConfigurationError("A Keycloak issuer needs a non-empty domain and realm.");
  }
  return `https://auth.${domain}/auth/realms/${encodeURIComponent(options.realm)}`;
}

/**
 * Keycloak's fixed endpoint layout under an issuer (realm URL). Works for any Keycloak realm,
 * including the local server's `{origin}/auth/realms/provena`, without a discovery request.
 */
export function keycloakEndpoints(issuer: string): OidcEndpoints {
  const base = normaliseIssuer(issuer);
  const oidc = `${base}/protocol/openid-connect`;
  return {
    issuer: base,
    token: `${oidc}/token`,
    deviceAuthorization: `${oidc}/auth/device`,
    jwks: `${oidc}/certs`,
    userinfo: `${oidc}/userinfo`,
    revocation: `${oidc}/revoke`,
    endSession: `${oidc}/logout`,
  };
}

/** Validates an issuer URL and drops trailing slashes. */
export function normaliseIssuer(issuer: string): string {
  let parsed: URL;
  try {
    parsed = new URL(issuer);
  } catch (error) {
    throw new AuthConfigurationError(`The issuer "${issuer}" is not an absolute URL.`, { cause: error });
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new AuthConfigurationError(`The issuer must be an http(s) URL, not ${parsed.protocol}.`);
  }
  if (parsed.username !== "" || parsed.password !== "" || parsed.search !== "" || parsed.hash !== "") {
    throw new AuthConfigurationError("The issuer URL must not carry credentials, a query or a fragment.");
  }
  return parsed.toString().replace(/\/+$/, "");
}
