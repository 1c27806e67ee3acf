// How auth-core speaks OAuth on the wire, against a tiny real identity provider started in the
// test (node:http, port 0) whose replies each test scripts: what a token request looks like, which
// error class each OAuth error becomes, and what of the server's error text reaches a message.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AbortError,
  AccessDeniedError,
  clearDiscoveryCache,
  clientCredentials,
  deviceFlow,
  discoverEndpoints,
  IdentityProviderError,
  IssuerNotFoundError,
  InvalidClientError,
  InvalidGrantError,
  OAuthError,
  passwordGrant,
  RealmNotFoundError,
  type OidcEndpoints,
} from "../src/index.js";
import { OAuthClient } from "../src/oauth/oauth-client.js";

interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}
interface Scripted {
  status: number;
  body: string;
  contentType?: string;
}

let server: Server;
let origin: string;
const seen: Seen[] = [];
const script: Scripted[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body });
      const next = script.shift() ?? { status: 500, body: JSON.stringify({ error: "server_error", error_description: "nothing scripted" }) };
      if (next.status === 0) return; // never answers
      res.writeHead(next.status, { "content-type": next.contentType ?? "application/json" }).end(next.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);
afterEach(() => {
  seen.length = 0;
  script.length = 0;
});

const endpoints = (): OidcEndpoints => ({ issuer: `${origin}/realm`, token: `${origin}/realm/token`, deviceAuthorization: `${origin}/realm/device` });
const answer = (status: number, body: unknown, contentType?: string) =>
  void script.push({ status, body: typeof body === "string" ? body : JSON.stringify(body), ...(contentType === undefined ? {} : { contentType }) });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("the request should fail"), (e: unknown) => e);
const TOKEN = { access_token: "opaque-access", token_type: "Bearer", expires_in: 300 };

describe("token requests on the wire", () => {
  it("are POSTs of an application/x-www-form-urlencoded form with the grant, client id and secret, asking for JSON", async () => {
    answer(200, TOKEN);
    const provider = clientCredentials({ endpoints: endpoints(), clientId: "svc one", clientSecret: "s3cret&=+value", scope: "openid roles" });
    expect(await provider.getToken()).toBe("opaque-access");

    expect(seen).toHaveLength(1);
    const request = seen[0]!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/realm/token");
    expect(request.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request.headers.accept).toBe("application/json");
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({
      grant_type: "client_credentials",
      scope: "openid roles",
      client_id: "svc one",
      client_secret: "s3cret&=+value",
    });
  });

  it("a public client sends no client_secret at all", async () => {
    answer(200, TOKEN);
    await passwordGrant({ endpoints: endpoints(), clientId: "public-cli", username: "ann", password: "pw-1234" }).getToken();
    const form = new URLSearchParams(seen[0]!.body);
    expect(form.get("client_id")).toBe("public-cli");
    expect(form.has("client_secret")).toBe(false);
    expect(form.get("grant_type")).toBe("password");
    expect([form.get("username"), form.get("password")]).toEqual(["ann", "pw-1234"]);
  });
});

describe("OAuth errors become the class that says what to do", () => {
  type ErrorClass = abstract new (...args: never[]) => OAuthError;
  const cases: [code: string, status: number, cls: ErrorClass, notA: ErrorClass[]][] = [
    ["invalid_grant", 400, InvalidGrantError, [InvalidClientError]],
    ["invalid_client", 401, InvalidClientError, [InvalidGrantError]],
    ["unauthorized_client", 400, OAuthError, [InvalidGrantError, InvalidClientError]],
    ["invalid_scope", 400, OAuthError, [InvalidGrantError, InvalidClientError]],
    ["temporarily_unavailable", 503, OAuthError, [InvalidGrantError, InvalidClientError]],
  ];
  it.each(cases)("%s (HTTP %i)", async (code, status, cls, notA) => {
    answer(status, { error: code, error_description: `the server says ${code}` });
    const error = await failure(passwordGrant({ endpoints: endpoints(), clientId: "cli", username: "ann", password: "pw-1234" }).getToken());
    expect(error).toBeInstanceOf(cls);
    for (const other of notA) expect(error).not.toBeInstanceOf(other);
    const oauth = error as OAuthError;
    expect([oauth.code, oauth.status, oauth.description, oauth.url]).toEqual([code, status, `the server says ${code}`, `${origin}/realm/token`]);
    expect(oauth.message).toContain(code);
    expect(oauth.message).toContain(`the server says ${code}`);
  });

  it("an error without a description still names its code", async () => {
    answer(400, { error: "invalid_request" });
    const error = (await failure(passwordGrant({ endpoints: endpoints(), clientId: "cli", username: "ann", password: "pw-1234" }).getToken())) as OAuthError;
    expect(error.description).toBeUndefined();
    expect(error.message).toBe(`The identity provider rejected the request (HTTP 400 from ${origin}/realm/token): invalid_request.`);
  });

  it("a 404 at the token endpoint: Keycloak's realm answer is a RealmNotFoundError, a plain 404 says what an issuer looks like", async () => {
    const login = () => failure(passwordGrant({ endpoints: endpoints(), clientId: "cli", username: "ann", password: "pw-1234" }).getToken());
    answer(404, { error: "Realm does not exist" });
    expect(await login()).toBeInstanceOf(RealmNotFoundError);
    answer(404, "<html>Not Found</html>", "text/html");
    const plain = await login();
    expect(plain).toBeInstanceOf(IssuerNotFoundError);
    expect((plain as Error).message).toBe(
      `The identity provider answered HTTP 404 for POST ${origin}/realm/token. The issuer ${origin}/realm is not a Keycloak realm URL: give the realm URL, e.g. ${origin}/auth/realms/<realm> (for a Provena deployment: https://auth.<domain>/auth/realms/<realm>), or pass domain and realm instead of issuer.`,
    );
    // An OAuth error that is not about the realm, on a 404 or not, stays what it says.
    answer(404, { error: "invalid_request", error_description: "unknown grant endpoint" });
    const notRealm = await login();
    expect(notRealm).not.toBeInstanceOf(RealmNotFoundError);
    expect((notRealm as OAuthError).code).toBe("invalid_request");
    // Only a 404 says the realm is missing: the same words on a 401 are the client's problem.
    answer(401, { error: "invalid_client", error_description: "Realm does not exist for this client" });
    const client = await login();
    expect(client).toBeInstanceOf(InvalidClientError);
    expect(client).not.toBeInstanceOf(RealmNotFoundError);
    // A path below a realm is not a realm URL.
    answer(404, "<html>Not Found</html>", "text/html");
    const below = `${origin}/auth/realms/provena/account`;
    const belowError = await failure(passwordGrant({ endpoints: { ...endpoints(), issuer: below }, clientId: "cli", username: "ann", password: "pw-1234" }).getToken());
    expect((belowError as Error).message).toContain(`The issuer ${below} is not a Keycloak realm URL`);
    // An issuer that is a realm URL gets the hint to check it, not to make it one.
    answer(404, "<html>Not Found</html>", "text/html");
    const realmIssuer = `${origin}/auth/realms/provena`;
    const checked = await failure(passwordGrant({ endpoints: { ...endpoints(), issuer: realmIssuer }, clientId: "cli", username: "ann", password: "pw-1234" }).getToken());
    expect((checked as Error).message).toBe(
      `The identity provider answered HTTP 404 for POST ${origin}/realm/token. Check that the issuer ${realmIssuer} is the Keycloak realm URL (…/auth/realms/<realm>).`,
    );
  });

  it("the refusal's message says what to do, with or without the server's description", async () => {
    const login = () => failure(passwordGrant({ endpoints: endpoints(), clientId: "cli", username: "ann", password: "pw-1234" }).getToken());
    const url = `${origin}/realm/token`;
    answer(400, { error: "invalid_grant" });
    expect((await login() as Error).message).toBe(`The identity provider at ${url} refused the grant as invalid or expired: invalid_grant.`);
    answer(400, { error: "invalid_grant", error_description: "Invalid user credentials" });
    expect((await login() as Error).message).toBe(`The identity provider at ${url} refused the grant as invalid or expired: invalid_grant (Invalid user credentials).`);
    answer(401, { error: "invalid_client" });
    expect((await login() as Error).message).toBe(`The identity provider at ${url} did not accept the client credentials: invalid_client. Check the client id and secret.`);
    answer(401, { error: "invalid_client", error_description: "Invalid client secret" });
    expect((await login() as Error).message).toBe(`The identity provider at ${url} did not accept the client credentials: invalid_client (Invalid client secret). Check the client id and secret.`);
    // A description ending in several full stops or spaces still ends the sentence with one.
    answer(400, { error: "invalid_scope", error_description: "Scope not allowed... " });
    expect((await login() as Error).message).toBe(`The identity provider rejected the request (HTTP 400 from ${url}): invalid_scope: Scope not allowed.`);
    // A realm answer from an issuer that names no realm, with and without a description.
    answer(404, { error: "Realm does not exist" });
    expect((await login() as Error).message).toBe(
      `The realm does not exist on the identity provider (HTTP 404 from ${url}): Realm does not exist. Check the realm name: the \`realm\` option, PROVENA_REALM, or the /realms/<realm> part of the issuer ${origin}/realm.`,
    );
    answer(404, { error: "not_found", error_description: "Realm does not exist." });
    const described = (await login()) as RealmNotFoundError;
    expect([described.realm, described.message]).toEqual([
      undefined,
      `The realm does not exist on the identity provider (HTTP 404 from ${url}): not_found: Realm does not exist. Check the realm name: the \`realm\` option, PROVENA_REALM, or the /realms/<realm> part of the issuer ${origin}/realm.`,
    ]);
  });

  it("a reply that is not an OAuth error (an HTML error page) is an IdentityProviderError with the status", async () => {
    answer(502, "<html><body>Bad gateway</body></html>", "text/html");
    const error = await failure(passwordGrant({ endpoints: endpoints(), clientId: "cli", username: "ann", password: "pw-1234" }).getToken());
    expect(error).toBeInstanceOf(IdentityProviderError);
    expect(error).not.toBeInstanceOf(OAuthError);
    expect((error as IdentityProviderError).status).toBe(502);
    expect((error as Error).message).toContain("HTTP 502 without an OAuth error body");
  });

  it("a 200 without a usable token is an IdentityProviderError naming the missing field", async () => {
    answer(200, { token_type: "Bearer" });
    const error = await failure(passwordGrant({ endpoints: endpoints(), clientId: "cli", username: "ann", password: "pw-1234" }).getToken());
    expect(error).toBeInstanceOf(IdentityProviderError);
    expect((error as IdentityProviderError).status).toBe(200);
    expect((error as Error).message).toContain("access_token");
  });
});

describe("what of the server's error text reaches a message", () => {
  const secret = "Pa ss/w+rd&=1";
  const clientSecret = "cl1ent-s3cret";
  const renderings = (error: unknown) => [inspect(error, { depth: 5 }), JSON.stringify(error), String(error), (error as Error).message].join("\n");

  it("the request's own secrets are scrubbed, as sent and form-encoded, from the code and the description", async () => {
    const form = new URLSearchParams({ password: secret, client_secret: clientSecret }).toString();
    answer(401, { error: `invalid_client ${clientSecret}`, error_description: `refused ${form} raw ${secret} uri ${encodeURIComponent(secret)}` });
    const error = await failure(
      passwordGrant({ endpoints: endpoints(), clientId: "cli", clientSecret, username: "ann", password: secret }).getToken(),
    );
    const text = renderings(error);
    for (const form of [secret, encodeURIComponent(secret), new URLSearchParams({ v: secret }).toString().slice(2), clientSecret]) {
      expect(text).not.toContain(form);
    }
    expect((error as OAuthError).code).toBe("invalid_client [redacted]");
    expect((error as OAuthError).description).toContain("refused password=[redacted]&client_secret=[redacted] raw [redacted] uri [redacted]");
  });

  // The grants auth-core's providers send carry passwords, client secrets, refresh tokens and
  // device codes; the OAuth client under them scrubs every credential parameter of the RFCs, so a
  // grant built on it later (authorization code + PKCE, JWT bearer, token exchange) is covered too.
  it.each([
    ["authorization_code", { code: "auth-code-77", code_verifier: "verifier-88" }],
    ["urn:ietf:params:oauth:grant-type:jwt-bearer", { assertion: "assertion-99" }],
    ["client_credentials", { client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", client_assertion: "client-assertion-11" }],
    ["urn:ietf:params:oauth:grant-type:token-exchange", { subject_token: "subject-token-22", subject_token_type: "urn:ietf:params:oauth:token-type:access_token" }],
  ])("a %s grant's credentials are scrubbed from echoed error text", async (grantType, params) => {
    const values = Object.entries(params).filter(([name]) => !name.endsWith("_type")).map(([, value]) => value);
    const echoed = values.join(" and ");
    answer(400, { error: `invalid_grant ${echoed}`, error_description: `rejected ${echoed}` });
    const client = new OAuthClient({ endpoints: endpoints(), clientId: "cli" });
    const error = (await failure(client.requestToken({ grant_type: grantType, ...params }))) as OAuthError;
    expect(Object.fromEntries(new URLSearchParams(seen[0]!.body))).toEqual({ grant_type: grantType, ...params, client_id: "cli" });
    const scrubbed = values.map(() => "[redacted]").join(" and ");
    expect([error.code, error.description]).toEqual([`invalid_grant ${scrubbed}`, `rejected ${scrubbed}`]);
    for (const value of values) expect(renderings(error)).not.toContain(value);
  });

  it("an empty password or client secret leaves the server's text as it was", async () => {
    answer(400, { error: "invalid_grant", error_description: "Invalid user credentials" });
    const error = (await failure(passwordGrant({ endpoints: endpoints(), clientId: "cli", clientSecret: "", username: "ann", password: "" }).getToken())) as OAuthError;
    expect([error.code, error.description]).toEqual(["invalid_grant", "Invalid user credentials"]);
  });

  it("token-shaped text (a JWT, a long opaque run) is dropped, and a long description is cut at 300 characters", async () => {
    const jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbm4ifQ.c2lnbmF0dXJl";
    const opaque = "A".repeat(39) + "b";
    answer(400, { error: "invalid_grant", error_description: `bad ${jwt} and ${opaque}; short ${"c".repeat(39)} ${"x ".repeat(300)}` });
    const error = (await failure(passwordGrant({ endpoints: endpoints(), clientId: "cli", username: "ann", password: "pw-1234" }).getToken())) as OAuthError;
    expect(error.description!.startsWith(`bad [redacted] and [redacted]; short ${"c".repeat(39)} x x`)).toBe(true);
    expect(error.description).toHaveLength(301);
    expect(error.description!.endsWith("…")).toBe(true);
    expect(renderings(error)).not.toContain(jwt);

    const exactly300 = "y ".repeat(150);
    answer(400, { error: "invalid_grant", error_description: exactly300 });
    const whole = (await failure(passwordGrant({ endpoints: endpoints(), clientId: "cli", username: "ann", password: "pw-1234" }).getToken())) as OAuthError;
    expect(whole.description).toBe(exactly300);
  });

  it("an endpoint that is not a URL is reported without quoting it", async () => {
    const error = await failure(
      passwordGrant({ endpoints: { ...endpoints(), token: "token endpoint with pw-in-text" }, clientId: "cli", username: "ann", password: "pw-1234" }).getToken(),
    );
    expect(error).toBeInstanceOf(IdentityProviderError);
    expect((error as IdentityProviderError).url).toBe("[invalid URL]");
    expect(renderings(error)).not.toContain("pw-in-text");
    expect(seen).toHaveLength(0);
  });

  it("the endpoint is named without credentials or query values", async () => {
    const port = new URL(origin).port;
    answer(400, { error: "invalid_request" });
    const withQuery = { ...endpoints(), token: `${origin}/realm/token?code=abc123&state=xyz` };
    const error = (await failure(passwordGrant({ endpoints: withQuery, clientId: "cli", username: "ann", password: "pw-1234" }).getToken())) as OAuthError;
    expect(error.url).toBe(`${origin}/realm/token?code=%5Bredacted%5D&state=%5Bredacted%5D`);
    expect(renderings(error)).not.toMatch(/abc123|xyz/);

    // fetch refuses a URL with user-info; the error says where, without it.
    // Given unnormalised (upper-case scheme), while fetch quotes it normalised: neither form leaks.
    const withUser = { ...endpoints(), token: `HTTP://user-name:pw-in-url@127.0.0.1:${port}/realm/token` };
    const refused = await failure(passwordGrant({ endpoints: withUser, clientId: "cli", username: "ann", password: "pw-1234" }).getToken());
    expect(refused).toBeInstanceOf(IdentityProviderError);
    expect((refused as IdentityProviderError).url).toBe(`${origin}/realm/token`);
    expect(renderings(refused)).not.toMatch(/pw-in-url|user-name/);
  });
});

describe("the conversation around the token request", () => {
  it("a failed discovery is not remembered: the next call discovers again and logs in", async () => {
    clearDiscoveryCache();
    const issuer = `${origin}/realm`;
    answer(503, "busy", "text/plain");
    const provider = passwordGrant({ issuer, discovery: true, clientId: "cli", username: "ann", password: "pw-1234" });
    expect(await failure(provider.getToken())).toBeInstanceOf(IdentityProviderError);
    answer(200, { issuer, token_endpoint: `${origin}/elsewhere/token` });
    answer(200, TOKEN);
    expect(await provider.getToken()).toBe("opaque-access");
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /realm/.well-known/openid-configuration", "GET /realm/.well-known/openid-configuration", "POST /elsewhere/token"]);
    expect([seen[1]!.headers["content-type"], seen[1]!.headers.accept]).toEqual([undefined, "application/json"]);
    clearDiscoveryCache();
  });

  it("a discovery document is read as the server wrote it, with Keycloak's device endpoint when it names none", async () => {
    const issuer = `${origin}/realm`;
    answer(200, {
      issuer: `${issuer}//`,
      token_endpoint: `${origin}/t`,
      jwks_uri: `${origin}/keys`,
      userinfo_endpoint: `${origin}/me`,
      revocation_endpoint: `${origin}/revoke`,
      end_session_endpoint: `${origin}/bye`,
    });
    expect(await discoverEndpoints(`${issuer}/`, { cache: false })).toEqual({
      issuer,
      token: `${origin}/t`,
      deviceAuthorization: `${issuer}/protocol/openid-connect/auth/device`,
      jwks: `${origin}/keys`,
      userinfo: `${origin}/me`,
      revocation: `${origin}/revoke`,
      endSession: `${origin}/bye`,
    });
    answer(200, { issuer, token_endpoint: `${origin}/t`, device_authorization_endpoint: `${origin}/d` });
    expect((await discoverEndpoints(issuer, { cache: false })).deviceAuthorization).toBe(`${origin}/d`);
  });

  it("a discovery that fails says how: the status, and whether the document was the problem", async () => {
    const issuer = `${origin}/realm`;
    const url = `${issuer}/.well-known/openid-configuration`;
    answer(503, "busy", "text/plain");
    const busy = await failure(discoverEndpoints(issuer, { cache: false }));
    expect(busy).toBeInstanceOf(IdentityProviderError);
    expect([(busy as IdentityProviderError).status, (busy as IdentityProviderError).url]).toEqual([503, url]);
    expect((busy as Error).message).toBe(`OIDC discovery failed: GET ${url} returned HTTP 503 without a valid discovery document.`);
    answer(500, { issuer, token_endpoint: `${origin}/t` });
    expect((await failure(discoverEndpoints(issuer, { cache: false })) as Error).message).toBe(`OIDC discovery failed: GET ${url} returned HTTP 500.`);
    answer(200, { issuer });
    const incomplete = await failure(discoverEndpoints(issuer, { cache: false }));
    expect([(incomplete as IdentityProviderError).status, (incomplete as Error).message]).toEqual([200, `OIDC discovery failed: GET ${url} returned HTTP 200 without a valid discovery document.`]);
  });

  it("a 404 from discovery with Keycloak's realm answer names the realm; any other 404 says what an issuer looks like", async () => {
    answer(404, { error: "Realm does not exist", error_description: "no realm called that" });
    const realm = await failure(discoverEndpoints(`${origin}/auth/realms/nope`, { cache: false }));
    expect(realm).toBeInstanceOf(RealmNotFoundError);
    expect([(realm as RealmNotFoundError).realm, (realm as RealmNotFoundError).description]).toEqual(["nope", "no realm called that"]);
    answer(404, { error: "not_found", error_description: "no such page" });
    const other = await failure(discoverEndpoints(`${origin}/auth/realms/nope`, { cache: false }));
    expect(other).toBeInstanceOf(IssuerNotFoundError);
    expect(other).not.toBeInstanceOf(RealmNotFoundError);
  });

  it("a discovery 404 without a description, or without an OAuth body at all, is still told apart", async () => {
    const issuer = `${origin}/auth/realms/nope`;
    answer(404, { error: "Realm does not exist" });
    const realm = await failure(discoverEndpoints(issuer, { cache: false }));
    expect(realm).toBeInstanceOf(RealmNotFoundError);
    expect((realm as RealmNotFoundError).description).toBeUndefined();
    answer(404, "<html>Not Found</html>", "text/html");
    const plain = await failure(discoverEndpoints(issuer, { cache: false }));
    expect(plain).toBeInstanceOf(IssuerNotFoundError);
    expect((plain as Error).message).toBe(
      `The identity provider answered HTTP 404 for GET ${issuer}/.well-known/openid-configuration. Check that the issuer ${issuer} is the Keycloak realm URL (…/auth/realms/<realm>).`,
    );
  });

  it("a discovery with cache: false is not remembered, and clearing the cache forgets every issuer", async () => {
    clearDiscoveryCache();
    const issuer = `${origin}/realm`;
    answer(200, { issuer, token_endpoint: `${origin}/t1` });
    await discoverEndpoints(issuer, { cache: false });
    answer(200, { issuer, token_endpoint: `${origin}/t2` });
    expect((await discoverEndpoints(issuer)).token).toBe(`${origin}/t2`);
    clearDiscoveryCache();
    answer(200, { issuer, token_endpoint: `${origin}/t3` });
    expect((await discoverEndpoints(issuer)).token).toBe(`${origin}/t3`);
    expect(seen).toHaveLength(3);
    clearDiscoveryCache();
  });

  it("a discovery that gets no answer fails after the timeout given", async () => {
    answer(0, "");
    const error = await failure(discoverEndpoints(`${origin}/realm`, { cache: false, timeoutMs: 300 }));
    expect(error).toBeInstanceOf(IdentityProviderError);
    expect((error as Error).message).toBe(`The identity provider did not answer within 300 ms (GET ${origin}/realm/.well-known/openid-configuration).`);
  });

  it("forgetting one issuer's discovery leaves the others cached", async () => {
    clearDiscoveryCache();
    const one = `${origin}/one`;
    const two = `${origin}/two`;
    answer(200, { issuer: one, token_endpoint: `${origin}/t1` });
    answer(200, { issuer: two, token_endpoint: `${origin}/t2` });
    await discoverEndpoints(one);
    await discoverEndpoints(two);
    clearDiscoveryCache(`${one}/`);
    answer(200, { issuer: one, token_endpoint: `${origin}/t1-again` });
    expect((await discoverEndpoints(one)).token).toBe(`${origin}/t1-again`);
    expect((await discoverEndpoints(two)).token).toBe(`${origin}/t2`);
    expect(seen.map((r) => r.path)).toEqual(["/one/.well-known/openid-configuration", "/two/.well-known/openid-configuration", "/one/.well-known/openid-configuration"]);
    clearDiscoveryCache();
  });

  it("a 200 without a token response says which fields are wrong (or that the body is)", async () => {
    answer(200, "OK", "text/plain");
    const error = await failure(passwordGrant({ endpoints: endpoints(), clientId: "cli", username: "ann", password: "pw-1234" }).getToken());
    expect(error).toBeInstanceOf(IdentityProviderError);
    expect((error as Error).message).toBe(`The token endpoint ${origin}/realm/token answered 200 without a valid token response (body).`);
    answer(200, { access_token: 42, expires_in: "soon" });
    const both = await failure(passwordGrant({ endpoints: endpoints(), clientId: "cli", username: "ann", password: "pw-1234" }).getToken());
    expect((both as Error).message).toBe(`The token endpoint ${origin}/realm/token answered 200 without a valid token response (access_token, expires_in).`);
  });

  it("the device login asks for the scopes given (and none when none are), then polls with the device code", async () => {
    const device = { device_code: "dev-code-1", user_code: "ABCD-EFGH", verification_uri: `${origin}/verify`, expires_in: 60, interval: 0 };
    answer(200, device);
    answer(200, TOKEN);
    const prompts: string[] = [];
    await deviceFlow({ endpoints: endpoints(), scope: "email  profile", onPrompt: (p) => void prompts.push(p.userCode) }).getToken();
    expect(prompts).toEqual(["ABCD-EFGH"]);
    expect(seen.map((r) => r.path)).toEqual(["/realm/device", "/realm/token"]);
    expect(Object.fromEntries(new URLSearchParams(seen[0]!.body))).toEqual({ scope: "email profile", client_id: "client-tools" });
    expect(Object.fromEntries(new URLSearchParams(seen[1]!.body))).toEqual({ grant_type: "urn:ietf:params:oauth:grant-type:device_code", device_code: "dev-code-1", client_id: "client-tools" });

    seen.length = 0;
    answer(200, device);
    answer(200, TOKEN);
    await deviceFlow({ endpoints: endpoints(), onPrompt: () => undefined }).getToken();
    expect(Object.fromEntries(new URLSearchParams(seen[0]!.body))).toEqual({ client_id: "client-tools" });
  });

  it("a short device code the server echoes in a refusal is scrubbed from it", async () => {
    answer(200, { device_code: "dc-42", user_code: "ABCD-EFGH", verification_uri: `${origin}/verify`, expires_in: 60, interval: 0 });
    answer(400, { error: "access_denied", error_description: "user said no to device_code=dc-42" });
    const error = await failure(deviceFlow({ endpoints: endpoints(), onPrompt: () => undefined }).getToken());
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect(((error as Error).cause as OAuthError).description).toBe("user said no to device_code=[redacted]");
    expect(inspect(error, { depth: 10 })).not.toContain("dc-42");
  });

  it("a device authorization reply without a device code is an IdentityProviderError, and nobody is prompted", async () => {
    answer(200, { user_code: "ABCD-EFGH", verification_uri: `${origin}/verify`, expires_in: 60 });
    const prompts: unknown[] = [];
    const error = await failure(deviceFlow({ endpoints: endpoints(), onPrompt: (p) => void prompts.push(p) }).getToken());
    expect(error).toBeInstanceOf(IdentityProviderError);
    expect((error as IdentityProviderError).status).toBe(200);
    expect((error as Error).message).toBe(`The device authorization endpoint ${origin}/realm/device answered without a valid device code response.`);
    expect(prompts).toEqual([]);
  });

  it("a provider that does not answer fails after the timeout given", async () => {
    answer(0, "");
    const error = await failure(passwordGrant({ endpoints: endpoints(), timeoutMs: 300, clientId: "cli", username: "ann", password: "pw-1234" }).getToken());
    expect(error).toBeInstanceOf(IdentityProviderError);
    expect((error as Error).message).toBe(`The identity provider did not answer within 300 ms (POST ${origin}/realm/token).`);
    expect((error as IdentityProviderError).url).toBe(`${origin}/realm/token`);
  });
});

describe("connections that fail", () => {
  const codeOf = (error: unknown): string | undefined => {
    for (let e = error; e instanceof Error; e = e.cause) {
      const code = (e as { code?: unknown }).code;
      if (typeof code === "string") return code;
    }
    return undefined;
  };
  const closedPort = async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return port;
  };

  it("a refused connection keeps its cause; a discovery GET is retried once like a token POST", async () => {
    const port = await closedPort();
    let calls = 0;
    const counting = (input: string, init: RequestInit) => {
      calls++;
      return fetch(input, init);
    };
    clearDiscoveryCache();
    const error = await failure(
      passwordGrant({ issuer: `http://127.0.0.1:${port}/realm`, discovery: true, fetch: counting, clientId: "cli", username: "ann", password: "pw-1234" }).getToken(),
    );
    expect(error).toBeInstanceOf(IdentityProviderError);
    expect(codeOf((error as Error).cause)).toBe("ECONNREFUSED");
    expect(calls).toBe(2);
  });

  it("a connection dropped after the request names the reason's code", async () => {
    const dropping = createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => dropping.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = dropping.address() as AddressInfo;
      const error = await failure(passwordGrant({ endpoints: { issuer: "http://x", token: `http://127.0.0.1:${port}/t`, deviceAuthorization: "http://x/d" }, clientId: "cli", username: "ann", password: "pw-1234" }).getToken());
      expect(error).toBeInstanceOf(IdentityProviderError);
      const cause = (error as Error).cause as Error;
      const code = codeOf(cause);
      expect(code).toMatch(/^[A-Z_]+$/);
      expect((error as Error).message).toMatch(/^Could not reach the identity provider \(POST http:\/\/127\.0\.0\.1:\d+\/t\): /);
      expect((error as Error).message).toContain(cause.message.includes(code!) ? `${cause.message}.` : `${cause.message} (${code}).`);
    } finally {
      await new Promise<void>((resolve) => dropping.close(() => resolve()));
    }
  });

  it("a custom fetch that fails is reported with what it said and its error code", async () => {
    const issuer = `${origin}/realm`;
    const url = `${issuer}/.well-known/openid-configuration`;
    // A fetch may reject with anything, an Error or not: that is the case under test.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const failing = (reason: unknown) => () => Promise.reject(reason);
    const cases: [reason: unknown, said: string][] = [
      [Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }), "socket hang up (ECONNRESET)"],
      [Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }), "read ECONNRESET"],
      [new Error("proxy refused", { cause: Object.assign(new Error("inner"), { code: "EPROXY" }) }), "proxy refused (EPROXY)"],
      [new Error("no code here"), "no code here"],
      ["not an Error", "unknown error"],
    ];
    for (const [reason, said] of cases) {
      // No signal given: a failure is still an IdentityProviderError, not a crash.
      const error = await failure(discoverEndpoints(issuer, { cache: false, fetch: failing(reason) }));
      expect(error).toBeInstanceOf(IdentityProviderError);
      expect((error as Error).message).toBe(`Could not reach the identity provider (GET ${url}): ${said}.`);
    }
  });

  it("aborting the provider's signal while the provider waits for an answer is an AbortError, not a network failure", async () => {
    answer(0, "");
    const controller = new AbortController();
    const pending = failure(passwordGrant({ endpoints: endpoints(), signal: controller.signal, clientId: "cli", username: "ann", password: "pw-1234" }).getToken());
    while (seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort(new Error("shutting down"));
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(IdentityProviderError);
  });
});
