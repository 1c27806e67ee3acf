import { systemClock } from "../clock.js";
import { AuthConfigurationError } from "../errors/auth-error.js";
import { OAuthClient } from "../oauth/oauth-client.js";
import { RefreshingTokenProvider, type ManagedTokenProvider } from "../refreshing-provider.js";
import { tokenStoreKey } from "../stores/token-store.js";
import { TokenSet } from "../token-set.js";
import { refreshGrant } from "./grants.js";
import type { OAuthProviderOptions } from "./provider-options.js";

export interface ClientCredentialsOptions extends OAuthProviderOptions {
  /** A confidential client, e.g. a service account such as `registry-api`. */
  clientId: string;
  /** The confidential client's secret (never logged or shown by `util.inspect`). */
  clientSecret: string;
  /** Space-separated scopes to ask for (default: the client's defaults). */
  scope?: string | undefined;
}

/** Service-account tokens from the client credentials grant, renewed before expiry. */
export function clientCredentials(options: ClientCredentialsOptions): ManagedTokenProvider {
  if (options.clientId === "" || options.clientSecret === "") {
    throw new AuthConfigurationError("clientCredentials() needs a non-empty clientId and clientSecret.");
  }
  const client = new OAuthClient(options);
  const clock = options.clock ?? systemClock;
  const grant: Record<string, string> = { grant_type: "client_credentials" };
  if (options.scope !== undefined) grant.scope = options.scope;
  return new RefreshingTokenProvider({
    ...options,
    clock,
    storeKey: tokenStoreKey({ issuer: client.issuer, clientId: options.clientId, user: options.user ?? `service-account-${options.clientId}` }),
    lifecycle: {
      acquire: async (signal) => TokenSet.fromResponse(await client.requestToken(grant, signal), clock.now()),
      refresh: (current, signal) => refreshGrant(client, current.refreshToken!, clock, signal),
      unattended: true,
    },
    credentials: [options.clientSecret],
    description: { kind: "clientCredentials", issuer: client.issuer, clientId: options.clientId },
  });
}
