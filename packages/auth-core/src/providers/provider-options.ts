import type { IdentityProviderOptions } from "../oauth/identity-provider-options.js";
import type { PersistenceOptions, RefreshOptions } from "../refreshing-provider.js";

/** Options every OAuth-backed provider takes. */
export interface OAuthProviderOptions extends IdentityProviderOptions, RefreshOptions, PersistenceOptions {
  /** Whose tokens these are, for the store key (default depends on the provider). */
  user?: string | undefined;
}
