// --throttle and --faults over real HTTP: what the server answers, precisely, for each mode
// (the service APIs only; the realm is never throttled or faulted), and that a write is kept
// when a fault strikes after processing and absent when it strikes before.
import { afterEach, describe, expect, it } from "vitest";
import { LocalServerError, memoryStorage, startLocalServer, type LocalServer, type Storage } from "../src/index.js";

const servers: LocalServer[] = [];
async function start(options: Parameters<typeof startLocalServer>[0]): Promise<LocalServer> {
  const server = await startLocalServer({ jobStepDelayMs: 0, ...options });
  servers.push(server);
  return server;
}
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});

const check = (server: LocalServer, token: string) => fetch(`${server.endpoints.registry}/check-access/check-read-access`, { headers: { authorization: `Bearer ${token}` } });

async function createPerson(server: LocalServer, name: string, token = server.mintToken("user1")): Promise<Response> {
  return fetch(`${server.endpoints.registry}/registry/agent/person/create`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ display_name: name, email: "p@example.com", first_name: name, last_name: "Local", ethics_approved: true }),
  });
}

const people = (storage: Storage, name: string) =>
  [...storage.table<{ display_name?: string }>("registry.items").values()].filter((item) => item.display_name === name).length;

describe("throttle", () => {
  it("answers 429 in the API gateway's shape with Retry-After once a caller's burst is spent; callers have their own buckets", async () => {
    const server = await start({ throttle: { rate: 0.01, burst: 3 } });
    const alice = server.mintToken("user1");
    for (let i = 0; i < 3; i++) expect((await check(server, alice)).status).toBe(200);
    const refused = await check(server, alice);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ message: "Too Many Requests" });
    const retryAfter = Number(refused.headers.get("retry-after"));
    // One request per 100 s: the next one is about 100 s away.
    expect(retryAfter).toBeGreaterThanOrEqual(90);
    expect(retryAfter).toBeLessThanOrEqual(100);
    expect(refused.headers.get("access-control-expose-headers")).toContain("retry-after");
    // Another token has a full bucket; the realm is not behind the gateway.
    expect((await check(server, server.mintToken("user2"))).status).toBe(200);
    for (let i = 0; i < 5; i++) {
      const token = await fetch(`${server.issuer}/protocol/openid-connect/token`, {
        method: "POST",
        body: new URLSearchParams({ grant_type: "password", client_id: "integration-tests", username: "user1", password: "user1" }),
      });
      expect(token.status).toBe(200);
    }
  });

  it("a throttled create is not processed; setThrottle changes or lifts the limit at runtime", async () => {
    const storage = memoryStorage();
    const server = await start({ storage, throttle: "0.01/1" });
    const token = server.mintToken("user1");
    await check(server, token);
    const refused = await createPerson(server, "throttled", token);
    expect(refused.status).toBe(429);
    expect(people(storage, "throttled")).toBe(0);
    server.setThrottle(undefined);
    expect((await createPerson(server, "throttled", token)).status).toBe(200);
    expect(people(storage, "throttled")).toBe(1);
  });

  it("refuses a bad throttle with a clear error", async () => {
    await expect(start({ throttle: "fast" })).rejects.toThrow('Throttle "fast" must be RATE or RATE/BURST');
    await expect(start({ throttle: { rate: 0 } })).rejects.toThrow(LocalServerError);
    await expect(start({ throttle: "5/0" })).rejects.toThrow("Throttle burst must be a whole number of requests, at least 1, got 0.");
  });
});

describe("faults", () => {
  it.each([
    [502, { message: "Internal server error" }, null],
    [503, { message: "Service Unavailable" }, "1"],
  ] as const)("%i is answered before processing: the write does not happen", async (status, body, retryAfter) => {
    const storage = memoryStorage();
    const server = await start({ storage, faults: { [status]: 1 } });
    const res = await createPerson(server, `f${status}`);
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual(body);
    expect(res.headers.get("retry-after")).toBe(retryAfter);
    expect(people(storage, `f${status}`)).toBe(0);
  });

  it("504 is answered after processing: the write is kept", async () => {
    const storage = memoryStorage();
    const server = await start({ storage, faults: "504=1" });
    const res = await createPerson(server, "f504");
    expect(res.status).toBe(504);
    expect(await res.json()).toEqual({ message: "Endpoint request timed out" });
    expect(people(storage, "f504")).toBe(1);
  });

  it("reset-before drops the connection and the write; reset-after drops the connection but keeps the write", async () => {
    const storage = memoryStorage();
    const server = await start({ storage, faults: "reset-before=1" });
    await expect(createPerson(server, "before")).rejects.toThrow(TypeError);
    expect(people(storage, "before")).toBe(0);
    server.setFaults("reset-after=1");
    await expect(createPerson(server, "after")).rejects.toThrow(TypeError);
    expect(people(storage, "after")).toBe(1);
    server.setFaults(undefined);
    expect((await createPerson(server, "clean")).status).toBe(200);
  });

  it("latency delays the answer by at least the given time; the realm is never faulted", async () => {
    const server = await start({ faults: { 502: 1, latency: { rate: 1, ms: 300 } } });
    const startedAt = performance.now();
    expect((await check(server, server.mintToken("user1"))).status).toBe(502);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(295);
    expect((await fetch(`${server.issuer}/.well-known/openid-configuration`)).status).toBe(200);
  });

  it("a seed replays the same sequence of faults", async () => {
    const statuses = async (): Promise<number[]> => {
      const server = await start({ faults: "502=0.3,503=0.3,seed=42" });
      const token = server.mintToken("user1");
      const out: number[] = [];
      for (let i = 0; i < 30; i++) out.push((await check(server, token)).status);
      return out;
    };
    const first = await statuses();
    expect(await statuses()).toEqual(first);
    // Both faults and successes occur at these rates.
    expect(new Set(first)).toEqual(new Set([200, 502, 503]));
  });

  it("refuses a bad spec with a message naming the entry", async () => {
    await expect(start({ faults: "500=0.1" })).rejects.toThrow('Faults entry "500=0.1" has an unknown kind "500"');
    await expect(start({ faults: "502=0.7,503=0.7" })).rejects.toThrow("add up to 1.4; at most 1");
    await expect(start({ faults: "latency=soon" })).rejects.toThrow("must be latency=RATE:MS");
    await expect(start({ faults: { resetAfter: 2 } })).rejects.toThrow("Fault rate resetAfter must be a fraction between 0 and 1, got 2.");
  });
});
