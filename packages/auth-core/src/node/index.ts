/**
 * Node-only helpers: the file token store, the config directory, a browser opener, deviceFlow
 * opening the system browser, and the offline token read from a file.
 *
 * @module @provena-sdk/auth-core/node
 */
export { fileTokenStore, type FileTokenStore, type FileTokenStoreOptions } from "./file-token-store.js";
export { defaultConfigDir, defaultTokenFile } from "./config-dir.js";
export { openBrowser } from "./open-browser.js";
export { deviceFlow } from "./device-flow.js";
export { offlineTokenFromFile, readOfflineTokenFile, type OfflineTokenFileOptions } from "./offline-token-file.js";
export { TokenFileError, type TokenFileProblem } from "../errors/token-file-error.js";
export type { DeviceFlowOptions } from "../providers/device-flow.js";
