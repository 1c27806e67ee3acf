// fetchItem, the modular form of `registry.<subtype>.fetch`: the same results and errors as the
// sub-client method, against the local server over real HTTP.
import { clientCredentials } from "@provena-sdk/auth-core";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createTransport, fetchItem, ItemNotFoundError, SeedItemError, SoftFailureError } from "../src/index.js";
import type { FetchedItem, FetchResult, ItemOrganisation, ItemPerson, RegistryClient, Transport } from "../src/index.js";
import { organisation, person } from "../src/subtypes-entry.js";
import { ORGANISATION, PERSON } from "./support/examples.js";
import { startFixture, type Fixture } from "./support/fixture.js";

let fx: Fixture;
let user1: RegistryClient;
let transport: Transport;
beforeAll(async () => {
  fx = await startFixture();
  user1 = fx.client("user1");
  // The transport of user1's client: strict, no retries, user1's token (see support/fixture.ts).
  transport = user1.transport;
});
afterAll(() => fx.stop());

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error: unknown = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof Error)) throw new Error("expected a rejection");
  return error;
}

describe("fetchItem", () => {
  it("returns what the sub-client's fetch returns, typed by the subtype definition", async () => {
    const { item: org } = await user1.organisation.create(ORGANISATION[0]!);
    const fetched = await fetchItem(transport, organisation, org.id);
    expectTypeOf(fetched).toEqualTypeOf<FetchedItem<ItemOrganisation>>();
    expect(fetched).toEqual(await user1.organisation.fetch(org.id));
    expect(fetched).toMatchObject({ isSeed: false, locked: false, item: { id: org.id, display_name: ORGANISATION[0]!.display_name, item_subtype: "ORGANISATION" } });
    expect(fetched.roles).toContain("admin");
  });

  it("an unknown id is the same ItemNotFoundError (a soft failure) as the sub-client's", async () => {
    const id = "10378.1/999999999";
    const error = await rejection(fetchItem(transport, person, id));
    expect(error).toBeInstanceOf(ItemNotFoundError);
    expect(error).toBeInstanceOf(SoftFailureError);
    const same = await rejection(user1.person.fetch(id));
    expect((error as ItemNotFoundError).id).toBe(id);
    expect((error as ItemNotFoundError).operationName).toBe("registry.person.fetch");
    expect(error.message).toBe(same.message);
    expect((error as ItemNotFoundError).details).toBe((same as ItemNotFoundError).details);
  });

  it("a seed is a SeedItemError unless seedAllowed, then a seed result", async () => {
    const seed = await user1.person.seed();
    const error = await rejection(fetchItem(transport, person, seed.id));
    expect(error).toBeInstanceOf(SeedItemError);
    expect((error as SeedItemError).id).toBe(seed.id);
    const fetched = await fetchItem(transport, person, seed.id, { seedAllowed: true });
    expectTypeOf(fetched).toEqualTypeOf<FetchResult<ItemPerson>>();
    expect(fetched).toEqual(await user1.person.fetch(seed.id, { seedAllowed: true }));
    expect(fetched.isSeed).toBe(true);
    expect(fetched.item.record_type).toBe("SEED_ITEM");
  });

  it("with `user`, fetches through the proxy route as the sub-client's proxy(user).fetch", async () => {
    const { item } = await user1.person.create(PERSON[0]!);
    const service = createTransport({
      endpoints: fx.server.endpoints,
      tokenProvider: clientCredentials({ issuer: fx.server.issuer, clientId: "data-store-api", clientSecret: "data-store-api-secret" }),
      validation: "strict",
      retry: false,
    });
    const user = { username: "user1", email: "user1@example.com", roles: ["entity-registry-read"] };
    const fetched = await fetchItem(service, person, item.id, { user });
    expect(fetched).toEqual(await fx.service("data-store-api").person.proxy(user).fetch(item.id));
    expect(fetched.item.id).toBe(item.id);
    // The roles are user1's (the owner's), not the service account's nor another user's.
    expect(fetched.roles).toContain("admin");
    const other = { username: "user2", email: "user2@example.com", roles: ["entity-registry-read"] };
    const asOther = await fetchItem(service, person, item.id, { user: other });
    expect(asOther.roles).not.toContain("admin");
    expect(asOther.roles).toEqual((await fx.client("user2").person.fetch(item.id)).roles);
  });

  it("honours an aborted signal", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(fetchItem(transport, organisation, "10378.1/1", { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});
