// searchAndLoad() against the real local server: items created through the registry API,
// one made private to its owner through the auth configuration route, then searched by two
// users. Hits keep their rank; unreadable ones come back as access-denied ids.
import { AbortError, UnauthorizedError, createTransport, type Transport } from "@provena-sdk/http-core";
import { ItemNotFoundError, RegistryClient } from "@provena-sdk/registry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HitNotFoundError, fetchRegistryItem, type SearchClient } from "../src/index.js";
import { startTestBed, type TestBed } from "./support/local-server.js";

interface CreateResponse {
  created_item: { id: string };
}

let bed: TestBed;
let user1: Transport;
let user1Search: SearchClient;
let user2Search: SearchClient;
let shared: string;
let secret: string;
let mention: string;

async function createOrganisation(displayName: string, extra: Record<string, unknown> = {}): Promise<string> {
  const body = await user1.request<CreateResponse>({
    service: "registry",
    method: "POST",
    path: "/registry/agent/organisation/create",
    json: { display_name: displayName, name: displayName, ...extra },
  });
  return body.created_item.id;
}

beforeAll(async () => {
  bed = await startTestBed();
  user1 = bed.transportFor("user1");
  user1Search = bed.searchClientFor("user1");
  user2Search = bed.searchClientFor("user2");
  secret = await createOrganisation("Cassowary Conservation Trust");
  shared = await createOrganisation("Cassowary Field Station");
  mention = await createOrganisation("Rainforest Alliance North", { user_metadata: { partner: "works with cassowary groups" } });
  // Only the owner (and registry admins) may read `secret` from now on.
  await user1.request({
    service: "registry",
    method: "PUT",
    path: "/registry/agent/organisation/auth/configuration",
    query: { id: secret },
    json: { owner: "user1", general: [], groups: {} },
  });
});
afterAll(() => bed.server.stop());

describe("SearchClient.searchAndLoad", () => {
  it("finds an item created through the registry by a word in its name", async () => {
    const { hits } = await user1Search.search("Conservation");
    expect(hits.map((h) => h.id)).toEqual([secret]);
  });

  it("loads every hit for the owner, in rank order", async () => {
    const searched = await user1Search.search("cassowary");
    const loaded = await user1Search.searchAndLoad("cassowary");
    expect(loaded.items.map((h) => h.id)).toEqual(searched.hits.map((h) => h.id));
    expect(loaded.items.map((h) => h.score)).toEqual(searched.hits.map((h) => h.score));
    expect(new Set(loaded.items.map((h) => h.id))).toEqual(new Set([secret, shared, mention]));
    expect(loaded.items.find((h) => h.id === secret)?.item).toMatchObject({ id: secret, display_name: "Cassowary Conservation Trust", item_subtype: "ORGANISATION" });
    expect(loaded.accessDenied).toEqual([]);
    expect(loaded.failures).toEqual([]);
  });

  it("splits readable from unreadable hits for another user, keeping the ranking", async () => {
    const searched = await user2Search.search("cassowary");
    expect(searched.hits.map((h) => h.id)).toContain(secret); // search itself does not filter
    const loaded = await user2Search.searchAndLoad("cassowary", { concurrency: 2 });
    const readable = searched.hits.map((h) => h.id).filter((id) => id !== secret);
    expect(loaded.items.map((h) => h.id)).toEqual(readable);
    expect(loaded.accessDenied).toEqual([secret]);
    expect(loaded.failures).toEqual([]);
    // The same answer the registry gives user2 directly.
    await expect(fetchRegistryItem(bed.transportFor("user2"), secret)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("reports a hit the registry does not have as a failure with a typed error", async () => {
    // The local index never lags the registry, so ask the registry for an id it does not have
    // in place of one hit: general fetch answers 200 with success=false, as for a deleted item.
    const ranked = (await user1Search.search("cassowary")).hits.map((h) => h.id);
    const loaded = await user1Search.searchAndLoad("cassowary", {
      loader: (id, { signal }) => fetchRegistryItem(user1, id === shared ? `${id}0000` : id, signal),
    });
    expect(loaded.failures.map((f) => f.id)).toEqual([shared]);
    const error = loaded.failures[0]!.error;
    expect(error).toBeInstanceOf(HitNotFoundError);
    expect(error.message).toContain(`${shared}0000`);
    expect(loaded.items.map((h) => h.id)).toEqual(ranked.filter((id) => id !== shared));
    expect(loaded.accessDenied).toEqual([]);
  });
});

describe("SearchClient.searchAndLoad with a refused token", () => {
  it("reports a token-level 401 as a failure of every hit, not as access denied", async () => {
    // The registry refuses the token itself ("Could not validate credentials" and the like):
    // that says nothing about the items, so none of them may be filed under accessDenied.
    const badToken = createTransport({ endpoints: bed.server.endpoints, tokenProvider: { getToken: () => Promise.resolve("not-a-token") }, retry: false });
    const ranked = (await user1Search.search("cassowary")).hits.map((h) => h.id);
    expect(ranked.length).toBeGreaterThan(0);
    const loaded = await user1Search.searchAndLoad("cassowary", { loader: (id, { signal }) => fetchRegistryItem(badToken, id, signal) });
    expect(loaded.accessDenied).toEqual([]);
    expect(loaded.items).toEqual([]);
    expect(loaded.failures.map((f) => f.id)).toEqual(ranked);
    for (const failure of loaded.failures) expect(failure.error).toBeInstanceOf(UnauthorizedError);
  });
});

describe("SearchClient.searchAndLoad concurrency", () => {
  it("runs four registry fetches at a time by default and the given number otherwise", async () => {
    for (let i = 0; i < 9; i += 1) await createOrganisation(`Bilby Recovery Team ${i}`);
    const track = () => {
      const state = { inFlight: 0, peak: 0 };
      const loader = async (id: string, { signal }: { signal?: AbortSignal | undefined }) => {
        state.inFlight += 1;
        state.peak = Math.max(state.peak, state.inFlight);
        try {
          return await fetchRegistryItem(user1, id, signal);
        } finally {
          state.inFlight -= 1;
        }
      };
      return { state, loader };
    };
    const byDefault = track();
    expect((await user1Search.searchAndLoad("bilby", { loader: byDefault.loader })).items).toHaveLength(9);
    expect(byDefault.state.peak).toBe(4);
    const serial = track();
    expect((await user1Search.searchAndLoad("bilby", { loader: serial.loader, concurrency: 1 })).items).toHaveLength(9);
    expect(serial.state.peak).toBe(1);
  });

  it("rejects when the signal is aborted instead of reporting failures", async () => {
    const controller = new AbortController();
    const run = user1Search.searchAndLoad("bilby", {
      signal: controller.signal,
      loader: (id, { signal }) => {
        controller.abort(new Error("stop"));
        return fetchRegistryItem(user1, id, signal);
      },
    });
    await expect(run).rejects.toBeInstanceOf(AbortError);
  });
});

describe("SearchClient.searchAndLoad with @provena-sdk/registry as the loader", () => {
  it("returns the registry client's items and sorts its errors the same way", async () => {
    const registry = new RegistryClient({ transport: bed.transportFor("user2") });
    const loaded = await user2Search.searchAndLoad("cassowary", { loader: (id, options) => registry.general.fetch(id, options) });
    const expected = (await user2Search.search("cassowary")).hits.map((h) => h.id).filter((id) => id !== secret);
    expect(loaded.items.map((h) => h.id)).toEqual(expected);
    expect(loaded.items[0]!.item.item_subtype).toBe("ORGANISATION");
    expect(loaded.accessDenied).toEqual([secret]);

    const missing = await user2Search.searchAndLoad("cassowary", {
      loader: (id, options) => registry.general.fetch(id === shared ? `${id}0000` : id, options),
    });
    expect(missing.failures.map((f) => f.id)).toEqual([shared]);
    expect(missing.failures[0]!.error).toBeInstanceOf(ItemNotFoundError);
  });
});
