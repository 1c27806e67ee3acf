// The umbrella client: lazily built service clients on one transport, whoami's linked Person,
// and `local: true` reaching a provena-local on its default port.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { DEFAULT_CLI_PORT } from "../../local-server/src/cli/args.js";
import { createProvenaClient, DEFAULT_LOCAL_ORIGIN, DEFAULT_LOCAL_PORT, ItemNotFoundError, NotFoundError, Registry, UnprocessableEntityError } from "../src/index.js";
import { domain, routedFetch } from "./support/routed-fetch.js";

let server: LocalServer;
const seen: string[] = [];
const fetch = routedFetch(() => server, seen);

beforeAll(async () => {
  server = await startLocalServer({ devicePollIntervalSeconds: 0 });
});
afterAll(() => server.stop());

describe("createProvenaClient", () => {
  it("builds each service client once, on first use, all on the one transport", () => {
    const client = createProvenaClient({ domain, accessToken: server.mintToken("admin"), fetch, env: {} });
    const registry = client.registry;
    expect(client.registry).toBe(registry);
    expect(registry.transport).toBe(client.transport);
    expect(client.datastore.transport).toBe(client.transport);
    expect(client.search.transport).toBe(client.transport);
    for (const name of ["jobs", "auth", "prov", "handle"] as const) expect(client[name]).toBe(client[name]);
  });

  it("every service answers through the one client", async () => {
    seen.length = 0;
    const client = createProvenaClient({ domain, accessToken: server.mintToken("admin"), fetch, env: {} });
    const [orgs, jobs, report, hits, handles, datasets] = await Promise.all([
      client.registry.organisation.list({ pageSize: 5 }),
      client.jobs.listPage({ pageSize: 5 }),
      client.auth.access.report(),
      client.search.search("anything"),
      client.handle.list(),
      client.datastore.list(),
    ]);
    expect(orgs.items).toEqual([]);
    expect(jobs.jobs).toEqual([]);
    expect(report.components.length).toBeGreaterThan(0);
    expect(hits.hits).toEqual([]);
    expect(handles).toEqual([]);
    expect(datasets.items).toEqual([]);
    expect(new Set(seen.map((s) => s.split(" ")[0]))).toEqual(new Set(["registry-api", "job-api", "auth-api", "search", "handle", "data-api"]));
  });

  it("passes service options through (registry validateRequests: false sends a bad body to the server)", async () => {
    const strict = createProvenaClient({ domain, accessToken: server.mintToken("admin"), fetch, env: {} });
    const loose = createProvenaClient({ domain, accessToken: server.mintToken("admin"), fetch, env: {}, registry: { validateRequests: false } });
    const bad = { display_name: 5, name: "x", ror: "https://ror.org/03qn8fb07" } as unknown as Parameters<typeof strict.registry.organisation.create>[0];
    await expect(strict.registry.organisation.create(bad)).rejects.toBeInstanceOf(Registry.RequestValidationError);
    await expect(loose.registry.organisation.create(bad)).rejects.toBeInstanceOf(UnprocessableEntityError);
  });

  it("whoami names the Person linked to the user", async () => {
    const client = createProvenaClient({ domain, accessToken: server.mintToken("user1"), fetch, env: {} });
    expect((await client.whoami()).person).toBeUndefined();
    const { item } = await client.registry.person.create({
      display_name: "Ada Lovelace",
      first_name: "Ada",
      last_name: "Lovelace",
      email: "ada@example.org",
      orcid: "https://orcid.org/0000-0002-1825-0097",
      ethics_approved: true,
    });
    await client.auth.links.assign(item.id);
    expect(await client.whoami()).toMatchObject({ username: "user1", person: { id: item.id, displayName: "Ada Lovelace" } });
  });

  it("re-exports the service errors flat and whole packages by namespace", async () => {
    const client = createProvenaClient({ domain, accessToken: server.mintToken("admin"), fetch, env: {} });
    const error = await client.registry.organisation.fetch("10378.1/0000000").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ItemNotFoundError);
    expect(error).toBeInstanceOf(Registry.ItemNotFoundError);
    expect(NotFoundError).toBeTypeOf("function");
  });
});

describe("local: true", () => {
  it("the umbrella's default origin is provena-local's default port", () => {
    expect(DEFAULT_LOCAL_PORT).toBe(DEFAULT_CLI_PORT);
    expect(DEFAULT_LOCAL_ORIGIN).toBe(`http://127.0.0.1:${DEFAULT_CLI_PORT}`);
  });

  it("reaches a server on the default address, logged in as admin; `local.username` picks another user", async () => {
    const local = await startLocalServer({ port: DEFAULT_LOCAL_PORT });
    try {
      const client = createProvenaClient({ local: true });
      expect(client.credentialSource).toBe("local");
      expect(await client.whoami()).toMatchObject({ username: "admin", source: "local" });
      const { item } = await client.registry.organisation.create({ display_name: "CSIRO", name: "CSIRO", ror: "https://ror.org/03qn8fb07" });
      expect((await client.search.search("CSIRO")).hits.map((h) => h.id)).toContain(item.id);
      const other = createProvenaClient({ local: { username: "user2" } });
      expect((await other.whoami()).username).toBe("user2");
    } finally {
      await local.stop();
    }
  });
});
