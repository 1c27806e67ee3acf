import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CommonModels, ProvenaError, ResponseValidationError, createTransport, redactUrl } from "../src/index.js";
import type { RequestInfo, TransportHooks } from "../src/index.js";
import { dropConnection, hang, recordingTokenProvider, reply, useFixture } from "./fixture-server.js";

const server = useFixture();

// Token-shaped secrets, and distinctive substrings to search for.
const ACCESS = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhY2Nlc3MtU0VDUkVUIn0.c2lnLWFjY2Vzcw";
const FRESH = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmcmVzaC1TRUNSRVQifQ.c2lnLWZyZXNo";
const REFRESH = "refresh-SECRET-0123456789";
const PASSWORD = "hunter2-SECRET";
const SECRETS = [ACCESS, FRESH, REFRESH, PASSWORD, "eyJzdWIiOiJhY2Nlc3MtU0VDUkVUIn0", "SECRET"];

function renderings(error: unknown): string[] {
  return [(error as Error).message, String(error), JSON.stringify(error), inspect(error, { depth: 10 }), inspect(error, { depth: 10, showHidden: true }), (error as Error).stack ?? ""];
}

function expectNoSecret(texts: string[]): void {
  for (const text of texts) for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe("no token in errors or hooks", () => {
  it("holds across every way an error is rendered, for every failure kind", async () => {
    const seen: unknown[] = [];
    const hooks: TransportHooks = {
      beforeRequest: (i) => void seen.push(i),
      afterResponse: (i) => void seen.push(i),
      beforeRetry: (i) => void seen.push(i),
      onError: (i: RequestInfo, e: Error) => void seen.push(i, e.message),
    };
    const t = createTransport({
      endpoints: { registry: server.origin },
      tokenProvider: recordingTokenProvider([ACCESS, FRESH]),
      retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 1 },
      timeoutMs: 1000, // generous: only the hanging request may time out, even on a loaded machine
      hooks,
      headers: { "x-api-key": PASSWORD },
    });
    const query = { token: ACCESS, refresh_token: REFRESH, password: PASSWORD, page: 2 };
    const errors: unknown[] = [];
    const attempt = async (op: Parameters<typeof t.request>[0]) => errors.push(await t.request(op).catch((e: unknown) => e));

    // 401 twice (refresh + retry), with the server echoing the token in its message and body.
    server.script(reply(401, { detail: `bad token ${ACCESS}`, access_token: ACCESS }, { "www-authenticate": 'Bearer error="invalid_token"' }));
    await attempt({ service: "registry", method: "GET", path: "/a", query });
    // A 500 echoing secrets in a text body.
    server.script(reply(500, `boom refresh_token=${REFRESH} Authorization: Bearer ${FRESH}`));
    await attempt({ service: "registry", method: "POST", path: "/b", query, form: { password: PASSWORD, refresh_token: REFRESH } });
    // check-access echoes the user and its access_token; strict validation then fails on it.
    server.script(reply(200, { username: "user1", roles: [], access_token: ACCESS, email: 1 }));
    await attempt({ service: "registry", method: "GET", path: "/check-access/check-general-access", schema: z.strictObject({ username: z.string(), email: z.string() }) });
    // A soft failure carrying a token.
    server.script(reply(200, { status: { success: false, details: `no: ${ACCESS}` }, refresh_token: REFRESH }));
    await attempt({ service: "registry", method: "GET", path: "/c", query });
    // Network error and timeout.
    server.script(dropConnection());
    await attempt({ service: "registry", method: "GET", path: "/d", query });
    server.script(hang());
    await attempt({ service: "registry", method: "GET", path: "/e", query });

    expect(errors.map((e) => (e as Error).name)).toEqual([
      "UnauthorizedError",
      "ServerError",
      "ResponseValidationError",
      "SoftFailureError",
      "NetworkError",
      "TimeoutError",
    ]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(ProvenaError);
      expectNoSecret(renderings(error));
    }
    // The token really was sent (so the test would catch a leak of it).
    expect(server.requests.some((r) => r.headers.authorization === `Bearer ${ACCESS}`)).toBe(true);
    expect(server.requests.some((r) => r.headers.authorization === `Bearer ${FRESH}`)).toBe(true);

    // Hooks saw redacted copies only.
    expect(seen.length).toBeGreaterThan(10);
    expectNoSecret([JSON.stringify(seen), inspect(seen, { depth: 10 })]);
    const first = seen[0] as RequestInfo;
    expect(first.headers.authorization).toBe("Bearer [REDACTED]");
    expect(first.headers["x-api-key"]).toBe("[REDACTED]");
    expect(first.url).toBe(`${server.origin}/a?token=[REDACTED]&refresh_token=[REDACTED]&password=[REDACTED]&page=2`);
  });

  it("the redacted URL keeps ordinary parameters and masks secret ones and credentials", () => {
    expect(redactUrl("https://user:pw@auth.x/t?client_secret=s&code=c&id=10378.1%2F1")).toBe(
      "https://auth.x/t?client_secret=[REDACTED]&code=[REDACTED]&id=10378.1%2F1",
    );
  });

  it("a transport does not show its token provider when inspected or serialised", () => {
    const t = createTransport({ endpoints: { registry: "https://r.example" }, tokenProvider: { getToken: () => Promise.resolve(ACCESS) }, headers: { authorization: `Bearer ${ACCESS}` } });
    expectNoSecret([inspect(t, { depth: 10, showHidden: true }), JSON.stringify(t)]);
  });
});

describe("secrets that do not look like tokens", () => {
  // An opaque token (no JWT shape, no "name=" prefix) can only be kept out by never copying it.
  const OPAQUE = "opq7SECRETk2";

  it("check-access's access_token never reaches a ResponseValidationError, in either mode", async () => {
    const t = (validation: "lenient" | "strict") => createTransport({ endpoints: { registry: server.origin }, retry: false, validation });
    const bodies = [
      { username: "user1", roles: "admin", access_token: OPAQUE }, // wrong type beside the token
      { username: OPAQUE, roles: [OPAQUE, 3], access_token: 7 }, // the token where a value is checked
      // An unknown key (strict) carrying the token. zod names unknown keys, never their values.
      { username: "user1", roles: [], access_token: OPAQUE, session_secret: OPAQUE },
    ];
    const errors: unknown[] = [];
    for (const mode of ["lenient", "strict"] as const) {
      for (const body of bodies) {
        server.script(reply(200, body));
        const error = await t(mode)
          .request({ service: "registry", method: "GET", path: "/check-access/check-general-access", schema: (m) => CommonModels.get(m).User })
          .catch((e: unknown) => e);
        errors.push(error);
      }
    }
    // Lenient keeps unknown keys, so the third body passes there; every other one fails.
    expect(errors.map((e) => e instanceof ResponseValidationError)).toEqual([true, true, false, true, true, true]);
    for (const error of errors.filter((e) => e instanceof ResponseValidationError)) {
      for (const text of renderings(error)) expect(text).not.toContain(OPAQUE);
      expect(JSON.stringify(error.issues)).not.toContain(OPAQUE);
    }
    expect(server.requests).toHaveLength(6);
  });

  it("a 2xx body that is not JSON is reported without quoting it", async () => {
    // JSON.parse's SyntaxError quotes the start of the text ("Unexpected token 'o', \"opq7SECRE\"...").
    server.script(reply(200, OPAQUE));
    const error = await createTransport({ endpoints: { registry: server.origin }, retry: false })
      .request({ service: "registry", method: "GET", path: "/token" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues).toEqual([{ path: [], code: "invalid_json", message: "the response body is not valid JSON" }]);
    for (const text of [...renderings(error), inspect((error as Error).cause, { depth: 10 })]) expect(text).not.toContain(OPAQUE.slice(0, 8));
  });

  it("an error subclass's own fields are redacted when the error is serialised or inspected", () => {
    // A subclass may keep raw server text in a field (the message is redacted by the base).
    class EchoError extends ProvenaError {
      static override readonly brand: string = "EchoError";
      readonly details: string;
      readonly echoed: Record<string, unknown>;
      constructor() {
        super(`echo: password=${PASSWORD}`);
        this.details = `the server said refresh_token=${REFRESH} and ${ACCESS}`;
        this.echoed = { client_secret: PASSWORD, nested: { access_token: "plain-opaque-SECRET" } };
      }
    }
    const error = new EchoError();
    expect(error.details).toContain(REFRESH); // the field itself is the caller's to read
    const json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(json).toMatchObject({ name: "EchoError", echoed: { client_secret: "[REDACTED]", nested: { access_token: "[REDACTED]" } } });
    expectNoSecret(renderings(error));
  });
});

describe("redactText", () => {
  it("masks JWTs, bearer credentials and name=value secrets, and leaves prose alone", async () => {
    const { redactText } = await import("../src/index.js");
    expect(redactText(`token ${ACCESS} expired`)).toBe("token [REDACTED] expired");
    expect(redactText("Authorization: Bearer abc.def")).toBe("Authorization: Bearer [REDACTED]");
    expect(redactText('{"refresh_token": "r1", "password":"p"} client_secret=s&x=1')).toBe(
      '{"refresh_token": "[REDACTED]", "password":"[REDACTED]"} client_secret=[REDACTED]&x=1',
    );
    expect(redactText("failed with status code: 500 (token_type=bearer)")).toBe("failed with status code: 500 (token_type=bearer)");
  });
});
