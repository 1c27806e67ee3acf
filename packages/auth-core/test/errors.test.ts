// Every auth-core error says what it is by name, and is recognised by `instanceof` even when it
// comes from another copy of the package (two versions installed side by side): here the built
// dist/ plays the other copy.
import { describe, expect, it } from "vitest";
import * as other from "../dist/index.js";
import * as otherNode from "../dist/node/index.js";
import * as here from "../src/index.js";
import * as hereNode from "../src/node/index.js";

type Errors = typeof here & Pick<typeof hereNode, "TokenFileError">;
type ErrorName = keyof Errors;
const details = { code: "invalid_request", description: "bad", status: 400, url: "https://idp.example/token" };

// name, how to make one, and its parents (root last).
const classes: [name: ErrorName, make: (m: Errors) => Error, parents: (ErrorName)[]][] = [
  ["AuthError", (m) => new m.AuthError("x"), []],
  ["AuthConfigurationError", (m) => new m.AuthConfigurationError("x"), ["AuthError"]],
  ["OAuthError", (m) => new m.OAuthError(details), ["AuthError"]],
  ["InvalidGrantError", (m) => new m.InvalidGrantError({ ...details, code: "invalid_grant" }), ["OAuthError", "AuthError"]],
  ["InvalidClientError", (m) => new m.InvalidClientError({ ...details, code: "invalid_client" }), ["OAuthError", "AuthError"]],
  ["RealmNotFoundError", (m) => new m.RealmNotFoundError(details, "https://idp.example/realms/r", "r"), ["OAuthError", "AuthError"]],
  ["IdentityProviderError", (m) => new m.IdentityProviderError("x", { url: "https://idp.example" }), ["AuthError"]],
  ["IssuerNotFoundError", (m) => new m.IssuerNotFoundError("x", "https://idp.example", { url: "https://idp.example" }), ["IdentityProviderError", "AuthError"]],
  ["DeviceFlowError", (m) => new m.DeviceFlowError("x"), ["AuthError"]],
  ["DeviceCodeExpiredError", (m) => new m.DeviceCodeExpiredError(60, undefined), ["DeviceFlowError", "AuthError"]],
  ["AccessDeniedError", (m) => new m.AccessDeniedError(), ["DeviceFlowError", "AuthError"]],
  ["TokenRefreshError", (m) => new m.TokenRefreshError("x", undefined), ["AuthError"]],
  ["LoginRequiredError", (m) => new m.LoginRequiredError("x", "invalid_grant"), ["TokenRefreshError", "AuthError"]],
  ["MalformedTokenError", (m) => new m.MalformedTokenError("x"), ["AuthError"]],
  ["MissingTokenError", (m) => new m.MissingTokenError("x"), ["AuthError"]],
  ["TokenStoreError", (m) => new m.TokenStoreError("x"), ["AuthError"]],
  ["CorruptTokenStoreError", (m) => new m.CorruptTokenStoreError("x"), ["TokenStoreError", "AuthError"]],
  ["TokenFileError", (m) => new m.TokenFileError("x", "/t", "empty"), ["AuthError"]],
];
const copies = { here: { ...here, TokenFileError: hereNode.TokenFileError }, other: { ...other, TokenFileError: otherNode.TokenFileError } } as unknown as Record<"here" | "other", Errors>;

describe("auth-core's errors", () => {
  it.each(classes)("%s is named for its class and recognised across copies of the package, with its parents", (name, make, parents) => {
    for (const [from, to] of [["here", "other"], ["other", "here"]] as const) {
      const error = make(copies[from]);
      expect(error.name).toBe(name);
      const recognise = (cls: ErrorName) => error instanceof (copies[to][cls] as abstract new (...args: never[]) => unknown);
      expect(recognise(name)).toBe(true);
      for (const parent of parents) expect(recognise(parent)).toBe(true);
      // Not mistaken for an unrelated class.
      for (const [otherName] of classes) if (otherName !== name && !parents.includes(otherName)) expect(recognise(otherName)).toBe(false);
    }
  });
});
