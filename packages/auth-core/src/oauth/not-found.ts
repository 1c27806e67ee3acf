// A 404 from the identity provider means the issuer is wrong, in one of two ways Keycloak
// tells apart: the server knows no such realm ("Realm does not exist"), or the path is not a
// realm URL at all (an issuer given as the bare origin gets the server's plain 404).
import { IssuerNotFoundError, RealmNotFoundError, type OAuthErrorDetails } from "../errors/oauth-error.js";
import { safeUrl } from "../redact.js";

const REALM_PATH = /\/realms\/([^/]+)\/?$/;
const REALM_MISSING = /realm does not exist/i;

/** The realm named by a Keycloak issuer URL (`…/realms/<realm>`), or undefined. */
export function realmOfIssuer(issuer: string): string | undefined {
  const match = REALM_PATH.exec(new URL(issuer).pathname);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

/** True when an OAuth-shaped error body is Keycloak's answer for an unknown realm. */
export function isRealmMissing(details: Pick<OAuthErrorDetails, "code" | "description">): boolean {
  return REALM_MISSING.test(details.code) || REALM_MISSING.test(details.description ?? "");
}

export function realmNotFound(details: OAuthErrorDetails, issuer: string): RealmNotFoundError {
  return new RealmNotFoundError(details, safeUrl(issuer), realmOfIssuer(issuer));
}

/** The error for a 404 without Keycloak's realm answer: says what an issuer should look like. */
export function issuerNotFound(issuer: string, request: string, url: string): IssuerNotFoundError {
  const safeIssuer = safeUrl(issuer).replace(/\/+$/, "");
  const origin = new URL(issuer).origin;
  const hint =
    realmOfIssuer(issuer) === undefined
      ? `The issuer ${safeIssuer} is not a Keycloak realm URL: give the realm URL, e.g. ${origin}/auth/realms/<realm> (for a Provena deployment: https://auth.<domain>/auth/realms/<realm>), or pass domain and realm instead of issuer.`
      : `Check that the issuer ${safeIssuer} is the Keycloak realm URL (…/auth/realms/<realm>).`;
  return new IssuerNotFoundError(`The identity provider answered HTTP 404 for ${request} ${safeUrl(url)}. ${hint}`, safeIssuer, { url: safeUrl(url), status: 404 });
}
