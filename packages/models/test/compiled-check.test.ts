// The transport accepts a lenient body without zod's copy when http-core's compiled check says
// it is valid. That is only sound if the check and zod always agree, so this compares them on
// every model of every service, in both modes: on a valid value built from each model, on many
// seeded mutations of it (wrong types, nulls, missing and unknown keys, empty strings, bad enum
// values, fractions), and on upstream's example payloads.
import { compiledCheck, type ModelSet } from "@provena-sdk/http-core";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { AuthModels } from "../src/auth/index.js";
import { JobsModels } from "../src/jobs/index.js";
import { REGISTRY_SUBTYPE_MODELS, RegistryModels } from "../src/registry/index.js";
import { SearchModels } from "../src/search/index.js";
import { collectionFormats, domainInfoExamples, personItem } from "./registry-fixtures.js";

interface Def {
  type: string;
  [key: string]: unknown;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

// A deterministic PRNG, so a failure reproduces.
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A value the schema should accept (best effort: the comparison holds either way). */
function sample(schema: unknown, rand: () => number, depth = 0): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case "string": {
      const min = ((def["checks"] as unknown[] | undefined) ?? []).map(defOf).find((c) => c["check"] === "min_length")?.["minimum"] as number | undefined;
      return "x".repeat(Math.max(1, min ?? 1));
    }
    case "number":
      return 7;
    case "boolean":
      return rand() < 0.5;
    case "null":
      return null;
    case "unknown":
    case "any":
      return { anything: [1, "two"] };
    case "optional":
    case "nullable": {
      const r = rand();
      if (r < 0.2) return def.type === "optional" ? undefined : null;
      return sample(def["innerType"], rand, depth);
    }
    case "lazy":
      return depth > 6 ? undefined : sample((def["getter"] as () => unknown)(), rand, depth + 1);
    case "enum":
      return Object.values(def["entries"] as Record<string, unknown>)[0];
    case "literal":
      return (def["values"] as unknown[])[0];
    case "union":
      return sample((def["options"] as unknown[])[Math.floor(rand() * (def["options"] as unknown[]).length)], rand, depth + 1);
    case "array":
      return depth > 6 ? [] : Array.from({ length: 1 + Math.floor(rand() * 2) }, () => sample(def["element"], rand, depth + 1));
    case "record":
      return depth > 6 ? {} : { key: sample(def["valueType"], rand, depth + 1) };
    case "object": {
      const shape = def["shape"] as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(shape)) {
        const value = sample(v, rand, depth + 1);
        if (value !== undefined) out[k] = value;
      }
      return out;
    }
    default:
      return null;
  }
}

/** Every [parent, key] in a JSON value, to mutate one place at a time. */
function places(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []): typeof out {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([value, i]);
      places(v, out);
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out.push([value as Record<string, unknown>, k]);
      places(v, out);
    }
  }
  return out;
}

const REPLACEMENTS: unknown[] = [null, "", "text", 0, 1.5, -3, true, {}, [], ["x"], { extra: 1 }, "NOT_AN_ENUM_VALUE"];

function mutations(base: unknown, rand: () => number, count: number): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const copy = structuredClone(base);
    const spots = places(copy);
    const r = rand();
    if (spots.length === 0 || r < 0.1) {
      out.push(REPLACEMENTS[Math.floor(rand() * REPLACEMENTS.length)]);
      continue;
    }
    const [parent, key] = spots[Math.floor(rand() * spots.length)]!;
    if (r < 0.25 && !Array.isArray(parent)) delete parent[key as string];
    else if (r < 0.4 && !Array.isArray(parent)) parent[`unknown_${i}`] = "surprise";
    else (parent as Record<string | number, unknown>)[key] = REPLACEMENTS[Math.floor(rand() * REPLACEMENTS.length)];
    out.push(copy);
  }
  return out;
}

const SETS: [string, ModelSet<Record<string, z.ZodType>>][] = [
  ["registry", RegistryModels as unknown as ModelSet<Record<string, z.ZodType>>],
  ["jobs", JobsModels as unknown as ModelSet<Record<string, z.ZodType>>],
  ["auth", AuthModels as unknown as ModelSet<Record<string, z.ZodType>>],
  ["search", SearchModels as unknown as ModelSet<Record<string, z.ZodType>>],
];

function agree(schema: z.ZodType, check: (v: unknown) => boolean, value: unknown): void {
  const zodSays = schema.safeParse(value).success;
  if (check(value) !== zodSays) throw new Error(`compiled check says ${String(!zodSays)}, zod says ${String(zodSays)} for ${JSON.stringify(value)}`);
}

describe("compiledCheck agrees with zod", () => {
  for (const [service, set] of SETS) {
    for (const mode of ["lenient", "strict"] as const) {
      it(`on every ${service} model (${mode}), valid and mutated`, () => {
        const models = set.get(mode);
        const rand = prng(service.length * 7919 + mode.length);
        let compiled = 0;
        let compared = 0;
        for (const [name, schema] of Object.entries(models)) {
          const check = compiledCheck(schema);
          if (check === undefined) continue;
          compiled++;
          const base = sample(schema, rand);
          for (const value of [base, ...mutations(base, rand, 40)]) {
            try {
              agree(schema, check, value);
            } catch (error) {
              throw new Error(`${service}.${name} (${mode}): ${(error as Error).message}`, { cause: error });
            }
            compared++;
          }
        }
        // The lenient models are built to be compilable: all of them must be.
        if (mode === "lenient") expect(compiled).toBe(Object.keys(models).length);
        expect(compared).toBeGreaterThan(compiled * 40);
      });
    }
  }

  it("on upstream's example payloads and a registry item, with and without damage", () => {
    const rand = prng(42);
    for (const mode of ["lenient", "strict"] as const) {
      const models = RegistryModels.get(mode) as unknown as Record<string, z.ZodType>;
      const cases: [z.ZodType, unknown][] = [[models["ItemPerson"]!, personItem()]];
      for (const [subtype, { domain_info }] of Object.entries(domainInfoExamples())) {
        const names = REGISTRY_SUBTYPE_MODELS[subtype as keyof typeof REGISTRY_SUBTYPE_MODELS];
        if (names === undefined) continue;
        for (const info of domain_info) cases.push([models[names.domainInfo]!, info]);
      }
      for (const format of Object.values(collectionFormats())) cases.push([models["CollectionFormat"]!, format]);
      for (const [schema, value] of cases) {
        const check = compiledCheck(schema)!;
        expect(check(value)).toBe(true);
        for (const damaged of mutations(value, rand, 60)) agree(schema, check, damaged);
      }
    }
  });
});
