import { systemClock } from "../clock.js";
import { AuthConfigurationError } from "../errors/auth-error.js";
import { MissingTokenError } from "../errors/token-errors.js";
import { OAuthClient } from "../oauth/oauth-client.js";
import { asRefreshError, RefreshingTokenProvider, type ManagedTokenProvider } from "../refreshing-provider.js";
import { tokenStoreKey } from "../stores/token-store.js";
import { refreshGrant } from "./grants.js";
import type { OAuthProviderOptions } from "./provider-options.js";

export interface OfflineTokenOptions extends OAuthProviderOptions {
  /** The client the offline token was issued to (default `automated-access`). */
  clientId?: string | undefined;
  /** The offline (refresh) token. Without it, the token is read from `store`. */
  offlineToken?: string | undefined;
}

/**
 * Access tokens from a stored offline token (Keycloak `offline_access`), with no person
 * involved: the refresh grant, repeated before each expiry. Rotated tokens are written back
 * to `store`. Obtain the offline token once with `deviceFlow({ offline: true, store })`.
 */
export function offlineToken(options: OfflineTokenOptions): ManagedTokenProvider {
  if (options.offlineToken === undefined && options.store === undefined) {
    throw new AuthConfigurationError("offlineToken() needs an `offlineToken` or a `store` holding one.");
  }
  if (options.offlineToken === "") throw new AuthConfigurationError("The offline token given is empty.");
  const clientId = options.clientId ?? "automated-access";
  const client = new OAuthClient({ ...options, clientId });
  const clock = options.clock ?? systemClock;
  const user = options.user ?? "default";
  const storeKey = tokenStoreKey({ issuer: client.issuer, clientId, user });
  const given = options.offlineToken;
  const store = options.store;

  const acquire = async (signal: AbortSignal) => {
    const seed = given ?? (await store?.get(storeKey))?.refreshToken;
    if (seed === undefined) {
      throw new MissingTokenError(
        `No offline token is stored for client "${clientId}", user "${user}" at ${client.issuer}. Log in once with deviceFlow({ offline: true, store }).`,
      );
    }
    try {
      return await refreshGrant(client, seed, clock, signal);
    } catch (error) {
      throw asRefreshError(error);
    }
  };

  return new RefreshingTokenProvider({
    ...options,
    clock,
    storeKey,
    // A token passed in explicitly wins over whatever the store remembers.
    startFromStore: given === undefined,
    lifecycle: {
      acquire,
      refresh: (current, signal) => refreshGrant(client, current.refreshToken!, clock, signal),
    },
    description: { kind: "offlineToken", issuer: client.issuer, clientId },
  });
}
