import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { decodeClaims, deviceFlow, type DevicePrompt, type FetchLike } from "../src/index.js";
import { DEVICE_GRANT, recordingFetch } from "./support/recording-fetch.js";

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({ devicePollIntervalSeconds: 3, deviceCodeLifetimeSeconds: 60 });
});
afterAll(() => server.stop());

// The server enforces 3 s between polls. To make a compliant client poll too fast, the device
// authorization reply's `interval` is lowered to 0 on its way in; everything the server says
// afterwards (authorization_pending, slow_down, tokens) is real.
function advertiseIntervalZero(inner: FetchLike): FetchLike {
  return async (input, init) => {
    const response = await inner(input, init);
    if (!input.endsWith("/auth/device") || !response.ok) return response;
    const body = (await response.json()) as Record<string, unknown>;
    return Response.json({ ...body, interval: 0 }, { status: response.status });
  };
}

it("adds 5 s to the polling interval on slow_down (RFC 8628 §3.5)", { timeout: 20_000 }, async () => {
  const recorder = recordingFetch();
  const prompts: DevicePrompt[] = [];
  recorder.onExchange = (exchange) => {
    if (exchange.error === "slow_down") server.approveDevice(prompts[0]!.userCode, "user2");
  };
  const provider = deviceFlow({
    issuer: server.issuer,
    fetch: advertiseIntervalZero(recorder.fetch),
    onPrompt: (prompt) => void prompts.push(prompt),
  });

  const token = await provider.getToken();

  const polls = recorder.exchanges.filter((e) => e.grantType === DEVICE_GRANT);
  expect(polls.map((p) => p.error)).toEqual(["authorization_pending", "slow_down", undefined]);
  // After slow_down the client waited the (advertised 0 s) interval plus 5 s before polling again.
  const wait = polls[2]!.sentAt - polls[1]!.sentAt;
  expect(wait).toBeGreaterThanOrEqual(5_000 - 5);
  expect(recorder.count(DEVICE_GRANT)).toBe(3);
  expect(decodeClaims(token).username).toBe("user2");
});

it("polls no faster than the interval the server asks for, so the server never has to say slow_down", { timeout: 30_000 }, async () => {
  const paced = await startLocalServer({ devicePollIntervalSeconds: 1, deviceCodeLifetimeSeconds: 60 });
  try {
    const recorder = recordingFetch();
    const prompts: DevicePrompt[] = [];
    let pending = 0;
    recorder.onExchange = (exchange) => {
      if (exchange.error === "authorization_pending" && ++pending === 3) paced.approveDevice(prompts[0]!.userCode, "user1");
    };
    const provider = deviceFlow({ issuer: paced.issuer, fetch: recorder.fetch, onPrompt: (prompt) => void prompts.push(prompt) });

    await provider.getToken();

    const authorization = recorder.exchanges.find((e) => e.url.endsWith("/auth/device"))!;
    const polls = recorder.exchanges.filter((e) => e.grantType === DEVICE_GRANT);
    expect(polls.map((p) => p.error)).toEqual(["authorization_pending", "authorization_pending", "authorization_pending", undefined]);
    // Each wait is at least the advertised 1 s (a loaded machine only makes it longer).
    const sent = [authorization.sentAt, ...polls.map((p) => p.sentAt)];
    for (let i = 1; i < sent.length; i++) expect(sent[i]! - sent[i - 1]!).toBeGreaterThanOrEqual(1_000 - 5);
  } finally {
    await paced.stop();
  }
});

it("waits 5 s before polling when the server names no interval (RFC 8628 §3.2)", { timeout: 30_000 }, async () => {
  const recorder = recordingFetch();
  // The device authorization reply loses its `interval` on the way in.
  const withoutInterval: FetchLike = async (input, init) => {
    const response = await recorder.fetch(input, init);
    if (!input.endsWith("/auth/device") || !response.ok) return response;
    const { interval: _dropped, ...body } = (await response.json()) as Record<string, unknown>;
    return Response.json(body, { status: response.status });
  };
  const quick = await startLocalServer({ devicePollIntervalSeconds: 0, deviceCodeLifetimeSeconds: 60 });
  try {
    const provider = deviceFlow({ issuer: quick.issuer, fetch: withoutInterval, onPrompt: (prompt) => quick.approveDevice(prompt.userCode, "user1") });
    await provider.getToken();
    const [authorization, poll] = recorder.exchanges;
    expect(poll!.grantType).toBe(DEVICE_GRANT);
    expect(poll!.error).toBeUndefined();
    expect(poll!.sentAt - authorization!.sentAt).toBeGreaterThanOrEqual(5_000 - 5);
  } finally {
    await quick.stop();
  }
});
