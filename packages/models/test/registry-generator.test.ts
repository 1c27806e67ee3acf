// The generator itself, on small synthetic documents (features the Provena specs use rarely or
// not yet) and on all seven Provena documents.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ModelSet } from "@provena-sdk/http-core";
import { afterAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { TARGETS, generateModels, loadSpec, renderTarget, tsName } from "../../../scripts/openapi-to-zod.mjs";

type AnyModels = ModelSet<Record<string, z.ZodType>>;

// Generated code is TypeScript importing zod and http-core, so it is loaded from inside this
// package (where both resolve) and removed afterwards.
const scratch = mkdtempSync(join(fileURLToPath(new URL(".", import.meta.url)), ".scratch-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;
async function load(spec: unknown, setName = "Synth", patches?: Record<string, Record<string, unknown>>): Promise<AnyModels> {
  const file = join(scratch, `models-${counter++}.ts`);
  writeFileSync(file, generateModels(spec, { setName, patches }));
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  return module[`${setName}Models`] as AnyModels;
}
const doc = (schemas: Record<string, unknown>) => ({ openapi: "3.0.2", paths: {}, components: { schemas } });

describe("the Provena documents", () => {
  it("all seven generate, deterministically", () => {
    expect(TARGETS.map((t) => t.spec).filter((s, i, all) => all.indexOf(s) === i)).toHaveLength(7);
    for (const target of TARGETS) {
      const first = renderTarget(target);
      expect(first).toContain(`export const ${target.setName}Models`);
      expect(renderTarget(target)).toBe(first);
    }
  });

  it("every component becomes a model", () => {
    const spec = loadSpec("specs/provena/data-store.json") as { components: { schemas: Record<string, unknown> } };
    const code = renderTarget("datastore");
    for (const name of Object.keys(spec.components.schemas)) expect(code).toContain(`    ${tsName(name)}: ${tsName(name)}Schema(k, options),\n`);
  });
});

describe("generateModels", () => {
  it("orders dependencies first and breaks cycles with z.lazy", async () => {
    const code = generateModels(
      doc({
        Tree: { type: "object", required: ["name"], properties: { name: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Tree" } } } },
        Forest: { type: "object", required: ["trees"], properties: { trees: { type: "array", items: { $ref: "#/components/schemas/Tree" } } } },
      }),
      { setName: "Synth" },
    );
    expect(code).toContain("z.lazy(() => TreeSchema(k, o))");
    const models = await load(
      doc({
        Forest: { type: "object", required: ["trees"], properties: { trees: { type: "array", items: { $ref: "#/components/schemas/Tree" } } } },
        Tree: { type: "object", required: ["name"], properties: { name: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Tree" } } } },
      }),
    );
    const forest = { trees: [{ name: "a", children: [{ name: "b", children: [] }] }] };
    expect(models.strict.Forest!.parse(forest)).toEqual(forest);
    expect(models.strict.Forest!.safeParse({ trees: [{ name: "a", children: [{ children: [] }] }] }).success).toBe(false);
  });

  it("required-but-nullable fields are nullable, not optional; absent-or-null fields are optional", async () => {
    const models = await load(
      doc({
        M: {
          type: "object",
          required: ["must"],
          properties: { must: { anyOf: [{ type: "string" }, { type: "null" }] }, may: { type: "integer", default: 3 } },
        },
      }),
    );
    const M = models.strict.M!;
    expect(M.parse({ must: null })).toEqual({ must: null });
    expect(M.safeParse({}).success).toBe(false);
    expect(M.parse({ must: "x", may: null })).toEqual({ must: "x", may: null });
    expect(M.safeParse({ must: "x", may: 1.5 }).success).toBe(false);
  });

  it("uses a discriminated union when the spec names a discriminator", async () => {
    const schemas = {
      Cat: { type: "object", required: ["kind"], properties: { kind: { type: "string", enum: ["cat"] }, purrs: { type: "boolean" } } },
      Dog: { type: "object", required: ["kind"], properties: { kind: { type: "string", enum: ["dog"] } } },
      Pet: { oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }], discriminator: { propertyName: "kind" } },
    };
    expect(generateModels(doc(schemas), { setName: "Synth" })).toContain('z.discriminatedUnion("kind", [CatSchema(k, o), DogSchema(k, o)])');
    const models = await load(doc(schemas));
    expect(models.strict.Pet!.parse({ kind: "dog" })).toEqual({ kind: "dog" });
    expect(models.strict.Pet!.safeParse({ kind: "fish" }).success).toBe(false);
    expect(models.strict.Pet!.safeParse({ kind: "cat", purrs: "loudly" }).success).toBe(false);
    // Lenient: a kind this SDK does not know yet still parses.
    expect(models.lenient.Pet!.parse({ kind: "fish" })).toEqual({ kind: "fish" });
  });

  it("handles tuples, maps, bare objects, numeric bounds, patterns and patches", async () => {
    const models = await load(
      doc({
        M: {
          type: "object",
          required: ["pair", "map", "bag", "n", "code"],
          properties: {
            pair: { type: "array", items: [{ type: "string" }, { type: "object" }], minItems: 2, maxItems: 2 },
            map: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
            bag: { type: "object" },
            n: { type: "number", minimum: 0, maximum: 1 },
            code: { type: "string", pattern: "^[A-Z]{3}$" },
            id: { type: "string" },
          },
        },
      }),
      "Synth",
      { "M.id": { minLength: 1 } },
    );
    const ok = { pair: ["a", { b: 1 }], map: { g: ["r"] }, bag: { any: [1] }, n: 0.5, code: "ABC", id: "x" };
    expect(models.strict.M!.parse(ok)).toEqual(ok);
    for (const bad of [{ pair: ["a"] }, { map: { g: "r" } }, { n: 2 }, { code: "abc" }, { id: "" }]) {
      expect(models.lenient.M!.safeParse({ ...ok, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("makes component names TypeScript-safe and refuses collisions", () => {
    expect(tsName("Body_convert-model runs.csv")).toBe("Body_convert_model_runs_csv");
    expect(tsName("1st")).toBe("_1st");
    expect(() => generateModels(doc({ "A-B": { type: "string" }, A_B: { type: "string" } }), { setName: "Synth" })).toThrow(/both map to the identifier A_B/);
  });

  it("names what is wrong with an unusable document", () => {
    expect(() => generateModels(doc({ A: { $ref: "#/components/schemas/Missing" } }), { setName: "Synth" })).toThrow(/unknown component Missing/);
    expect(() => generateModels({ paths: {} }, { setName: "Synth" })).toThrow(/no components.schemas/);
    expect(() => generateModels(doc({ A: { type: "string" } }), { setName: "Synth", patches: { "A.b": { minLength: 1 } } })).toThrow(/patch A.b/);
  });

  it("refuses a service whose shared model differs from the common one", () => {
    const registry = loadSpec("specs/provena/registry.json");
    const odd = doc({ Status: { type: "object", required: ["success"], properties: { success: { type: "boolean" } } } });
    expect(() => generateModels(odd, { setName: "Odd", commonReference: registry })).toThrow(/common model Status differs/);
  });
});

describe("shared models", () => {
  it("a service's copy of a registry model is the registry's model, built once per mode", async () => {
    const { DatastoreModels, ItemDatasetSchema: fromDatastore } = await import("../src/datastore/index.js");
    const { RegistryModels, ItemDatasetSchema } = await import("../src/registry/index.js");
    expect(fromDatastore).toBe(ItemDatasetSchema);
    expect(DatastoreModels.lenient.ItemDataset).toBe(RegistryModels.lenient.ItemDataset);
    expect(DatastoreModels.strict.ItemDataset).toBe(ItemDatasetSchema("strict"));
    expect(ItemDatasetSchema("strict")).not.toBe(ItemDatasetSchema("lenient"));
    const code = renderTarget("datastore");
    expect(code).toContain('from "../registry/generated.js"');
    expect(code).not.toContain("export interface ItemDataset ");
  });

  it("a model differing from the registry's is generated, not imported", () => {
    const registry = loadSpec("specs/provena/registry.json");
    const own = doc({ AccessInfo: { type: "object", required: ["uri"], properties: { uri: { type: "string" } } } });
    const code = generateModels(own, { setName: "Own", shared: { reference: registry, import: "../registry/generated.js" } });
    expect(code).toContain("export const AccessInfoSchema");
    expect(code).not.toContain("../registry/generated.js");
  });
});
