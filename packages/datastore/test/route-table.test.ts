// The route table is the contract: every operation of specs/provena/data-store.json is in it
// with its method, path, request model and response model, and nothing else is.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATASTORE_ROUTES } from "../src/index.js";
import type { RouteEntry } from "../src/index.js";

interface SpecOperation {
  operationId: string;
  requestBody?: { content: { "application/json": { schema: { $ref?: string } } } };
  responses: Record<string, { content?: { "application/json"?: { schema: { $ref?: string; type?: string } } } }>;
}
const spec = JSON.parse(readFileSync(join(import.meta.dirname, "../../../specs/provena/data-store.json"), "utf8")) as { paths: Record<string, Record<string, SpecOperation>> };
const operations = Object.entries(spec.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })));
const routes = Object.values(DATASTORE_ROUTES as Record<string, RouteEntry>);
const refName = (ref: string | undefined) => ref?.split("/").at(-1);

describe("DATASTORE_ROUTES", () => {
  it("has exactly the spec's operations (23)", () => {
    expect(operations).toHaveLength(23);
    expect(routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(operations.map((o) => o.key).sort());
  });

  it.each(operations)("$key: request and response models as the spec names them", ({ key, op }) => {
    const route = routes.find((r) => `${r.method} ${r.path}` === key)!;
    expect(route.request).toBe(refName(op.requestBody?.content["application/json"].schema.$ref));
    const schema = op.responses["200"]?.content?.["application/json"]?.schema;
    const named = refName(schema?.$ref);
    if (named !== undefined) expect(route.response).toBe(named);
    else expect(route.response).toMatch(/^(untyped-object|string-record|string-array|null)$/);
  });
});
