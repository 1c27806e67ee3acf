// A service's health check: `GET /` without a token (so it never starts a login), answered with
// the service's message; anything else is the typed error it would be for any call.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ResponseValidationError, ServerError, createTransport } from "../src/index.js";
import type * as Health from "../src/health.js";
import { recordingTokenProvider, reply, startFixture } from "./fixture-server.js";
import type { Fixture } from "./fixture-server.js";

let server: Fixture;
// The health model is built once per module: a fresh copy per test, so each test builds its own.
let checkHealth: typeof Health.checkHealth;
beforeEach(async () => {
  server = await startFixture();
  vi.resetModules();
  ({ checkHealth } = await import("../src/health.js"));
});
afterEach(async () => {
  await server.close();
});

describe("checkHealth", () => {
  it("asks GET / without a token and returns the service's message", async () => {
    const tokens = recordingTokenProvider(["t"]);
    server.script(reply(200, { message: "Health check successful." }));
    const t = createTransport({ endpoints: { registry: `${server.origin}/registry-api` }, tokenProvider: tokens });
    await expect(checkHealth(t, "registry")).resolves.toEqual({ service: "registry", message: "Health check successful." });
    expect(server.requests.map((r) => [r.method, r.url, r.headers.authorization])).toEqual([["GET", "/registry-api/", undefined]]);
    expect(tokens.calls).toHaveLength(0);
  });

  it("a body without a message is a validation error naming the check", async () => {
    server.script(reply(200, { status: "ok" }));
    const t = createTransport({ endpoints: { prov: server.origin } });
    const error = await checkHealth(t, "prov").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).operationName).toBe("prov.health");
    expect((error as ResponseValidationError).issues.map((i) => i.path)).toEqual([["message"]]);
  });

  it("a failing service is a typed error, and the caller's signal can end the check", async () => {
    server.script(reply(500, "down"));
    const t = createTransport({ endpoints: { jobs: server.origin }, retry: false });
    await expect(checkHealth(t, "jobs")).rejects.toBeInstanceOf(ServerError);
    const controller = new AbortController();
    controller.abort();
    await expect(checkHealth(t, "jobs", { signal: controller.signal })).rejects.toThrow("was aborted by the caller");
    expect(server.requests).toHaveLength(1);
  });
});
