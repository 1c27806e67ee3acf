// The default credential chain: explicit options, then environment variables, then the config
// file `login()` wrote (read by the `/node` entry and passed in as `fileConfig`). The first
// layer that names a value wins, value by value.
import { offlineToken, staticToken } from "@provena-sdk/auth-core";
import type { TokenProvider, ServiceEndpoints } from "@provena-sdk/http-core";
import { localEndpoints, localIssuer, DEFAULT_LOCAL_ORIGIN, DEFAULT_REALM } from "./local.js";
import { passwordGrant } from "@provena-sdk/auth-core";

/** What `login()` stores in the user's config folder (never a token: those go to the token store). */
export interface ProvenaConfigFile {
  /** The Provena domain the tokens are valid for. */
  readonly domain?: string | undefined;
  /** The Keycloak realm the tokens are from. */
  readonly realm?: string | undefined;
  /** The OAuth client the offline token was issued to; absent for auth-core's default. */
  readonly clientId?: string | undefined;
  /** The token store's user key the offline token was stored under (default "default"). */
  readonly user?: string | undefined;
}

/** The local server to talk to with `local`. */
export interface LocalOptions {
  /** Default `http://127.0.0.1:8790` (provena-local's default port). */
  readonly origin?: string | undefined;
  /** Realm user to log in as with the password grant (default "admin", password = username). */
  readonly username?: string | undefined;
  /** The user's password (default: the username, as provena-local's default users have). */
  readonly password?: string | undefined;
  /** The realm to log in to (default: `realm` of the options, then "provena"). */
  readonly realm?: string | undefined;
}

/**
 * Where the client's credentials and endpoints come from. Each setting is taken from the options,
 * else from the environment, else from the config file; `auth` and `local` are options only.
 */
export interface CredentialOptions {
  /** Provena domain, e.g. "mds.gbrrestoration.org" (env `PROVENA_DOMAIN`). */
  readonly domain?: string | undefined;
  /** Keycloak realm (env `PROVENA_REALM`; default "provena"). */
  readonly realm?: string | undefined;
  /** OAuth client the offline token was issued to (env `PROVENA_CLIENT_ID`). */
  readonly clientId?: string | undefined;
  /** Any token provider from @provena-sdk/auth-core (deviceFlow, clientCredentials, ...). Wins over every other source. */
  readonly auth?: TokenProvider | undefined;
  /** An offline (refresh) token (env `PROVENA_OFFLINE_TOKEN`). */
  readonly offlineToken?: string | undefined;
  /** A ready access token, used as is (env `PROVENA_ACCESS_TOKEN`). */
  readonly accessToken?: string | undefined;
  /** Connect to a running `provena-local` (`true`: its default address, logged in as admin). */
  readonly local?: boolean | LocalOptions | undefined;
  /** Environment to read (default `process.env` where there is one; `{}` turns the layer off). */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  /** The fetch the token providers built here use (the transport's too). */
  readonly fetch?: typeof fetch | undefined;
}

/** Which layer each setting came from, for `whoami()` and error hints. */
export type CredentialSource = "options" | "env" | "config-file" | "local" | "none";

export interface ResolvedSettings {
  readonly domain: string | undefined;
  readonly realm: string;
  readonly endpoints: Partial<ServiceEndpoints> | undefined;
  readonly tokenProvider: TokenProvider | undefined;
  readonly tokenSource: CredentialSource;
}

/**
 * Extra inputs the `/node` entry adds to the credential chain: the config file `login()` wrote and
 * the file token store it points into. Made by `provena-sdk/node`'s `createProvenaClient`;
 * browser programs leave it out.
 */
export interface FileLayer {
  /** The config file's contents (`{}` when there is none). */
  readonly config: ProvenaConfigFile;
  /** An offline-token provider reading the file token store, for the config's domain/realm/client. */
  readonly tokenProvider: (settings: { domain: string; realm: string; clientId: string | undefined; user: string | undefined }) => TokenProvider;
}

function processEnv(): Readonly<Record<string, string | undefined>> {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return proc?.env ?? {};
}

const nonEmpty = (value: string | undefined): string | undefined => (value === undefined || value.trim() === "" ? undefined : value.trim());

export function resolveSettings(options: CredentialOptions, file?: FileLayer): ResolvedSettings {
  if (options.local !== undefined && options.local !== false) return resolveLocal(options, options.local === true ? {} : options.local);
  const env = options.env ?? processEnv();
  const fromFile = file?.config ?? {};
  const domain = options.domain ?? nonEmpty(env.PROVENA_DOMAIN) ?? fromFile.domain;
  const realm = options.realm ?? nonEmpty(env.PROVENA_REALM) ?? fromFile.realm ?? DEFAULT_REALM;
  const clientId = options.clientId ?? nonEmpty(env.PROVENA_CLIENT_ID) ?? fromFile.clientId;
  const base = { domain, realm, endpoints: undefined };

  if (options.auth !== undefined) return { ...base, tokenProvider: options.auth, tokenSource: "options" };
  const idp = domain === undefined ? undefined : { domain, realm };
  const fromToken = (offline: string | undefined, access: string | undefined): TokenProvider | undefined => {
    if (access !== undefined) return staticToken(access);
    if (offline !== undefined) {
      if (idp === undefined) return undefined;
      return offlineToken({ ...idp, clientId, offlineToken: offline, fetch: options.fetch });
    }
    return undefined;
  };
  const explicit = fromToken(options.offlineToken, options.accessToken);
  if (explicit !== undefined) return { ...base, tokenProvider: explicit, tokenSource: "options" };
  const fromEnv = fromToken(nonEmpty(env.PROVENA_OFFLINE_TOKEN), nonEmpty(env.PROVENA_ACCESS_TOKEN));
  if (fromEnv !== undefined) return { ...base, tokenProvider: fromEnv, tokenSource: "env" };
  // The stored login only serves the deployment it was made against.
  if (file !== undefined && domain !== undefined && fromFile.domain === domain) {
    const provider = file.tokenProvider({ domain, realm, clientId, user: fromFile.user });
    return { ...base, tokenProvider: provider, tokenSource: "config-file" };
  }
  return { ...base, tokenProvider: undefined, tokenSource: "none" };
}

function resolveLocal(options: CredentialOptions, local: LocalOptions): ResolvedSettings {
  const origin = (local.origin ?? DEFAULT_LOCAL_ORIGIN).replace(/\/+$/, "");
  const realm = local.realm ?? options.realm ?? DEFAULT_REALM;
  const username = local.username ?? "admin";
  const tokenProvider =
    options.auth ??
    (options.accessToken !== undefined ? staticToken(options.accessToken) : undefined) ??
    passwordGrant({ issuer: localIssuer(origin, realm), username, password: local.password ?? username, fetch: options.fetch });
  return { domain: undefined, realm, endpoints: localEndpoints(origin), tokenProvider, tokenSource: "local" };
}
