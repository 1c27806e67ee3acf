// login(): the device flow once, with a terminal prompt; the offline token goes to the file token
// store and where it is valid (domain, realm, client) to the config file, so the next
// `createProvenaClient()` (from provena-sdk/node) finds both with no options at all.
import { decodeClaims, type DevicePrompt, type FetchLike } from "@provena-sdk/auth-core";
import { defaultTokenFile, deviceFlow, fileTokenStore } from "@provena-sdk/auth-core/node";
import { ConfigurationError } from "@provena-sdk/http-core";
import { DEFAULT_REALM } from "../local.js";
import { defaultConfigFile, readConfigFile, writeConfigFile } from "./config-file.js";

/** Options of {@link login}. */
export interface LoginOptions {
  /** Provena domain (default: env `PROVENA_DOMAIN`, then the config file). */
  readonly domain?: string | undefined;
  /** Keycloak realm (default: env `PROVENA_REALM`, the config file, then "provena"). */
  readonly realm?: string | undefined;
  /** Public client with offline access (default: env `PROVENA_CLIENT_ID`, then `automated-access`). */
  readonly clientId?: string | undefined;
  /** Shows the code (default: a framed prompt on stderr). */
  readonly onPrompt?: ((prompt: DevicePrompt) => void | Promise<void>) | undefined;
  /** Also open the system browser (default true when stderr is a terminal). */
  readonly openBrowser?: boolean | undefined;
  /** The config file to write domain, realm and client to (default `defaultConfigFile()`). */
  readonly configFile?: string | undefined;
  /** The token file to store the offline token in (default auth-core's `defaultTokenFile()`). */
  readonly tokenFile?: string | undefined;
  /** The fetch the device flow uses (default: the global fetch). */
  readonly fetch?: FetchLike | undefined;
  /** Aborts the login (the device flow stops polling). */
  readonly signal?: AbortSignal | undefined;
  /** Environment to read `PROVENA_*` settings and file locations from (default `process.env`). */
  readonly env?: NodeJS.ProcessEnv | undefined;
}

/** What {@link login} resolves with: who logged in and where the login was saved. */
export interface LoginResult {
  /** The logged-in user's `preferred_username`, if the token has one. */
  readonly username: string | undefined;
  /** The domain the login is valid for. */
  readonly domain: string;
  /** The realm the login is valid for. */
  readonly realm: string;
  /** The config file written. */
  readonly configFile: string;
  /** The token file holding the offline token. */
  readonly tokenFile: string;
}

/** The prompt: what to open, the code in large type, and how long it lasts. */
export function terminalPrompt(prompt: DevicePrompt, write: (text: string) => void = (t) => process.stderr.write(t)): void {
  const minutes = Math.max(1, Math.round(prompt.expiresIn / 60));
  const lines = [
    "Log in to Provena:",
    `  1. open    ${prompt.verificationUri}`,
    `  2. enter   ${prompt.userCode}`,
    ...(prompt.verificationUriComplete === undefined ? [] : [`  (or open ${prompt.verificationUriComplete} with the code filled in)`]),
    `  The code expires in ${minutes} min; this waits until you approve it.`,
  ];
  write(`\n${lines.join("\n")}\n\n`);
}

/**
 * Logs in once with the device flow (the code and URL are shown on stderr, and the browser opened
 * when stderr is a terminal), stores the offline token in the file token store and domain, realm and
 * client in the config file, so that a later `createProvenaClient()` from `provena-sdk/node` needs no options.
 * @throws ConfigurationError when no domain is given, set in `PROVENA_DOMAIN` or saved in the config file.
 */
export async function login(options: LoginOptions = {}): Promise<LoginResult> {
  const env = options.env ?? process.env;
  const configFile = options.configFile ?? defaultConfigFile(env);
  const saved = await readConfigFile(configFile);
  const domain = options.domain ?? nonEmpty(env.PROVENA_DOMAIN) ?? saved.domain;
  if (domain === undefined) throw new ConfigurationError("login() needs a Provena domain: pass `domain` or set PROVENA_DOMAIN (e.g. mds.gbrrestoration.org).");
  const realm = options.realm ?? nonEmpty(env.PROVENA_REALM) ?? saved.realm ?? DEFAULT_REALM;
  const clientId = options.clientId ?? nonEmpty(env.PROVENA_CLIENT_ID);
  const tokenFile = options.tokenFile ?? defaultTokenFile(env);
  const provider = deviceFlow({
    domain,
    realm,
    clientId,
    offline: true,
    store: fileTokenStore({ path: tokenFile }),
    onPrompt: options.onPrompt ?? ((prompt) => terminalPrompt(prompt)),
    openBrowser: options.openBrowser ?? process.stderr.isTTY === true,
    fetch: options.fetch,
  });
  const token = await provider.getToken({ forceRefresh: true, signal: options.signal });
  await writeConfigFile({ domain, realm, ...(clientId === undefined ? {} : { clientId }) }, configFile);
  return { username: decodeClaims(token).username, domain, realm, configFile, tokenFile };
}

const nonEmpty = (value: string | undefined): string | undefined => (value === undefined || value.trim() === "" ? undefined : value.trim());
