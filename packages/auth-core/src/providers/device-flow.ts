import { systemClock } from "../clock.js";
import { devicePrompt, windowOpener, type BrowserOpener } from "../device-flow/default-prompt.js";
import { runDeviceFlow, type DevicePrompt } from "../device-flow/run-device-flow.js";
import { OAuthClient } from "../oauth/oauth-client.js";
import { RefreshingTokenProvider, type ManagedTokenProvider } from "../refreshing-provider.js";
import { tokenStoreKey } from "../stores/token-store.js";
import { joinScopes, refreshGrant } from "./grants.js";
import type { OAuthProviderOptions } from "./provider-options.js";

export interface DeviceFlowOptions extends OAuthProviderOptions {
  /** Public client to log in with (default `client-tools`, or `automated-access` with `offline`). */
  clientId?: string | undefined;
  /** Extra scopes to request. */
  scope?: string | undefined;
  /** Ask for an offline token (`offline_access`) that outlives the login session. */
  offline?: boolean | undefined;
  /**
   * Shows the person the verification URI and user code; called for every login. Default: one
   * line with `console.error` (stderr in Node, the console in a browser).
   */
  onPrompt?: ((prompt: DevicePrompt) => void | Promise<void>) | undefined;
  /**
   * Also open the verification page: `true` uses `window.open` where there is one (import
   * `deviceFlow` from `@provena-sdk/auth-core/node` to open the system browser from Node), or
   * pass your own opener. Default false.
   */
  openBrowser?: boolean | BrowserOpener | undefined;
}

/**
 * Logs in with the device authorization grant (RFC 8628) on the first `getToken()`, then
 * refreshes like any other provider. When the refresh token dies, the next call logs in again.
 */
export function deviceFlow(options: DeviceFlowOptions): ManagedTokenProvider {
  const offline = options.offline === true;
  const clientId = options.clientId ?? (offline ? "automated-access" : "client-tools");
  const client = new OAuthClient({ ...options, clientId });
  const clock = options.clock ?? systemClock;
  const scope = joinScopes(options.scope, offline);
  const opener = options.openBrowser === true ? windowOpener : options.openBrowser === false ? undefined : options.openBrowser;
  const prompt = devicePrompt(options.onPrompt, opener);
  return new RefreshingTokenProvider({
    ...options,
    clock,
    storeKey: tokenStoreKey({ issuer: client.issuer, clientId, user: options.user ?? "default" }),
    lifecycle: {
      acquire: (signal) => runDeviceFlow({ client, scope, onPrompt: prompt, clock, signal }),
      refresh: (current, signal) => refreshGrant(client, current.refreshToken!, clock, signal),
    },
    description: { kind: "deviceFlow", issuer: client.issuer, clientId, offline },
  });
}
