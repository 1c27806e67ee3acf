import ky, { KyError } from "ky";
import { describe, expect, it } from "vitest";
import { ConfigurationError, NetworkError, NotFoundError, TimeoutError, createTransport } from "../src/index.js";
import { dropConnection, hang, recordingTokenProvider, reply, useFixture } from "./fixture-server.js";

const server = useFixture();

const TOKEN = "opaque-access-token-1234567890";

describe("extending the transport the ky way", () => {
  it("runs a user's kyOptions beforeRequest hook, which never sees the bearer token", async () => {
    const seen: { url: string; authorization: string | null; extra: string | null }[] = [];
    const t = createTransport({
      endpoints: { registry: server.origin },
      tokenProvider: recordingTokenProvider([TOKEN]),
      kyOptions: {
        hooks: {
          beforeRequest: [
            ({ request }) => {
              seen.push({ url: request.url, authorization: request.headers.get("authorization"), extra: null });
              request.headers.set("x-trace", "trace-1");
            },
          ],
        },
      },
    });
    server.script(reply(200, { ok: true }));
    await expect(t.request({ service: "registry", method: "GET", path: "/x", query: { a: 1 } })).resolves.toEqual({ ok: true });
    expect(seen).toEqual([{ url: `${server.origin}/x?a=1`, authorization: null, extra: null }]);
    // The hook's change reached the server, and so did the token the hook could not see.
    expect(server.requests[0]!.headers["x-trace"]).toBe("trace-1");
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("sends through a user's ky instance: its headers and afterResponse/beforeRetry hooks apply, without the token", async () => {
    const afterResponse: (string | null)[] = [];
    const beforeRetry: (string | null)[] = [];
    const instance = ky.create({
      headers: { "x-client": "my-app" },
      hooks: {
        afterResponse: [({ request, response }) => void afterResponse.push(`${response.status} ${request.headers.get("authorization")}`)],
        beforeRetry: [({ request }) => void beforeRetry.push(request.headers.get("authorization"))],
      },
    });
    const t = createTransport({
      endpoints: { registry: server.origin },
      tokenProvider: recordingTokenProvider([TOKEN]),
      ky: instance,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
    });
    server.script(reply(503, "busy"), reply(200, { ok: 2 }));
    await expect(t.request({ service: "registry", method: "GET", path: "/y" })).resolves.toEqual({ ok: 2 });
    expect(server.requests.map((r) => [r.headers["x-client"], r.headers.authorization])).toEqual([
      ["my-app", `Bearer ${TOKEN}`],
      ["my-app", `Bearer ${TOKEN}`],
    ]);
    expect(afterResponse).toEqual(["503 null", "200 null"]);
    expect(beforeRetry).toEqual([null]);
  });

  it("never lets ky's own errors (URL in clear) reach the caller", async () => {
    const t = createTransport({ endpoints: { registry: server.origin }, retry: false, timeoutMs: 200 });
    const query = { token: "query-secret-abcdef" };
    const failures = [reply(404, { detail: "nope" }), dropConnection(), hang()];
    const expected = [NotFoundError, NetworkError, TimeoutError];
    for (const [i, responder] of failures.entries()) {
      server.script(responder);
      const error = await t.request({ service: "registry", method: "GET", path: "/z", query }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(expected[i]!);
      // (By class: ky's is-guards go by name, which the SDK's NetworkError and TimeoutError share.)
      for (let e: unknown = error; e !== undefined; e = (e as Error).cause) {
        expect(e instanceof KyError).toBe(false);
        expect(String((e as Error).message)).not.toContain("query-secret-abcdef");
      }
    }
  });

  it("refuses both `ky` and `kyOptions`", () => {
    expect(() => createTransport({ ky, kyOptions: {} })).toThrow(ConfigurationError);
  });
});
