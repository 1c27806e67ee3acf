// registry.general.countBySubtype() against the local server (tallies match the per-subtype
// listings, seeds only when asked, large pages, abort), and the public health route.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AbortError, NetworkError } from "@provena-sdk/http-core";
import { passwordGrant } from "@provena-sdk/auth-core";
import { COUNT_PAGE_SIZE, createRegistryClient, type RegistryClient } from "../src/index.js";
import { ORGANISATION } from "./support/examples.js";
import { startFixture, type Fixture } from "./support/fixture.js";

let fx: Fixture;
let user1: RegistryClient;

beforeAll(async () => {
  fx = await startFixture();
  user1 = fx.client("user1");
  await fx.link("user1"); // one Person
  for (let i = 0; i < 3; i++) await user1.organisation.create({ ...ORGANISATION[0]!, display_name: `Org ${i}` });
  await user1.organisation.seed();
  await user1.study.seed();
  await user1.study.seed();
});
afterAll(() => fx.stop());

/** A client whose requests' JSON bodies are recorded. */
function recording(): { client: RegistryClient; bodies: Record<string, unknown>[] } {
  const bodies: Record<string, unknown>[] = [];
  const client = createRegistryClient({
    endpoints: fx.server.endpoints,
    tokenProvider: passwordGrant({ issuer: fx.server.issuer, username: "user1", password: "user1" }),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (request.url.endsWith("/registry/general/list")) bodies.push((await request.clone().json()) as Record<string, unknown>);
      return fetch(request);
    },
  });
  return { client, bodies };
}

describe("general.countBySubtype", () => {
  it("counts the complete items of each subtype, every known subtype present", async () => {
    const counts = await user1.general.countBySubtype();
    expect(counts).toMatchObject({ ORGANISATION: 3, PERSON: 1, STUDY: 0, MODEL: 0, DATASET: 0 });
    // Each tally agrees with that subtype's own listing.
    for (const [key, subtype] of [["organisation", "ORGANISATION"], ["person", "PERSON"], ["createActivity", "CREATE"]] as const) {
      let listed = 0;
      for await (const _ of user1[key].listAll()) listed++;
      expect(counts[subtype]).toBe(listed);
    }
    expect(Object.keys(counts)).toEqual(expect.arrayContaining(["ORGANISATION", "PERSON", "MODEL_RUN", "WORKFLOW_RUN", "VERSION"]));
  });

  it("counts seeds too with recordType ALL, and only seeds with SEED_ONLY", async () => {
    expect(await user1.general.countBySubtype({ recordType: "ALL" })).toMatchObject({ ORGANISATION: 4, STUDY: 2, PERSON: 1 });
    expect(await user1.general.countBySubtype({ recordType: "SEED_ONLY" })).toMatchObject({ ORGANISATION: 1, STUDY: 2, PERSON: 0 });
  });

  it("asks for COUNT_PAGE_SIZE items per request by default, and follows every page with a smaller size", async () => {
    const { client, bodies } = recording();
    await client.general.countBySubtype();
    expect(COUNT_PAGE_SIZE).toBe(1000);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ page_size: 1000, filter_by: { record_type: "COMPLETE_ONLY", item_subtype: null } });

    bodies.length = 0;
    const counts = await client.general.countBySubtype({ pageSize: 2 });
    expect(counts).toMatchObject({ ORGANISATION: 3, PERSON: 1 });
    expect(bodies.length).toBeGreaterThanOrEqual(4);
    expect(bodies.every((b) => b["page_size"] === 2)).toBe(true);
  });

  it("rejects with AbortError when its signal is aborted", async () => {
    await expect(user1.general.countBySubtype({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
  });

  it("is a 401 for a user without registry read", async () => {
    fx.server.addUser({ username: "noroles", password: "noroles", roles: [] });
    await expect(fx.client("noroles").general.countBySubtype()).rejects.toMatchObject({ name: "PermissionDeniedError", status: 401 });
  });
});

describe("health", () => {
  it("answers the registry's health message without asking for a token", async () => {
    let asked = 0;
    const registry = createRegistryClient({ endpoints: fx.server.endpoints, tokenProvider: { getToken: () => Promise.resolve(`t${++asked}`) } });
    expect(await registry.health()).toEqual({ service: "registry", message: "Health check successful." });
    expect(asked).toBe(0);
  });

  it("rejects with NetworkError when nothing listens", async () => {
    const registry = createRegistryClient({ endpoints: { registry: "http://127.0.0.1:9/registry-api" }, retry: false });
    await expect(registry.health()).rejects.toBeInstanceOf(NetworkError);
  });
});
