// One attempt as the transport sends it (ky-attempt.ts), over real HTTP: the bearer token is on
// the wire but never on the request ky's hooks see; each response feeds the adaptive send rate
// and the SDK's afterResponse hook; an error body reaches the error whatever the responseType,
// and also when a user's ky hook replaced the response.
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { ConflictError, NotFoundError, RateLimitError, createTransport } from "../src/index.js";
import type { ResponseInfo } from "../src/index.js";
import { recordingTokenProvider, reply, useFixture } from "./fixture-server.js";

const server = useFixture();

const TOKEN = "opaque-access-token-0987654321";

describe("the bearer token", () => {
  it("is sent, but a kyOptions afterResponse hook on a transport without retries sees the request without it", async () => {
    // With retries off ky hands its hooks the very Request the attempt sent (no clone kept for a
    // retry), so the attempt must take the header off again after sending.
    const seen: (string | null)[] = [];
    const t = createTransport({
      endpoints: { registry: server.origin },
      tokenProvider: recordingTokenProvider([TOKEN]),
      retry: false,
      kyOptions: { hooks: { afterResponse: [({ request }) => void seen.push(request.headers.get("authorization"))] } },
    });
    server.script(reply(200, { ok: true }), reply(404, { detail: "no such item" }));
    await expect(t.request({ service: "registry", method: "GET", path: "/ok" })).resolves.toEqual({ ok: true });
    await expect(t.request({ service: "registry", method: "GET", path: "/missing" })).rejects.toBeInstanceOf(NotFoundError);
    expect(seen).toEqual([null, null]);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
  });
});

describe("each response feeds the adaptive send rate", () => {
  it("after a 429 the next request to that origin waits for a send slot (about 1.4 s at the floor rate)", async () => {
    // One send in the last second, cut to 70%: 0.7 requests/s, so the next slot is ~1.43 s after
    // the cut. Only a lower bound is asserted, which a loaded machine can only make longer.
    const t = createTransport({ endpoints: { registry: server.origin }, retry: false });
    server.script(reply(429, { detail: "slow down" }), reply(200, { ok: true }));
    await expect(t.request({ service: "registry", method: "GET", path: "/a" })).rejects.toBeInstanceOf(RateLimitError);
    const throttledAt = performance.now();
    await expect(t.request({ service: "registry", method: "GET", path: "/b" })).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.at - throttledAt).toBeGreaterThanOrEqual(1000);
  });
});

describe("the SDK's afterResponse hook", () => {
  it("gets each attempt's status and a duration within the call's own time", async () => {
    const infos: ResponseInfo[] = [];
    const t = createTransport({
      endpoints: { registry: server.origin },
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
      hooks: { afterResponse: [(info) => void infos.push(info)] },
    });
    server.script(reply(503, "busy"), reply(200, { ok: true }));
    const started = performance.now();
    await t.request({ service: "registry", method: "GET", path: "/r" });
    const elapsed = performance.now() - started;
    expect(infos.map((i) => [i.status, i.attempt])).toEqual([
      [503, 1],
      [200, 2],
    ]);
    for (const info of infos) {
      expect(info.durationMs).toBeGreaterThanOrEqual(0);
      expect(info.durationMs).toBeLessThanOrEqual(elapsed);
    }
  });
});

describe("error bodies reach the error", () => {
  it("with responseType none, a failed call's FastAPI detail is still read", async () => {
    const t = createTransport({ endpoints: { registry: server.origin }, retry: false });
    server.script(reply(404, { detail: "Item 10378.1/1 not found" }));
    const error = await t.request({ service: "registry", method: "DELETE", path: "/d", responseType: "none" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).serverMessage).toBe("Item 10378.1/1 not found");
    expect((error as NotFoundError).body).toEqual({ detail: "Item 10378.1/1 not found" });
  });

  it("with responseType bytes, a failed call's detail is read as text", async () => {
    const t = createTransport({ endpoints: { registry: server.origin }, retry: false });
    server.script(reply(409, { detail: "locked" }));
    const error = await t.request({ service: "registry", method: "GET", path: "/file", responseType: "bytes" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).serverMessage).toBe("locked");
  });

  it("when a user's ky afterResponse hook replaced the response, the error carries the replacement's body", async () => {
    const t = createTransport({
      endpoints: { registry: server.origin },
      retry: false,
      kyOptions: {
        hooks: {
          afterResponse: [() => new Response(JSON.stringify({ detail: "rewritten by a hook" }), { status: 409, headers: { "content-type": "application/json" } })],
        },
      },
    });
    server.script(reply(200, { ok: true }));
    const error = await t.request({ service: "registry", method: "GET", path: "/h" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).serverMessage).toBe("rewritten by a hook");
  });

  it.each([
    ["a text body", "refused by policy", "refused by policy"],
    ["an empty body", null, undefined],
  ])("when a user's ky hook substituted an error response with %s, the error says so as the server would", async (_what, body, serverMessage) => {
    const t = createTransport({
      endpoints: { registry: server.origin },
      retry: false,
      kyOptions: { hooks: { afterResponse: [() => new Response(body, { status: 409, headers: { "content-type": "text/plain" } })] } },
    });
    server.script(reply(200, { ok: true }));
    const error = await t.request({ service: "registry", method: "GET", path: "/h" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).serverMessage).toBe(serverMessage);
    expect((error as ConflictError).message).toBe(`GET ${server.origin}/h failed with 409 Conflict${body === null ? "" : `: ${body}`}`);
  });
});
