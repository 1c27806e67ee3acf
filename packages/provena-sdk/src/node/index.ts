/**
 * Node-only: the config file layer of the credential chain, and login() that fills it.
 *
 * @module provena-sdk/node
 */
export { createProvenaClient, type NodeClientOptions } from "./create-client.js";
export { login, terminalPrompt, type LoginOptions, type LoginResult } from "./login.js";
export { defaultConfigFile, readConfigFile, writeConfigFile } from "./config-file.js";
