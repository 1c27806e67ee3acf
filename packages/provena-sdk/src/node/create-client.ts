// createProvenaClient for Node: the browser-safe chain (options, env) plus the config file and
// file token store `login()` fills.
import { defaultTokenFile, fileTokenStore } from "@provena-sdk/auth-core/node";
import { offlineToken } from "@provena-sdk/auth-core";
import { ProvenaClient, type ProvenaClientOptions } from "../client.js";
import { defaultConfigFile, readConfigFile } from "./config-file.js";

/**
 * Options of `provena-sdk/node`'s {@link createProvenaClient}: the browser-safe options plus where
 * `login()` keeps its config and token files.
 */
export interface NodeClientOptions extends ProvenaClientOptions {
  /** The config file to read (default `defaultConfigFile()`). */
  readonly configFile?: string | undefined;
  /** The token file `login()` stored the offline token in (default auth-core's `defaultTokenFile()`). */
  readonly tokenFile?: string | undefined;
}

/** Like provena-sdk's `createProvenaClient`, with the config file written by `login()` as the chain's last layer. */
export async function createProvenaClient(options: NodeClientOptions = {}): Promise<ProvenaClient> {
  const { configFile, tokenFile, ...rest } = options;
  const config = rest.local === undefined || rest.local === false ? await readConfigFile(configFile ?? defaultConfigFile(rest.env)) : {};
  const store = fileTokenStore({ path: tokenFile ?? defaultTokenFile(rest.env) });
  return new ProvenaClient(rest, {
    config,
    tokenProvider: ({ domain, realm, clientId, user }) => offlineToken({ domain, realm, clientId, user, store, fetch: rest.fetch }),
  });
}
