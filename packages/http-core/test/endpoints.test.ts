import { describe, expect, it } from "vitest";
import { ConfigurationError, configuredEndpoints, createTransport, deriveEndpoints, hasEndpoint, resolveEndpoints } from "../src/index.js";
import { reply, useFixture } from "./fixture-server.js";

describe("endpoints", () => {
  it("derives https://{subdomain}.{domain} for every service", () => {
    expect(deriveEndpoints("mds.example.org")).toEqual({
      datastore: "https://data-api.mds.example.org",
      registry: "https://registry-api.mds.example.org",
      prov: "https://prov-api.mds.example.org",
      auth: "https://auth-api.mds.example.org",
      search: "https://search.mds.example.org",
      jobs: "https://job-api.mds.example.org",
      handle: "https://handle.mds.example.org",
    });
  });

  it("lets overrides win and trims trailing slashes", () => {
    const e = resolveEndpoints({ domain: "mds.example.org", endpoints: { registry: "http://127.0.0.1:9000/registry-api/" } });
    expect(e.registry).toBe("http://127.0.0.1:9000/registry-api");
    expect(e.prov).toBe("https://prov-api.mds.example.org");
  });

  it("a service with no domain and no override throws a ConfigurationError naming it, only when used", () => {
    const e = resolveEndpoints({ endpoints: { registry: "http://localhost:1/r" } });
    expect(hasEndpoint(e, "registry")).toBe(true);
    expect(hasEndpoint(e, "search")).toBe(false);
    expect(configuredEndpoints(e)).toEqual({ registry: "http://localhost:1/r" });
    expect(() => e.search).toThrow(ConfigurationError);
    expect(() => e.search).toThrow("No endpoint for the search service: pass `domain` (giving https://search.<domain>) or `endpoints.search`");
  });

  it("rejects a domain with a scheme and a relative override", () => {
    expect(() => deriveEndpoints("https://mds.example.org")).toThrow(ConfigurationError);
    expect(() => resolveEndpoints({ endpoints: { prov: "/prov-api" } })).toThrow('Invalid endpoint for the prov service: "/prov-api" is not an absolute URL');
  });
});

describe("transport configuration", () => {
  const server = useFixture();

  it("sends default headers, user agent, query and JSON body; operation headers win", async () => {
    server.script(reply(200, { ok: true }));
    const t = createTransport({ endpoints: { search: `${server.origin}/search` }, headers: { "X-Team": "a", "X-Trace": "1" }, userAgent: "my-app/1.0" });
    await t.request({
      service: "search",
      method: "POST",
      path: "search/entity",
      query: { query: "soil", limit: 5, exact: false, skip: undefined, none: null },
      json: { a: 1 },
      headers: { "x-trace": "2" },
    });
    const seen = server.requests[0]!;
    expect(seen.url).toBe("/search/search/entity?query=soil&limit=5&exact=false");
    expect(seen.headers["user-agent"]).toBe("my-app/1.0");
    expect(seen.headers["x-team"]).toBe("a");
    expect(seen.headers["x-trace"]).toBe("2");
    expect(seen.headers["content-type"]).toBe("application/json");
    expect(seen.headers.accept).toBe("application/json");
    expect(JSON.parse(seen.body)).toEqual({ a: 1 });
  });

  it("sends a form body to an absolute URL (a token endpoint) with no service configured", async () => {
    server.script(reply(200, { access_token: "x", expires_in: 300 }));
    const t = createTransport({});
    await expect(
      t.request({ url: `${server.origin}/auth/realms/provena/protocol/openid-connect/token`, method: "POST", form: { grant_type: "password", username: "u" }, auth: false, envelope: false }),
    ).resolves.toEqual({ access_token: "x", expires_in: 300 });
    expect(server.requests[0]!.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    expect(server.requests[0]!.body).toBe("grant_type=password&username=u");
  });

  it("uses a custom fetch", async () => {
    const urls: string[] = [];
    server.script(reply(200, { ok: true }));
    const t = createTransport({
      endpoints: { jobs: server.origin },
      fetch: (input, init) => {
        urls.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    await t.request({ service: "jobs", method: "GET", path: "/jobs/user/list" });
    expect(urls).toEqual([`${server.origin}/jobs/user/list`]);
  });

  it("with() layers options: headers and endpoints merge, hooks run parent first", async () => {
    const order: string[] = [];
    server.script(reply(200, {}));
    const base = createTransport({ domain: "mds.example.org", headers: { "x-a": "1" }, hooks: { beforeRequest: () => void order.push("parent") } });
    const derived = base.with({ endpoints: { registry: server.origin }, headers: { "x-b": "2" }, hooks: { beforeRequest: () => void order.push("child") } });
    await derived.request({ service: "registry", method: "GET", path: "/" });
    expect(derived.endpoints.prov).toBe("https://prov-api.mds.example.org");
    expect(base.endpoints.registry).toBe("https://registry-api.mds.example.org");
    expect([server.requests[0]!.headers["x-a"], server.requests[0]!.headers["x-b"]]).toEqual(["1", "2"]);
    expect(order).toEqual(["parent", "child"]);
  });

  it("reports configuration mistakes as ConfigurationError before sending", async () => {
    const t = createTransport({ endpoints: { registry: server.origin } });
    await expect(t.request({ service: "search", method: "GET", path: "/" })).rejects.toBeInstanceOf(ConfigurationError);
    await expect(t.request({ method: "GET", path: "/" })).rejects.toThrow("no target");
    await expect(t.request({ service: "registry", method: "POST", json: {}, form: {} })).rejects.toThrow("not several");
    expect(() => createTransport({ timeoutMs: 0 })).toThrow(ConfigurationError);
    expect(server.requests).toHaveLength(0);
  });
});
