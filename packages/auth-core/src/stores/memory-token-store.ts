import { INSPECT } from "../redact.js";
import type { StoredTokens } from "./stored-tokens.js";
import type { TokenStore } from "./token-store.js";

/** A store that lives as long as the process (or the page). */
export function memoryTokenStore(): TokenStore {
  const entries = new Map<string, StoredTokens>();
  return {
    get: (key) => Promise.resolve(copy(entries.get(key))),
    set: (key, tokens) => {
      entries.set(key, { ...tokens });
      return Promise.resolve();
    },
    delete: (key) => {
      entries.delete(key);
      return Promise.resolve();
    },
    // The entries hold secrets: show only how many there are.
    [INSPECT]: () => `MemoryTokenStore { entries: ${entries.size} }`,
    toJSON: () => ({ kind: "memory", entries: entries.size }),
  } as TokenStore;
}

function copy(tokens: StoredTokens | undefined): StoredTokens | undefined {
  return tokens === undefined ? undefined : { ...tokens };
}
