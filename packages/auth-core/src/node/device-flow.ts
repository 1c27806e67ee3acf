// deviceFlow for Node: the same provider, with `openBrowser: true` opening the system browser
// (xdg-open / open / rundll32) rather than `window.open`, which Node does not have.
import { deviceFlow as baseDeviceFlow, type DeviceFlowOptions } from "../providers/device-flow.js";
import type { ManagedTokenProvider } from "../refreshing-provider.js";
import { openBrowser } from "./open-browser.js";

/**
 * Logs in with the device flow. The code and URL go to stderr unless `onPrompt` is given;
 * with `openBrowser: true` the verification page also opens in the system browser.
 */
export function deviceFlow(options: DeviceFlowOptions): ManagedTokenProvider {
  return baseDeviceFlow({ ...options, openBrowser: options.openBrowser === true ? openBrowser : options.openBrowser });
}
