// Token requests go through ky with retries off, except for a connection that was never made.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { IdentityProviderError, passwordGrant } from "../src/index.js";
import type { FetchLike } from "../src/index.js";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function countingFetch(): { fetch: FetchLike; calls: number } {
  const counter = {
    calls: 0,
    fetch: ((input, init) => {
      counter.calls++;
      return fetch(input, init);
    }) as FetchLike,
  };
  return counter;
}

it("does not resend a token POST the server received, even when the connection then drops", async () => {
  let received = 0;
  const server = createServer((req) => {
    received++;
    req.socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  const counter = countingFetch();
  const provider = passwordGrant({ issuer: `http://127.0.0.1:${port}/auth/realms/provena`, username: "u", password: "pw-SECRET-1", fetch: counter.fetch });
  const error = await provider.getToken().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IdentityProviderError);
  expect((error as Error).message).toMatch(/^Could not reach the identity provider \(POST http:\/\/127\.0\.0\.1:\d+\/auth\/realms\/provena\/protocol\/openid-connect\/token\): /);
  expect([received, counter.calls]).toEqual([1, 1]);
});

it("retries once a token POST whose connection was refused (nothing was sent), and says why it failed", async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const counter = countingFetch();
  const provider = passwordGrant({ issuer: `http://127.0.0.1:${port}/auth/realms/provena`, username: "u", password: "pw-SECRET-1", fetch: counter.fetch });
  const error = await provider.getToken().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IdentityProviderError);
  expect((error as Error).message).toContain("ECONNREFUSED");
  expect(counter.calls).toBe(2);
});
