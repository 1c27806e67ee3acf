import { decodeClaims, externalToken } from "@provena-sdk/auth-core";

// In a browser app that already uses keycloak-js: hand its tokens to the SDK.
declare const keycloak: { token?: string; updateToken(minValidity: number): Promise<boolean> };

const tokenProvider = externalToken(async ({ forceRefresh }) => {
  await keycloak.updateToken(forceRefresh === true ? -1 : 30);
  return keycloak.token ?? "";
});

const claims = decodeClaims(await tokenProvider.getToken());
console.error(claims.username, claims.email, claims.roles, new Date(claims.expiresAt ?? 0));
