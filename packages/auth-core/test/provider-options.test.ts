// What each provider asks of its options, sends, and keeps its tokens under: configuration that
// cannot work fails at once with a clear message, a scope is sent only when given, and store
// keys stay the same from one version to the next (a token file written earlier must still match).
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthConfigurationError, clientCredentials, memoryTokenStore, offlineToken, passwordGrant, staticToken, tokenStoreKey } from "../src/index.js";
import { recordingFetch } from "./support/recording-fetch.js";

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.stop());

describe("options that cannot work fail at once", () => {
  it.each([
    ["clientCredentials without a client id", () => clientCredentials({ issuer: "https://idp.example/realms/r", clientId: "", clientSecret: "s" }), "clientCredentials() needs a non-empty clientId and clientSecret."],
    ["clientCredentials without a secret", () => clientCredentials({ issuer: "https://idp.example/realms/r", clientId: "c", clientSecret: "" }), "clientCredentials() needs a non-empty clientId and clientSecret."],
    ["passwordGrant without a username", () => passwordGrant({ issuer: "https://idp.example/realms/r", username: "", password: "p" }), "passwordGrant() needs a username."],
    ["offlineToken with neither a token nor a store", () => offlineToken({ issuer: "https://idp.example/realms/r" }), "offlineToken() needs an `offlineToken` or a `store` holding one."],
    ["offlineToken with an empty token", () => offlineToken({ issuer: "https://idp.example/realms/r", offlineToken: "" }), "The offline token given is empty."],
    ["staticToken with a blank token", () => staticToken("  \n"), "staticToken() was given an empty token."],
  ])("%s", (_, make, message) => {
    expect(make).toThrow(new AuthConfigurationError(message));
  });

  it("accepts what can work", () => {
    expect(() => clientCredentials({ issuer: "https://idp.example/realms/r", clientId: "c", clientSecret: "s" })).not.toThrow();
    expect(() => passwordGrant({ issuer: "https://idp.example/realms/r", username: "u", password: "" })).not.toThrow();
    expect(() => offlineToken({ issuer: "https://idp.example/realms/r", store: memoryTokenStore() })).not.toThrow();
  });
});

describe("what providers send and where they keep tokens", () => {
  const form = (body: BodyInit | null | undefined) => Object.fromEntries(new URLSearchParams(typeof body === "string" ? body : ""));

  it("a scope is sent only when one is given", async () => {
    const bodies: Record<string, string>[] = [];
    const seeing = (input: string, init: RequestInit) => {
      bodies.push(form(init.body));
      return fetch(input, init);
    };
    await clientCredentials({ issuer: server.issuer, clientId: "prov-api", clientSecret: "prov-api-secret", fetch: seeing }).getToken();
    await clientCredentials({ issuer: server.issuer, clientId: "prov-api", clientSecret: "prov-api-secret", scope: "openid", fetch: seeing }).getToken();
    await passwordGrant({ issuer: server.issuer, username: "user1", password: "user1", fetch: seeing }).getToken();
    await passwordGrant({ issuer: server.issuer, username: "user1", password: "user1", scope: " openid  email ", fetch: seeing }).getToken();
    expect(bodies.map((b) => b.scope)).toEqual([undefined, "openid", undefined, "openid email"]);
  });

  it("keys: issuer, client and user, space-separated and URI-encoded, with each provider's default user", async () => {
    expect(tokenStoreKey({ issuer: "https://idp.example/realms/r", clientId: "c 1", user: "ann" })).toBe("https%3A%2F%2Fidp.example%2Frealms%2Fr c%201 ann");
    const store = memoryTokenStore();
    const key = (clientId: string, user: string) => tokenStoreKey({ issuer: server.issuer, clientId, user });
    await clientCredentials({ issuer: server.issuer, clientId: "prov-api", clientSecret: "prov-api-secret", store }).getToken();
    await clientCredentials({ issuer: server.issuer, clientId: "prov-api", clientSecret: "prov-api-secret", store, user: "ops" }).getToken();
    await passwordGrant({ issuer: server.issuer, username: "user1", password: "user1", store }).getToken();
    expect(await store.get(key("prov-api", "service-account-prov-api"))).toBeDefined();
    expect(await store.get(key("prov-api", "ops"))).toBeDefined();
    expect(await store.get(key("integration-tests", "user1"))).toBeDefined();
  });

  it("an offline-token provider with only a store starts from the stored access token while it is fresh", async () => {
    const seed = (await passwordGrant({ issuer: server.issuer, clientId: "integration-tests", username: "user1", password: "user1" }).getTokenSet()).toStored();
    const store = memoryTokenStore();
    await store.set(tokenStoreKey({ issuer: server.issuer, clientId: "integration-tests", user: "default" }), seed);
    const recorder = recordingFetch();
    const provider = offlineToken({ issuer: server.issuer, clientId: "integration-tests", store, fetch: recorder.fetch });
    expect(await provider.getToken()).toBe(seed.accessToken);
    expect(recorder.exchanges).toHaveLength(0);
  });

  it("say what kind of provider they are, and nothing secret", () => {
    const issuer = "https://idp.example/realms/r";
    expect(JSON.parse(JSON.stringify(clientCredentials({ issuer, clientId: "c", clientSecret: "s3cr3t" })))).toEqual({ kind: "clientCredentials", issuer, clientId: "c", tokens: "none" });
    expect(JSON.parse(JSON.stringify(offlineToken({ issuer, offlineToken: "off-tok" })))).toEqual({ kind: "offlineToken", issuer, clientId: "automated-access", tokens: "none" });
  });
});
