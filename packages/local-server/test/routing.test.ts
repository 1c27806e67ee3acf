// The service shells: every spec operation is routed, auth comes from the index, and the
// FastAPI-style edges (404, 405, 422, 501) look like upstream's.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SERVICE_NAMES } from "@provena-sdk/http-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalServer, localEndpoints, localIssuer, type LocalServer } from "../src/index.js";
import { Router } from "../src/http/router.js";
import { implementedOperations, notImplemented } from "../src/services/mount.js";
import { OPERATIONS } from "../src/spec/operations.js";

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.stop());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("operation index", () => {
  it("is up to date with specs/provena", () => {
    const script = fileURLToPath(new URL("../../../scripts/gen-spec-index.mjs", import.meta.url));
    // Throws (non-zero exit) when the generated file differs from a fresh render.
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("indexes every operation of every spec with parsed auth", () => {
    const counts = Object.fromEntries(SERVICE_NAMES.map((s) => [s, OPERATIONS.filter((op) => op.service === s).length]));
    expect(counts).toEqual({ datastore: 23, registry: 203, prov: 27, auth: 42, search: 8, jobs: 16, handle: 14 });
    const fetch = OPERATIONS.find((op) => op.service === "registry" && op.key === "GET /registry/agent/person/fetch");
    expect(fetch).toMatchObject({
      operationId: "fetch_agent_person",
      hidden: false,
      auth: { kind: "ALL", roles: ["entity-registry-read"], proxyHeader: false },
      query: [
        { name: "id", required: true, type: "string" },
        { name: "seed_allowed", required: false, type: "boolean", default: false },
      ],
    });
    const proxy = OPERATIONS.find((op) => op.key === "PUT /registry/entity/dataset/proxy/update");
    expect(proxy?.hidden).toBe(true);
    expect(proxy?.auth).toEqual({ kind: "ALL", roles: ["entity-registry-read", "entity-registry-write"], proxyHeader: true });
  });

  it("lists the implemented operations (the rest answer 501)", () => {
    const implemented = implementedOperations();
    // Fully served services: every operation of their document has a handler.
    for (const service of ["registry", "jobs", "auth", "search", "handle", "datastore", "prov"] as const) {
      const all = OPERATIONS.filter((op) => op.service === service).map((op) => op.key);
      expect(implemented[service].slice().sort()).toEqual(all.sort());
    }
  });
});

describe("endpoints", () => {
  it("maps every service under its subdomain's name on one origin", () => {
    expect(server.endpoints).toEqual(localEndpoints(server.origin));
    expect(localEndpoints("http://h:1/")).toEqual({
      datastore: "http://h:1/data-api",
      registry: "http://h:1/registry-api",
      prov: "http://h:1/prov-api",
      auth: "http://h:1/auth-api",
      search: "http://h:1/search",
      jobs: "http://h:1/job-api",
      handle: "http://h:1/handle",
    });
    expect(server.issuer).toBe(localIssuer(server.origin, "provena"));
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each(SERVICE_NAMES)("%s answers its health check, with or without the trailing slash", async (service) => {
    for (const url of [`${server.endpoints[service]}/`, server.endpoints[service]]) {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ message: "Health check successful." });
    }
  });
});

describe("FastAPI-style edges", () => {
  it("404 Not Found for unknown paths", async () => {
    for (const url of [`${server.origin}/nope`, `${server.endpoints.registry}/registry/agent/nobody/fetch`]) {
      const res = await fetch(url);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ detail: "Not Found" });
    }
  });

  it("405 Method Not Allowed with Allow for a known path", async () => {
    const res = await fetch(`${server.endpoints.registry}/registry/agent/person/fetch`, { method: "DELETE" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
    expect(await res.json()).toEqual({ detail: "Method Not Allowed" });
  });

  it("checks auth before anything else, then runs the handler", async () => {
    const url = `${server.endpoints.prov}/bulk/generate_template/csv?workflow_template_id=x`;
    expect((await fetch(url)).status).toBe(401);
    const denied = await fetch(url, { headers: bearer(server.mintToken("user1", { roles: [] })) });
    expect(denied.status).toBe(401);
    const res = await fetch(url, { headers: bearer(server.mintToken("user1")) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toContain("workflow template");
  });

  it("answers 501 in FastAPI's shape for an operation without a handler", async () => {
    // Every operation of every document is served now; the fallback still names the route.
    const operation = OPERATIONS.find((op) => op.key === "GET /metadata/dataset-schema");
    const reply = await notImplemented(operation!)({} as never);
    expect(reply).toMatchObject({ status: 501, json: { detail: "Not implemented in provena-local: GET /metadata/dataset-schema" } });
  });

  it("422 in FastAPI's shape for missing or mistyped query parameters", async () => {
    const headers = bearer(server.mintToken("admin"));
    const missing = await fetch(`${server.endpoints.registry}/registry/agent/person/fetch`, { headers });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toEqual({ detail: [{ loc: ["query", "id"], msg: "field required", type: "value_error.missing" }] });

    const mistyped = await fetch(`${server.endpoints.registry}/registry/agent/person/fetch?id=x&seed_allowed=maybe`, { headers });
    expect(mistyped.status).toBe(422);
    expect(await mistyped.json()).toEqual({
      detail: [{ loc: ["query", "seed_allowed"], msg: "value could not be parsed to a boolean", type: "type_error.bool" }],
    });
  });

  it("sentry-debug fails like upstream, behind its roles", async () => {
    const url = `${server.endpoints.registry}/admin/sentry-debug`;
    expect((await fetch(url, { headers: bearer(server.mintToken("user1")) })).status).toBe(401);
    const res = await fetch(url, { headers: bearer(server.mintToken("admin")) });
    expect(res.status).toBe(500);
    expect(await res.text()).toBe("Internal Server Error");
  });

  it("answers CORS preflights as upstream's development stage: the origin echoed, credentials allowed", async () => {
    const res = await fetch(`${server.endpoints.registry}/check-access/check-read-access`, {
      method: "OPTIONS",
      headers: { origin: "http://ui.local:3000", "access-control-request-method": "GET", "access-control-request-headers": "authorization, x-trace" },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("OK");
    expect(res.headers.get("access-control-allow-origin")).toBe("http://ui.local:3000");
    expect(res.headers.get("access-control-allow-credentials")).toBe("true");
    expect(res.headers.get("access-control-allow-headers")).toBe("authorization, x-trace");
    expect(res.headers.get("access-control-allow-methods")).toContain("DELETE");
    expect(res.headers.get("vary")).toBe("Origin");
  });

  it("marks answers to browser pages with their origin, and other answers with *", async () => {
    const url = `${server.endpoints.registry}/check-access/check-read-access`;
    const page = await fetch(url, { headers: { ...bearer(server.mintToken("user1")), origin: "http://localhost:5173" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(page.headers.get("access-control-allow-credentials")).toBe("true");
    expect(page.headers.get("access-control-expose-headers")).toContain("retry-after");
    const script = await fetch(url, { headers: bearer(server.mintToken("user1")) });
    expect(script.headers.get("access-control-allow-origin")).toBe("*");
    expect(script.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

describe("lifecycle", () => {
  it("stops, refuses connections afterwards, and supports await using", async () => {
    let origin: string;
    {
      await using local = await startLocalServer({ realm: "custom" });
      origin = local.origin;
      expect(local.realmName).toBe("custom");
      expect((await fetch(`${origin}/auth/realms/custom`)).status).toBe(200);
    }
    await expect(fetch(`${origin}/auth/realms/custom`)).rejects.toThrow();
  });
});

describe("router templates", () => {
  it("matches {param} segments after literal paths, decoding them", () => {
    const handler = () => ({ status: 200 });
    const router = new Router().add("GET", "/items/{id}/history", handler).add("GET", "/items/latest/history", handler);
    expect(router.match("GET", "/items/latest/history")).toEqual({ kind: "found", handler, params: {} });
    expect(router.match("GET", "/items/10378.1%2F42/history")).toEqual({ kind: "found", handler, params: { id: "10378.1/42" } });
    expect(router.match("POST", "/items/7/history")).toEqual({ kind: "method-not-allowed", allowed: ["GET"] });
    expect(router.match("GET", "/items//history").kind).toBe("not-found");
    expect(router.match("GET", "/items/7").kind).toBe("not-found");
    expect(() => router.add("GET", "/items/{id}/history", handler)).toThrow(/registered twice/);
  });
});
