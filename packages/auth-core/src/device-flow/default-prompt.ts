// What deviceFlow shows when no `onPrompt` is given. `console.error` is stderr in Node (so the
// prompt never mixes with a script's stdout) and the console in a browser; no Node built-in is
// needed, so the main entry stays browser-safe.
import type { DevicePrompt } from "./run-device-flow.js";

/** Opens a URL for the person logging in; resolves false when it could not. */
export type BrowserOpener = (url: string) => Promise<boolean> | boolean;

/** The prompt's text: the page to open and the code to confirm there. */
export function promptText(prompt: DevicePrompt): string {
  const page = prompt.verificationUriComplete ?? prompt.verificationUri;
  const minutes = Math.max(1, Math.round(prompt.expiresIn / 60));
  return `To log in to Provena, open ${page} and confirm the code ${prompt.userCode} (it expires in ${minutes} min).`;
}

/** Writes the prompt with `console.error`. */
export function consolePrompt(prompt: DevicePrompt): void {
  console.error(promptText(prompt));
}

/** The browser's own `window.open`, where there is one (a Node process has none). */
export function windowOpener(url: string): boolean {
  const open = (globalThis as { open?: (url: string, target?: string) => unknown }).open;
  if (typeof open !== "function") return false;
  return open(url, "_blank") != null;
}

/**
 * The prompt deviceFlow runs: the caller's `onPrompt`, or the console default; then, when an
 * opener is given, the verification page is opened (a failed open only leaves the printed URL).
 */
export function devicePrompt(onPrompt: ((prompt: DevicePrompt) => void | Promise<void>) | undefined, opener: BrowserOpener | undefined) {
  return async (prompt: DevicePrompt): Promise<void> => {
    await (onPrompt ?? consolePrompt)(prompt);
    if (opener === undefined) return;
    try {
      await opener(prompt.verificationUriComplete ?? prompt.verificationUri);
    } catch {
      // The URL is already printed; a missing browser must not fail the login.
    }
  };
}
