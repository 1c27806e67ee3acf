import { systemClock } from "../clock.js";
import { AuthConfigurationError } from "../errors/auth-error.js";
import { OAuthClient } from "../oauth/oauth-client.js";
import { RefreshingTokenProvider, type ManagedTokenProvider } from "../refreshing-provider.js";
import { tokenStoreKey } from "../stores/token-store.js";
import { TokenSet } from "../token-set.js";
import { joinScopes, refreshGrant } from "./grants.js";
import type { OAuthProviderOptions } from "./provider-options.js";

export interface PasswordGrantOptions extends OAuthProviderOptions {
  /** A client with direct access grants enabled (default `integration-tests`). */
  clientId?: string | undefined;
  /** For a confidential client. */
  clientSecret?: string | undefined;
  /** The user to log in as. */
  username: string;
  /** The user's password (never logged or shown by `util.inspect`). */
  password: string;
  /** Space-separated scopes to ask for (default: the client's defaults). */
  scope?: string | undefined;
}

/**
 * The resource-owner password grant: for tests, scripts against the local server, and
 * deployments that enable it for a dedicated client. Prefer the device flow for people.
 */
export function passwordGrant(options: PasswordGrantOptions): ManagedTokenProvider {
  if (options.username === "") throw new AuthConfigurationError("passwordGrant() needs a username.");
  const clientId = options.clientId ?? "integration-tests";
  const client = new OAuthClient({ ...options, clientId });
  const clock = options.clock ?? systemClock;
  const grant: Record<string, string> = { grant_type: "password", username: options.username, password: options.password };
  const scope = joinScopes(options.scope, false);
  if (scope !== undefined) grant.scope = scope;
  return new RefreshingTokenProvider({
    ...options,
    clock,
    storeKey: tokenStoreKey({ issuer: client.issuer, clientId, user: options.user ?? options.username }),
    lifecycle: {
      acquire: async (signal) => TokenSet.fromResponse(await client.requestToken(grant, signal), clock.now()),
      refresh: (current, signal) => refreshGrant(client, current.refreshToken!, clock, signal),
      unattended: true,
    },
    credentials: [options.password, options.clientSecret],
    description: { kind: "passwordGrant", issuer: client.issuer, clientId, username: options.username },
  });
}
