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
