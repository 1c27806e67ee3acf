import { homedir } from "node:os";
import { join } from "node:path";

/**
 * The SDK's per-user config directory: `$XDG_CONFIG_HOME/provena-sdk`, else
 * `%APPDATA%\provena-sdk` on Windows, else `~/.config/provena-sdk`. Never the working directory.
 */
export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg !== undefined && xdg !== "" && xdg.startsWith("/")) return join(xdg, "provena-sdk");
  if (platform === "win32" && env.APPDATA !== undefined && env.APPDATA !== "") return join(env.APPDATA, "provena-sdk");
  return join(homedir(), ".config", "provena-sdk");
}

/** Where `fileTokenStore()` keeps tokens by default. */
export function defaultTokenFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultConfigDir(env), "tokens.json");
}
