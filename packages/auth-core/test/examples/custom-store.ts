import { deviceFlow, type StoredTokens, type TokenStore } from "@provena-sdk/auth-core";

// Any async key-value storage works, e.g. a keychain or browser storage.
const saved = new Map<string, string>();
const jsonStore: TokenStore = {
  get(key) {
    const text = saved.get(key);
    return Promise.resolve(text === undefined ? undefined : (JSON.parse(text) as StoredTokens));
  },
  set(key, tokens) {
    saved.set(key, JSON.stringify(tokens));
    return Promise.resolve();
  },
  delete(key) {
    saved.delete(key);
    return Promise.resolve();
  },
};

export const auth = deviceFlow({
  issuer: "https://auth.provena.example.org/auth/realms/provena",
  store: jsonStore,
  refreshSkewSeconds: 60,
  onPrompt: ({ verificationUri, userCode }) => console.error(`${verificationUri} ${userCode}`),
});
