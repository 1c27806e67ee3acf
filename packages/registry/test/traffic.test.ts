// The registry SDK against provena-local's throttle and fault modes. The server side is pinned
// precisely in local-server's traffic tests; here the SDK's side is checked loosely enough to
// hold whatever its retry policy: every call ends in the item or in a typed error for what the
// server did, and no write is lost or duplicated.
import { passwordGrant } from "@provena-sdk/auth-core";
import { HttpError } from "@provena-sdk/http-core";
import { memoryStorage, startLocalServer, type LocalServer, type Storage } from "@provena-sdk/local-server";
import { afterEach, describe, expect, it } from "vitest";
import { createRegistryClient, type RegistryClient } from "../src/index.js";
import { PERSON } from "./support/examples.js";

const servers: LocalServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});

async function setUp(options: Parameters<typeof startLocalServer>[0]): Promise<{ server: LocalServer; storage: Storage; client: RegistryClient }> {
  const storage = memoryStorage();
  const server = await startLocalServer({ storage, jobStepDelayMs: 0, ...options });
  servers.push(server);
  // Default retry policy: the point is what the SDK does on its own.
  const client = createRegistryClient({ endpoints: server.endpoints, tokenProvider: passwordGrant({ issuer: server.issuer, username: "user1", password: "user1" }) });
  return { server, storage, client };
}

const countNamed = (storage: Storage, name: string) =>
  [...storage.table<{ display_name?: string }>("registry.items").values()].filter((item) => item.display_name === name).length;

type Outcome = { ok: true; id: string } | { ok: false; error: unknown };

async function createAll(client: RegistryClient, names: readonly string[]): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  for (const name of names) {
    try {
      const { item } = await client.person.create({ ...PERSON[0]!, display_name: name });
      outcomes.set(name, { ok: true, id: item.id });
    } catch (error) {
      outcomes.set(name, { ok: false, error });
    }
  }
  return outcomes;
}

describe("the SDK under --throttle", () => {
  it("every create ends created once or refused with a 429 error, never duplicated", async () => {
    const { storage, client } = await setUp({ throttle: "1/1" });
    const names = Array.from({ length: 4 }, (_, i) => `throttled ${i}`);
    const outcomes = await createAll(client, names);
    for (const name of names) {
      const outcome = outcomes.get(name)!;
      if (outcome.ok) expect(countNamed(storage, name), name).toBe(1);
      else {
        expect(outcome.error).toBeInstanceOf(HttpError);
        expect((outcome.error as HttpError).status).toBe(429);
        expect(countNamed(storage, name), name).toBe(0);
      }
    }
  }, 60_000);
});

describe("the SDK under --faults", () => {
  it("reads end in the item or in the 502/503 the server answered", async () => {
    const { server, client } = await setUp({});
    const { item } = await client.person.create({ ...PERSON[0]!, display_name: "read me" });
    server.setFaults("502=0.25,503=0.25,seed=11");
    let failures = 0;
    for (let i = 0; i < 12; i++) {
      try {
        expect((await client.person.fetch(item.id)).item.id).toBe(item.id);
      } catch (error) {
        failures++;
        expect(error).toBeInstanceOf(HttpError);
        expect([502, 503]).toContain((error as HttpError).status);
      }
    }
    expect(failures).toBeLessThan(12);
  }, 60_000);

  it("with a 504 or a reset after processing, every create exists exactly once, answered or not (no retry duplicates it)", async () => {
    const { server, storage, client } = await setUp({});
    server.setFaults("reset-after=0.3,504=0.1,seed=5");
    const names = Array.from({ length: 15 }, (_, i) => `unsure ${i}`);
    const outcomes = await createAll(client, names);
    server.setFaults(undefined);
    let unanswered = 0;
    for (const name of names) {
      const outcome = outcomes.get(name)!;
      if (outcome.ok) expect(countNamed(storage, name), name).toBe(1);
      else {
        unanswered++;
        // The server processed it (a fault after processing keeps the write): no retry may add a second.
        expect(countNamed(storage, name), name).toBe(1);
      }
    }
    expect(unanswered).toBeGreaterThan(0);
  }, 60_000);
});
