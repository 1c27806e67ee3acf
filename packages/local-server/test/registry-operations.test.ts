// Every registry operation of the spec index has a handler and none answers 501; the handler
// table has no key the spec does not know.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "../src/spec/operations.js";
import { handlerFor } from "../src/services/table.js";
import { registryRoutes } from "../src/services/registry/routes.js";
import { startRegistry, type RegistryHarness } from "./registry/client.js";

let h: RegistryHarness;
beforeAll(async () => {
  h = await startRegistry();
});
afterAll(() => h.stop());

const registryOps = OPERATIONS.filter((op) => op.service === "registry");

describe("registry operation coverage", () => {
  it("has a handler for all 203 operations, hidden ones included, and no unknown keys", () => {
    expect(registryOps).toHaveLength(203);
    expect(registryOps.filter((op) => handlerFor("registry", op.key) === undefined).map((op) => op.key)).toEqual([]);
    const known = new Set<string>(registryOps.map((op) => op.key));
    expect(Object.keys(registryRoutes).filter((key) => !known.has(key))).toEqual([]);
  });

  it("answers every operation with something other than 501", async () => {
    const statuses = new Map<string, number>();
    for (const op of registryOps) {
      if (op.key === "GET /admin/sentry-debug") continue; // a deliberate 500 upstream
      const query: Record<string, string> = {};
      for (const param of op.query) if (param.required) query[param.name] = param.name === "id" ? "10378.1/999999" : "x";
      const res = await h.call(op.method, op.path, { as: "admin", query, body: op.method === "GET" || op.method === "DELETE" ? undefined : {} });
      statuses.set(op.key, res.status);
    }
    expect([...statuses].filter(([, status]) => status === 501 || status >= 500)).toEqual([]);
  });
});

describe("generated domain-info schemas", () => {
  it("are up to date with specs/provena/registry.json", async () => {
    const { execFileSync } = await import("node:child_process");
    const script = new URL("./registry/gen-domain-schemas.mjs", import.meta.url).pathname;
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });
});
