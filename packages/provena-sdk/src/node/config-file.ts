// The config file `login()` writes: `<config dir>/config.json` (next to the token store), holding
// where to log in, never a token.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { defaultConfigDir } from "@provena-sdk/auth-core/node";
import { ConfigurationError } from "@provena-sdk/http-core";
import type { ProvenaConfigFile } from "../settings.js";

/** `$XDG_CONFIG_HOME/provena-sdk/config.json` (or `~/.config/...`, `%APPDATA%\...`). */
export function defaultConfigFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultConfigDir(env), "config.json");
}

const FIELDS = ["domain", "realm", "clientId", "user"] as const;

/** The saved settings, or `{}` when there is no file. A malformed file is an error naming it. */
export async function readConfigFile(file: string = defaultConfigFile()): Promise<ProvenaConfigFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`${file} is not valid JSON: fix it or delete it and run login() again.`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new ConfigurationError(`${file} should hold a JSON object: fix it or delete it and run login() again.`);
  }
  const out: Record<string, string> = {};
  for (const field of FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(parsed, field)) continue;
    const value = (parsed as Record<string, unknown>)[field];
    if (typeof value !== "string") throw new ConfigurationError(`${file}: "${field}" should be a string.`);
    out[field] = value;
  }
  return out;
}

/** Writes the settings atomically (temp file + rename), readable by the user only. */
export async function writeConfigFile(config: ProvenaConfigFile, file: string = defaultConfigFile()): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  await rename(temp, file);
}
