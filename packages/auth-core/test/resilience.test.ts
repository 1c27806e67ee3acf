// The SDK as a user drives it, under load and faults, against the local server: a throttling
// proxy in front of it (Provena's API gateway answers 429 when a client is too fast), a user
// refused an item, and a token issuer that restarts and forgets every refresh token.
import { collectAll, createTransport, paginate, PermissionDeniedError } from "@provena-sdk/http-core";
import type { Transport } from "@provena-sdk/http-core";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordGrant } from "../src/index.js";
import { recordingFetch } from "./support/recording-fetch.js";
// The throttling proxy is http-core's test support (the transport's concern); the local server is ours to use.
import { endpointsVia, startThrottleProxy } from "../../http-core/test/support/throttle-proxy.js";

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.stop());

/** Runs `task` over `items`, at most `concurrency` at a time; settles every one. */
async function pool<I, R>(items: readonly I[], concurrency: number, task: (item: I) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!).then(
        (value) => ({ status: "fulfilled", value }) as const,
        (reason: unknown) => ({ status: "rejected", reason }) as const,
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

async function organisationNames(transport: Transport): Promise<string[]> {
  const pages = paginate<{ items: { display_name: string }[]; pagination_key: unknown }, { display_name: string }>(
    (key, signal) =>
      transport.request({
        service: "registry",
        method: "POST",
        path: "/registry/agent/organisation/list",
        json: { filter_by: { record_type: "COMPLETE_ONLY" }, pagination_key: key, page_size: 500 },
        idempotent: true,
        signal,
      }),
    { items: (page) => page.items, nextKey: (page) => page.pagination_key },
  );
  return (await collectAll(pages, { limit: 100_000 })).map((item) => item.display_name);
}

describe("throttling: the default settings carry a workload through", () => {
  for (const retryAfter of [undefined, "1"]) {
    it(`200 creates at concurrency 50 through a 20 req/s throttle (burst 10, ${retryAfter === undefined ? "no Retry-After" : `Retry-After: ${retryAfter}`}) all complete, none twice`, async () => {
      const proxy = await startThrottleProxy({ target: server.origin, ratePerSecond: 20, burst: 10, retryAfter });
      try {
        const tokenProvider = passwordGrant({ issuer: server.issuer, username: "admin", password: "admin" });
        const transport = createTransport({ endpoints: endpointsVia(server.endpoints, proxy.origin), tokenProvider });
        const prefix = `throttled-${retryAfter ?? "none"}-`;
        const names = Array.from({ length: 200 }, (_, i) => `${prefix}${i}`);
        const results = await pool(names, 50, (name) =>
          transport.request({
            service: "registry",
            method: "POST",
            path: "/registry/agent/organisation/create",
            json: { display_name: name, name, ror: "http://example.org/throttled" },
          }),
        );
        const failures = results.filter((r) => r.status === "rejected").map((r) => String((r).reason));
        expect(failures).toEqual([]);
        // The throttle did bite, and every create reached the server exactly once.
        expect(proxy.throttled()).toBeGreaterThan(0);
        expect(proxy.forwarded((r) => r.path.endsWith("/organisation/create"))).toBe(200);
        const stored = (await organisationNames(createTransport({ endpoints: server.endpoints, tokenProvider }))).filter((n) => n.startsWith(prefix));
        expect(stored).toHaveLength(200);
        expect(new Set(stored).size).toBe(200);
      } finally {
        await proxy.close();
      }
    }, 180_000);
  }
});

describe("401s that are not about the token", () => {
  it("100 fetches of another user's job: 100 requests, no refresh, each a PermissionDeniedError naming the refusal", async () => {
    const admin = createTransport({ endpoints: server.endpoints, tokenProvider: passwordGrant({ issuer: server.issuer, username: "admin", password: "admin" }) });
    const { session_id } = await admin.request<{ session_id: string }>({
      service: "jobs",
      method: "POST",
      path: "/jobs/admin/launch",
      json: { username: "user1", job_type: "REGISTRY", job_sub_type: "REGISTRY_WAKE_UP", job_payload: { reason: "test" } },
    });
    const proxy = await startThrottleProxy({ target: server.origin, ratePerSecond: Infinity, burst: Infinity });
    try {
      const recorder = recordingFetch();
      const tokenProvider = passwordGrant({ issuer: server.issuer, username: "user2", password: "user2", fetch: recorder.fetch });
      const transport = createTransport({ endpoints: endpointsVia(server.endpoints, proxy.origin), tokenProvider });
      const errors = await Promise.all(
        Array.from({ length: 100 }, () =>
          transport.request({ service: "jobs", method: "GET", path: "/jobs/user/fetch", query: { session_id } }).catch((e: unknown) => e),
        ),
      );
      for (const error of errors) {
        expect(error).toBeInstanceOf(PermissionDeniedError);
        expect((error as PermissionDeniedError).refused).toBe("Not authorised to view this record.");
        expect((error as Error).message).toMatch(/failed with 401 Unauthorized: Not authorised to view this record\. \(permission refused; /);
      }
      expect(proxy.requests).toHaveLength(100);
      expect([recorder.count("password"), recorder.count("refresh_token")]).toEqual([1, 0]);
    } finally {
      await proxy.close();
    }
  });
});

describe("logging in again when the refresh token is refused", () => {
  it("50 concurrent calls right after the token issuer restarts all succeed, with one new login", async () => {
    let issuer = await startLocalServer();
    try {
      const recorder = recordingFetch();
      const tokenProvider = passwordGrant({ issuer: issuer.issuer, username: "user1", password: "user1", fetch: recorder.fetch });
      const transport = createTransport({ endpoints: issuer.endpoints, tokenProvider });
      const whoAmI = (): Promise<{ username: string }> =>
        transport.request({ service: "registry", method: "GET", path: "/check-access/check-read-access", envelope: false });
      expect((await whoAmI()).username).toBe("user1");

      // Same port, fresh realm: new signing keys, and no memory of any refresh token.
      const port = issuer.port;
      await issuer.stop();
      issuer = await startLocalServer({ port });

      const users = await Promise.all(Array.from({ length: 50 }, whoAmI));
      expect(users.map((u) => u.username)).toEqual(Array.from({ length: 50 }, () => "user1"));
      expect(recorder.exchanges.map((e) => [e.grantType, e.status, e.error])).toEqual([
        ["password", 200, undefined],
        ["refresh_token", 400, "invalid_grant"],
        ["password", 200, undefined],
      ]);
    } finally {
      await issuer.stop();
    }
  }, 60_000);
});
