import type { GetTokenOptions, TokenProvider } from "@provena-sdk/http-core";
import { raceAbort, throwIfAborted } from "../abort.js";
import { AuthError } from "../errors/auth-error.js";
import { INSPECT } from "../redact.js";

/** Supplies tokens from elsewhere; `forceRefresh` and `signal` are passed through. */
export type ExternalTokenCallback = (options: GetTokenOptions) => string | Promise<string>;

/**
 * Tokens from code that already manages a login, e.g. keycloak-js in a browser:
 * `externalToken(async ({ forceRefresh }) => { await keycloak.updateToken(forceRefresh ? -1 : 30); return keycloak.token! })`.
 */
export function externalToken(callback: ExternalTokenCallback): TokenProvider {
  return {
    getToken: async (options: GetTokenOptions = {}) => {
      throwIfAborted(options.signal);
      const token = await raceAbort(Promise.resolve(callback(options)), options.signal);
      if (typeof token !== "string" || token === "") {
        throw new AuthError("The externalToken() callback did not return a token (expected a non-empty string).");
      }
      return token;
    },
    [INSPECT]: () => "TokenProvider { kind: \"external\" }",
    toJSON: () => ({ kind: "external" }),
  } as TokenProvider;
}
