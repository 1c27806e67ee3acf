import { spawn } from "node:child_process";

/**
 * Opens `url` in the user's browser (for a device-flow prompt). Resolves false when no opener
 * could be started (headless machines); never throws for that. Only http(s) URLs are opened,
 * and no shell is involved.
 */
export function openBrowser(url: string): Promise<boolean> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.resolve(false);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return Promise.resolve(false);
  const [command, args] = openerFor(process.platform, parsed.toString());
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { stdio: "ignore", detached: true });
    child.once("error", () => resolvePromise(false));
    child.once("spawn", () => {
      child.unref();
      resolvePromise(true);
    });
  });
}

function openerFor(platform: NodeJS.Platform, url: string): [string, string[]] {
  if (platform === "darwin") return ["open", [url]];
  if (platform === "win32") return ["rundll32", ["url.dll,FileProtocolHandler", url]];
  return ["xdg-open", [url]];
}
