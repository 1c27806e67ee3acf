// Secrets by value, not only by pattern: the exact access token the call sent, and the secrets
// its token provider lists, are removed from every server-provided text that reaches an error.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { BadRequestError, SoftFailureError, UnprocessableEntityError, createTransport } from "../src/index.js";
import type { TokenProvider } from "../src/index.js";
import { reply, useFixture } from "./fixture-server.js";

const server = useFixture();

// An access token shaped like a JWT, an opaque one no pattern recognises, and provider secrets.
const JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyMSJ9.c2lnbmF0dXJlLWJ5dGVz";
const OPAQUE = "op4que.T0ken~with/odd+chars";
const PASSWORD = "correct horse battery staple";
const CLIENT_SECRET = "cl13nt-s3cr3t";
const REFRESH = "r3fr3sh.t0k3n";

function provider(token: string): TokenProvider {
  return { getToken: () => Promise.resolve(token), secrets: () => [PASSWORD, CLIENT_SECRET, REFRESH] };
}

function everything(error: unknown): string {
  const e = error as Error & Record<string, unknown>;
  return [e.message, String(e), JSON.stringify(e), inspect(e, { depth: 10 }), JSON.stringify(e["serverMessage"]), JSON.stringify(e["issues"]), JSON.stringify(e["body"]), JSON.stringify(e["details"])].join("\n");
}

function expectAbsent(text: string, secrets: readonly string[]): void {
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(encodeURIComponent(secret));
  }
}

describe("exact-value redaction", () => {
  it("a JWT echoed in a 422 detail leaves neither serverMessage nor issues", async () => {
    server.script(reply(422, { detail: [{ loc: ["body", "token"], msg: `value ${JWT} is not allowed`, type: "value_error" }] }));
    const error = await createTransport({ endpoints: { registry: server.origin }, tokenProvider: provider(JWT) })
      .request({ service: "registry", method: "POST", path: "/x", json: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    const unprocessable = error as UnprocessableEntityError;
    expect(unprocessable.issues).toEqual([{ loc: ["body", "token"], msg: "value [REDACTED] is not allowed", type: "value_error" }]);
    expect(unprocessable.serverMessage).toBe("body.token: value [REDACTED] is not allowed");
    expectAbsent(everything(error), [JWT]);
  });

  it("an opaque access token echoed by the server is removed from the message, serverMessage and body", async () => {
    server.script(reply(400, { detail: `token ${OPAQUE} is not registered`, echo: { auth: `Bearer ${OPAQUE}`, nested: [OPAQUE] } }));
    const error = await createTransport({ endpoints: { registry: server.origin }, tokenProvider: provider(OPAQUE) })
      .request({ service: "registry", method: "GET", path: "/x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).serverMessage).toBe("token [REDACTED] is not registered");
    expect((error as BadRequestError).body).toEqual({ detail: "token [REDACTED] is not registered", echo: { auth: "Bearer [REDACTED]", nested: ["[REDACTED]"] } });
    expectAbsent(everything(error), [OPAQUE]);
  });

  it("the provider's password, client secret and refresh token are removed from a text body, in every encoding", async () => {
    const form = new URLSearchParams({ password: PASSWORD, client_secret: CLIENT_SECRET }).toString();
    server.script(reply(500, `upstream said: ${PASSWORD} / ${form} / ${JSON.stringify({ r: REFRESH })}`));
    const error = await createTransport({ endpoints: { registry: server.origin }, tokenProvider: provider(OPAQUE), retry: false })
      .request({ service: "registry", method: "GET", path: "/x" })
      .catch((e: unknown) => e);
    expectAbsent(everything(error), [PASSWORD, CLIENT_SECRET, REFRESH, OPAQUE, "correct+horse"]);
    expect((error as BadRequestError).serverMessage).toContain("upstream said: [REDACTED] / ");
  });

  it("a soft failure's details and body lose them too; a successful body is returned untouched", async () => {
    server.script(reply(200, { status: { success: false, details: `refused for ${OPAQUE} (${PASSWORD})` }, echo: REFRESH }));
    const t = createTransport({ endpoints: { registry: server.origin }, tokenProvider: provider(OPAQUE) });
    const error = await t.request({ service: "registry", method: "GET", path: "/x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SoftFailureError);
    expect((error as SoftFailureError).details).toBe("refused for [REDACTED] ([REDACTED])");
    expectAbsent(everything(error), [OPAQUE, PASSWORD, REFRESH]);
    // check-access echoes the caller's own token on success: that is data the caller asked for.
    server.script(reply(200, { username: "user1", access_token: OPAQUE }));
    await expect(t.request({ service: "registry", method: "GET", path: "/check-access/check-general-access", envelope: false })).resolves.toEqual({
      username: "user1",
      access_token: OPAQUE,
    });
  });
});

describe("exact-value redaction: which values, in which encodings, how deep", () => {
  const call = (secrets: string[], status: number, body: unknown) => {
    server.script(reply(status, body));
    const tokenProvider: TokenProvider = { getToken: () => Promise.resolve("tok-0123"), secrets: () => secrets };
    return createTransport({ endpoints: { registry: server.origin }, tokenProvider, retry: false })
      .request({ service: "registry", method: "GET", path: "/x" })
      .catch((e: unknown) => e) as Promise<BadRequestError>;
  };

  it("a secret of four characters or more is removed; shorter ones would shred ordinary words and are left", async () => {
    const error = await call(["abcd", "xyz"], 400, { detail: "abcd and xyz in abcdef and xyzzy" });
    expect(error.serverMessage).toBe("[REDACTED] and xyz in [REDACTED]ef and xyzzy");
  });

  it("a secret echoed form-encoded, URL-encoded or inside a JSON string is removed in each form", async () => {
    const secret = 'pa ss+"w\\rd';
    const form = new URLSearchParams({ v: secret }).toString().slice(2);
    const json = JSON.stringify(secret).slice(1, -1);
    const error = await call([secret], 400, { detail: `form ${form} uri ${encodeURIComponent(secret)} json {"p": "x ${json} y"}` });
    expect(error.serverMessage).toBe('form [REDACTED] uri [REDACTED] json {"p": "x [REDACTED] y"}');
  });

  it("numbers, booleans and nulls in an error body stay as they were", async () => {
    const error = await call(["s3cret-value"], 400, { detail: "no", count: 3, ok: false, none: null, list: [1, true, null, "s3cret-value"] });
    expect(error.body).toEqual({ detail: "no", count: 3, ok: false, none: null, list: [1, true, null, "[REDACTED]"] });
  });

  it("an error body is redacted 32 levels deep, objects and arrays alike, and cut off below", async () => {
    const nest = (levels: number, leaf: unknown, inArray: boolean): unknown => {
      let value = leaf;
      for (let i = 0; i < levels; i++) value = inArray ? [value] : { child: value };
      return value;
    };
    const leafAt = (value: unknown): unknown => {
      let current = value;
      while (typeof current === "object" && current !== null) current = Array.isArray(current) ? current[0] : (current as { child: unknown }).child;
      return current;
    };
    for (const inArray of [false, true]) {
      // The nest sits one level below the error body's top: its innermost container is at depth 32.
      const within = await call(["s3cret-value"], 400, { detail: "deep", body: nest(32, "s3cret-value here", inArray) });
      expect(leafAt((within.body as { body: unknown }).body)).toBe("[REDACTED] here");
      const below = await call(["s3cret-value"], 400, { detail: "deep", body: nest(33, "s3cret-value here", inArray) });
      expect(leafAt((below.body as { body: unknown }).body)).toBe("[Truncated]");
      expect(JSON.stringify(below.body)).not.toContain("s3cret-value");
    }
  });
});
