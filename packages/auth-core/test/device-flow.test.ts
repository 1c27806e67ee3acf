import { ProvenaError } from "@provena-sdk/http-core";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AbortError,
  AccessDeniedError,
  AuthError,
  decodeClaims,
  DeviceCodeExpiredError,
  DeviceFlowError,
  deviceFlow,
  OAuthError,
  type DevicePrompt,
} from "../src/index.js";
import { DEVICE_GRANT, recordingFetch } from "./support/recording-fetch.js";

let server: LocalServer;

beforeAll(async () => {
  // Interval 0 so polling loops run at loopback speed; codes live 30 s.
  server = await startLocalServer({ devicePollIntervalSeconds: 0, deviceCodeLifetimeSeconds: 30 });
});
afterAll(() => server.stop());

describe("deviceFlow", () => {
  it("polls through authorization_pending until the login is approved, then refreshes", async () => {
    const recorder = recordingFetch();
    const prompts: DevicePrompt[] = [];
    let pending = 0;
    recorder.onExchange = (exchange) => {
      // Approve only after the server has answered "pending" three times.
      if (exchange.error === "authorization_pending" && ++pending === 3) server.approveDevice(prompts[0]!.userCode, "user1");
    };
    const provider = deviceFlow({ issuer: server.issuer, fetch: recorder.fetch, onPrompt: (prompt) => void prompts.push(prompt) });

    const token = await provider.getToken();

    expect(prompts).toHaveLength(1);
    const prompt = prompts[0]!;
    expect(prompt.verificationUri).toBe(`${server.issuer}/device`);
    expect(prompt.userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    expect(prompt.verificationUriComplete).toContain(encodeURIComponent(prompt.userCode));
    expect(prompt.expiresIn).toBe(30);
    expect(pending).toBe(3);
    expect(recorder.count(DEVICE_GRANT)).toBe(4);
    const claims = decodeClaims(token);
    expect(claims.username).toBe("user1");
    expect(claims.clientId).toBe("client-tools");
    expect(claims.issuer).toBe(server.issuer);

    // Cached while fresh: no further requests.
    expect(await provider.getToken()).toBe(token);
    expect(recorder.exchanges).toHaveLength(5);

    // After login it behaves as a refreshing provider.
    const refreshed = await provider.getToken({ forceRefresh: true });
    expect(refreshed).not.toBe(token);
    expect(recorder.count("refresh_token")).toBe(1);
    expect(decodeClaims(refreshed).username).toBe("user1");
    expect(prompts).toHaveLength(1);
  });

  it("fails with AccessDeniedError when the login is denied", async () => {
    const provider = deviceFlow({ issuer: server.issuer, onPrompt: ({ userCode }) => server.denyDevice(userCode) });
    const error = await provider.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect(error).toBeInstanceOf(DeviceFlowError);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toBeInstanceOf(ProvenaError);
    expect((error as AccessDeniedError).code).toBe("access_denied");
    expect((error as Error).message).toMatch(/denied/);
    // The server's own answer stays reachable as the cause.
    expect((error as Error).cause).toBeInstanceOf(OAuthError);
    expect(((error as Error).cause as OAuthError).code).toBe("access_denied");
  });

  it("fails with DeviceCodeExpiredError when the server reports expired_token", async () => {
    const short = await startLocalServer({ devicePollIntervalSeconds: 0, deviceCodeLifetimeSeconds: 1 });
    try {
      // Our clock stands still, so only the server can notice the expiry.
      const frozen = Date.now();
      const lagging = { now: () => frozen };
      const recorder = recordingFetch();
      const provider = deviceFlow({ issuer: short.issuer, clock: lagging, fetch: recorder.fetch, onPrompt: () => undefined });
      const error = await provider.getToken().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeviceCodeExpiredError);
      expect((error as DeviceCodeExpiredError).code).toBe("expired_token");
      expect((error as DeviceCodeExpiredError).expiresInSeconds).toBe(1);
      expect((error as Error).message).toMatch(/expired.*1 s/);
      expect(recorder.exchanges.at(-1)?.error).toBe("expired_token");
      expect((error as Error).cause).toBeInstanceOf(OAuthError);
      expect(((error as Error).cause as OAuthError).code).toBe("expired_token");
      expect(recorder.count(DEVICE_GRANT)).toBeGreaterThan(1);
    } finally {
      await short.stop();
    }
  });

  it("gives up without polling once expires_in has elapsed on its own clock", async () => {
    let offset = 0;
    const clock = { now: () => Date.now() + offset };
    const recorder = recordingFetch();
    const provider = deviceFlow({
      issuer: server.issuer,
      clock,
      fetch: recorder.fetch,
      onPrompt: () => {
        offset = 31_000; // the person took longer than the code's 30 s
      },
    });
    const error = await provider.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeviceCodeExpiredError);
    expect((error as DeviceCodeExpiredError).code).toBeUndefined();
    expect(recorder.count(DEVICE_GRANT)).toBe(0);
  });

  it("fails with a DeviceFlowError naming the server's answer when a poll gets an error the flow has no meaning for", async () => {
    // The server restarts (in-memory state) while the person approves: the device code it handed
    // out is unknown to the new one, which answers invalid_grant.
    let current = await startLocalServer({ devicePollIntervalSeconds: 0 });
    const port = current.port;
    try {
      const recorder = recordingFetch();
      const provider = deviceFlow({
        issuer: current.issuer,
        fetch: recorder.fetch,
        onPrompt: async () => {
          await current.stop();
          current = await startLocalServer({ port, devicePollIntervalSeconds: 0 });
        },
      });
      const error = await provider.getToken().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeviceFlowError);
      expect(error).not.toBeInstanceOf(DeviceCodeExpiredError);
      expect(error).not.toBeInstanceOf(AccessDeniedError);
      expect((error as DeviceFlowError).code).toBe("invalid_grant");
      const cause = (error as Error).cause as OAuthError;
      expect(cause).toBeInstanceOf(OAuthError);
      expect(cause.code).toBe("invalid_grant");
      expect((error as Error).message).toBe(`The device login failed: ${cause.message}`);
      expect(cause.message).toMatch(/Device code not valid/);
      expect(recorder.count(DEVICE_GRANT)).toBe(1);
    } finally {
      await current.stop();
    }
  });

  it("never waits past the code's deadline, and counts the code as expired at the deadline itself, as the server does", async () => {
    // The server asks for an hour between polls; our clock has 200 ms of the code's life left
    // when the prompt is shown, and reaches the deadline exactly while the flow waits.
    const slow = await startLocalServer({ devicePollIntervalSeconds: 3600, deviceCodeLifetimeSeconds: 30 });
    try {
      const start = Date.now();
      let now = start;
      const recorder = recordingFetch();
      const provider = deviceFlow({
        issuer: slow.issuer,
        clock: { now: () => now },
        fetch: recorder.fetch,
        onPrompt: ({ expiresIn }) => {
          now = start + expiresIn * 1000 - 200;
          // A 0 ms timer set now fires before the flow's own (later, longer) wait ends.
          setTimeout(() => {
            now = start + expiresIn * 1000;
          }, 0);
        },
      });
      const error = await provider.getToken().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeviceCodeExpiredError);
      expect((error as DeviceCodeExpiredError).code).toBeUndefined();
      expect((error as DeviceCodeExpiredError).expiresInSeconds).toBe(30);
      expect(recorder.count(DEVICE_GRANT)).toBe(0);
    } finally {
      await slow.stop();
    }
  });

  it("stops polling when the caller's signal aborts", async () => {
    const recorder = recordingFetch();
    const controller = new AbortController();
    recorder.onExchange = (exchange) => {
      if (exchange.error === "authorization_pending" && recorder.count(DEVICE_GRANT) === 2) controller.abort();
    };
    const provider = deviceFlow({ issuer: server.issuer, fetch: recorder.fetch, onPrompt: () => undefined });
    const error = await provider.getToken({ signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const polls = recorder.count(DEVICE_GRANT);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Nobody is waiting any more, so the shared login stopped polling.
    expect(recorder.count(DEVICE_GRANT)).toBe(polls);
    expect(polls).toBeLessThanOrEqual(3);
  });

  it("stops polling when the provider's own signal aborts", async () => {
    const controller = new AbortController();
    const provider = deviceFlow({
      issuer: server.issuer,
      signal: controller.signal,
      onPrompt: () => void setTimeout(() => controller.abort(), 20),
    });
    await expect(provider.getToken()).rejects.toBeInstanceOf(AbortError);
    // Later calls fail fast instead of starting another login.
    await expect(provider.getToken()).rejects.toBeInstanceOf(AbortError);
  });

  it("reports a client that may not use the device flow", async () => {
    const provider = deviceFlow({ issuer: server.issuer, clientId: "integration-tests", onPrompt: () => undefined });
    const error = await provider.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).code).toBe("unauthorized_client");
    expect((error as OAuthError).status).toBe(400);
  });
});
