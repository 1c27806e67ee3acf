/**
 * Tokens for Provena's Keycloak realm: device flow, offline token, client credentials, password
 * grant and external providers, with single-flight refresh and token stores. Browser-safe: the
 * file store and the browser opener are under `@provena-sdk/auth-core/node`.
 *
 * @module @provena-sdk/auth-core
 */
export { AuthConfigurationError, AuthError, type AuthErrorOptions } from "./errors/auth-error.js";
export {
  IdentityProviderError,
  IssuerNotFoundError,
  RealmNotFoundError,
  InvalidClientError,
  InvalidGrantError,
  OAuthError,
  type IdentityProviderErrorDetails,
  type OAuthErrorDetails,
} from "./errors/oauth-error.js";
export { AccessDeniedError, DeviceCodeExpiredError, DeviceFlowError } from "./errors/device-flow-errors.js";
export { LoginRequiredError, MalformedTokenError, MissingTokenError, TokenRefreshError } from "./errors/token-errors.js";
export { CorruptTokenStoreError, TokenStoreError } from "./errors/token-store-errors.js";

export { AbortError, type GetTokenOptions, type TokenProvider } from "@provena-sdk/http-core";
export { systemClock, type Clock } from "./clock.js";
export { TokenSet, type TokenResponse } from "./token-set.js";
export { keycloakEndpoints, keycloakIssuer, type OidcEndpoints } from "./endpoints.js";
export { clearDiscoveryCache, discoverEndpoints, type DiscoveryOptions } from "./discovery.js";
export type { FetchLike } from "./oauth/fetch-json.js";
export type { IdentityProviderOptions } from "./oauth/identity-provider-options.js";
export { decodeClaims, type TokenClaims } from "./claims.js";

export {
  RefreshingTokenProvider,
  type ManagedTokenProvider,
  type PersistenceOptions,
  type RefreshingProviderOptions,
  type RefreshOptions,
  type TokenLifecycle,
} from "./refreshing-provider.js";
export type { DevicePrompt } from "./device-flow/run-device-flow.js";
export { consolePrompt, promptText, type BrowserOpener } from "./device-flow/default-prompt.js";
export type { OAuthProviderOptions } from "./providers/provider-options.js";
export { staticToken } from "./providers/static-token.js";
export { externalToken, type ExternalTokenCallback } from "./providers/external-token.js";
export { deviceFlow, type DeviceFlowOptions } from "./providers/device-flow.js";
export { offlineToken, type OfflineTokenOptions } from "./providers/offline-token.js";
export { clientCredentials, type ClientCredentialsOptions } from "./providers/client-credentials.js";
export { passwordGrant, type PasswordGrantOptions } from "./providers/password-grant.js";

export { memoryTokenStore } from "./stores/memory-token-store.js";
export { tokenStoreKey, type TokenStore, type TokenStoreKeyParts } from "./stores/token-store.js";
export type { StoredTokens } from "./stores/stored-tokens.js";
