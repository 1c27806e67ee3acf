import type { TokenProvider } from "@provena-sdk/http-core";
import { AuthConfigurationError } from "../errors/auth-error.js";
import { INSPECT } from "../redact.js";

/** Always the same token (a token pasted from a browser, a CI secret). `forceRefresh` cannot help. */
export function staticToken(token: string): TokenProvider {
  if (token.trim() === "") throw new AuthConfigurationError("staticToken() was given an empty token.");
  return {
    getToken: () => Promise.resolve(token),
    [INSPECT]: () => "TokenProvider { kind: \"static\", token: [redacted] }",
    toJSON: () => ({ kind: "static", token: "[redacted]" }),
  } as TokenProvider;
}
