// Node-only helpers: the file token store, the config directory, a browser opener.
export { fileTokenStore, type FileTokenStore, type FileTokenStoreOptions } from "./file-token-store.js";
export { defaultConfigDir, defaultTokenFile } from "./config-dir.js";
export { openBrowser } from "./open-browser.js";
