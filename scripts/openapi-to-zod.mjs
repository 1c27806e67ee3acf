#!/usr/bin/env node
// Generates the Provena wire models (zod 4's tree-shakable `zod/mini`, written against http-core's
// ModelKit) from the
// OpenAPI documents in specs/provena. One generator, one output per service, so the local
// server and the SDK clients validate with exactly the same rules.
//
//   node scripts/openapi-to-zod.mjs           regenerate every written target
//   node scripts/openapi-to-zod.mjs --check   fail (exit 1) if a committed file drifted
//
// Plain Node ESM, no dependencies, no build step.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Models every service shares; generated once into http-core, imported by the rest. */
export const COMMON_MODEL_NAMES = Object.freeze(["Status", "StatusResponse", "User", "HTTPValidationError", "ValidationError"]);

/** Fields that carry a fixed value per model (pydantic `field: Enum = Enum.X`): literals in strict mode. */
export const DEFAULT_LITERAL_FIELDS = Object.freeze(["item_category", "item_subtype"]);

const COMMON_IMPORT = "@provena-sdk/http-core";

/**
 * Every output. `out: null` targets are generated (and tested) but not written yet: their
 * packages do not exist. `patches` add 422 rules behaviour.md states but the spec cannot show.
 * `sharedFrom`: models that generate exactly as in that target are imported from its module
 * instead of written again (the data store repeats the registry's dataset models, for example),
 * so a program using both services bundles them once.
 */
export const TARGETS = Object.freeze([
  {
    id: "common",
    spec: "specs/provena/registry.json",
    out: "packages/http-core/src/common-models.ts",
    setName: "Common",
    apiName: "Provena APIs (shared by every service)",
    only: COMMON_MODEL_NAMES,
    kitImport: "./models.js",
  },
  { id: "registry", spec: "specs/provena/registry.json", out: "packages/models/src/registry/generated.ts", setName: "Registry" },
  { id: "jobs", spec: "specs/provena/job.json", out: "packages/models/src/jobs/generated.ts", setName: "Jobs" },
  {
    id: "auth",
    spec: "specs/provena/auth.json",
    out: "packages/models/src/auth/generated.ts",
    setName: "Auth",
    sharedFrom: "registry",
    // behaviour.md §5: `POST /link/user/assign {person_id}` with an empty string → 422.
    patches: { "UserLinkUserAssignRequest.person_id": { minLength: 1 } },
  },
  { id: "search", spec: "specs/provena/search.json", out: "packages/models/src/search/generated.ts", setName: "Search", sharedFrom: "registry" },
  { id: "datastore", spec: "specs/provena/data-store.json", out: "packages/models/src/datastore/generated.ts", setName: "Datastore", apiName: "Data Store API", sharedFrom: "registry" },
  { id: "prov", spec: "specs/provena/prov.json", out: "packages/models/src/prov/generated.ts", setName: "Prov", sharedFrom: "registry" },
  { id: "id-service", spec: "specs/provena/id-service.json", out: "packages/models/src/handle/generated.ts", setName: "IdService", apiName: "ID service API" },
]);

// ---------------------------------------------------------------------------------------------
// Small helpers

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const RESERVED = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with as implements interface let package private protected public static yield any boolean number string symbol unknown never object type z k options".split(
    " ",
  ),
);

/** A component name made TypeScript-safe (kept as is when it already is). */
export function tsName(name) {
  let out = name.replace(/[^A-Za-z0-9_$]/g, "_");
  if (/^[0-9]/.test(out)) out = `_${out}`;
  if (RESERVED.has(out)) out = `${out}_`;
  return out;
}

const propKey = (key) => (IDENT.test(key) ? key : JSON.stringify(key));
const lit = (value) => JSON.stringify(value);
const humanize = (key) =>
  key
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(" ");
const refName = (ref) => {
  const m = /^#\/components\/schemas\/(.+)$/.exec(ref);
  if (!m) throw new Error(`unsupported $ref ${ref} (only #/components/schemas/* is resolved)`);
  return decodeURIComponent(m[1].replace(/~1/g, "/").replace(/~0/g, "~"));
};
const isNullSchema = (s) => s !== null && typeof s === "object" && (s.type === "null" || (s.enum && s.enum.length === 1 && s.enum[0] === null));
const jsdoc = (lines, indent) => {
  const clean = lines.filter(Boolean).map((l) => l.replace(/\*\//g, "*\\/"));
  if (clean.length === 0) return "";
  if (clean.length === 1) return `${indent}/** ${clean[0]} */\n`;
  return `${indent}/**\n${clean.map((l) => `${indent} * ${l}`).join("\n")}\n${indent} */\n`;
};

/** Splits `anyOf [X, null]`, `type: [X, "null"]` and OAS 3.0 `nullable` into (X, nullable). */
function splitNullable(schema) {
  if (schema.nullable === true) {
    const { nullable: _n, ...rest } = schema;
    return { schema: rest, nullable: true };
  }
  if (Array.isArray(schema.type) && schema.type.includes("null")) {
    const types = schema.type.filter((t) => t !== "null");
    return { schema: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true };
  }
  if (Array.isArray(schema.anyOf) && schema.anyOf.some(isNullSchema)) {
    const { anyOf, ...siblings } = schema;
    const rest = anyOf.filter((s) => !isNullSchema(s));
    const inner = rest.length === 1 ? mergeSiblings(rest[0], siblings) : { ...siblings, anyOf: rest };
    return { schema: inner, nullable: true };
  }
  return { schema, nullable: false };
}

// Pydantic repeats string constraints beside `anyOf`; carry them onto the branch they constrain.
const CONSTRAINT_KEYS = ["minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems"];
function mergeSiblings(branch, siblings) {
  if (branch.$ref) return branch;
  const merged = { ...branch };
  for (const key of CONSTRAINT_KEYS) if (siblings[key] !== undefined && merged[key] === undefined) merged[key] = siblings[key];
  return merged;
}

// ---------------------------------------------------------------------------------------------
// The generator

/**
 * Generates one TypeScript module: an interface per component, a lazily built `<Name>Schema`
 * model per component (`defineModel`, marked pure so bundlers drop the ones a program never
 * reaches), a `build<Set>Models(k, options)` factory and `<Set>Models = defineModels(...)`.
 *
 * options:
 * - setName (required): "Registry" → RegistryModels, RegistryModelSet, buildRegistryModels, …
 * - apiName: how doc comments name the API ("Registry API" by default from setName).
 * - source: the spec path shown in the header.
 * - only: generate just these component names (used for the common models).
 * - kitImport: where defineModels/ModelKit come from ("@provena-sdk/http-core" by default).
 * - common: names imported from the common models instead of generated (default: COMMON_MODEL_NAMES
 *   unless `only` is set); each one present in the spec must generate exactly like the common one.
 * - commonReference: the spec the common models come from (for that equality check).
 * - shared: { reference, import }: models generating exactly as in the `reference` spec (and
 *   whose dependencies do too) are imported from the module `import` instead of generated.
 * - patches: { "Model.field": { minLength: 1, … } } merged into the field schema.
 * - literalFields: field names kept literal in strict mode (default item_category, item_subtype).
 */
export function generateModels(spec, options) {
  const opts = normaliseOptions(spec, options);
  const ctx = new Context(spec, opts);
  return ctx.render();
}

function normaliseOptions(spec, options) {
  if (!options || typeof options.setName !== "string" || !IDENT.test(options.setName)) {
    throw new Error("generateModels: options.setName must be an identifier such as \"Registry\"");
  }
  const schemas = spec?.components?.schemas;
  if (!schemas || typeof schemas !== "object") throw new Error("generateModels: spec has no components.schemas");
  const only = options.only ? [...options.only] : null;
  const common = only ? [] : [...(options.common ?? COMMON_MODEL_NAMES)].filter((n) => n in schemas);
  return {
    setName: options.setName,
    apiName: options.apiName ?? `${options.setName} API`,
    source: options.source ?? "an OpenAPI document",
    only,
    kitImport: options.kitImport ?? COMMON_IMPORT,
    common,
    commonReference: options.commonReference ?? null,
    shared: options.shared ?? null,
    compare: options.compare === true,
    patches: options.patches ?? {},
    literalFields: new Set(options.literalFields ?? DEFAULT_LITERAL_FIELDS),
  };
}

class Context {
  constructor(spec, opts) {
    this.spec = spec;
    this.opts = opts;
    this.schemas = spec.components.schemas;
    this.names = new Map(); // component → TS name
    for (const name of Object.keys(this.schemas)) this.names.set(name, tsName(name));
    this.assertUniqueNames();
    this.checkPatches();
    this.common = new Set(opts.common);
    const roots = opts.only ?? Object.keys(this.schemas).filter((n) => !this.common.has(n));
    for (const n of roots) if (!(n in this.schemas)) throw new Error(`component ${n} is not in the spec`);
    // Every model of the set, dependencies first; `order` leaves out the ones imported from `shared`.
    this.fullOrder = this.topologicalOrder(roots);
    this.shared = opts.shared ? this.sharedNames(opts.shared.reference) : new Set();
    this.order = this.fullOrder.filter((n) => !this.shared.has(n));
    if (opts.only) {
      const extra = this.order.filter((n) => !opts.only.includes(n));
      if (extra.length > 0) throw new Error(`the selected models reference models outside the selection: ${extra.join(", ")}`);
    }
    if (opts.commonReference) this.checkCommonMatches(opts.commonReference);
    this.emitted = new Set([...this.common, ...this.shared]);
    this.usesUnknownString = false;
    this.usesClosed = false;
    this.usesLiteral = false;
  }

  assertUniqueNames() {
    const seen = new Map();
    for (const [name, ts] of this.names) {
      if (seen.has(ts)) throw new Error(`components ${seen.get(ts)} and ${name} both map to the identifier ${ts}`);
      seen.set(ts, name);
    }
  }

  checkPatches() {
    for (const key of Object.keys(this.opts.patches)) {
      const [model, field] = key.split(".");
      if (!this.schemas[model]?.properties?.[field]) throw new Error(`patch ${key}: no such field in the spec`);
    }
  }

  checkCommonMatches(referenceSpec) {
    const names = [...this.common];
    const snippets = (spec) => {
      const ctx = new Context(spec, { ...this.opts, only: names, common: [], commonReference: null, patches: {} });
      return new Map(ctx.order.map((n) => [n, ctx.renderType(n) + ctx.renderModel(n)]));
    };
    const mine = snippets(this.spec);
    const theirs = snippets(referenceSpec);
    for (const name of names) {
      if (mine.get(name) !== theirs.get(name)) {
        throw new Error(`common model ${name} differs from the shared definition; generate it per service instead`);
      }
    }
  }

  /** The models that generate exactly as in `referenceSpec`, as do all their dependencies. */
  sharedNames(referenceSpec) {
    const texts = (spec, patches) => {
      const ctx = new Context(spec, { ...this.opts, apiName: "API", only: null, shared: null, commonReference: null, patches, compare: true });
      return new Map(ctx.fullOrder.map((n) => [n, ctx.renderType(n) + ctx.renderModel(n)]));
    };
    const mine = texts(this.spec, this.opts.patches);
    const theirs = texts(referenceSpec, {});
    const shared = new Set([...mine.keys()].filter((n) => mine.get(n) === theirs.get(n)));
    // A model is only shared when everything it references is shared (or common) too.
    for (let changed = true; changed; ) {
      changed = false;
      for (const n of shared) {
        if (collectRefs(this.schemas[n]).some((dep) => !shared.has(dep) && !this.common.has(dep))) {
          shared.delete(n);
          changed = true;
        }
      }
    }
    return shared;
  }

  /** Dependencies before dependants; spec order otherwise. Back edges (cycles) become z.lazy. */
  topologicalOrder(roots) {
    const order = [];
    const state = new Map();
    const visit = (name) => {
      if (this.common.has(name) || state.get(name) === "done" || state.get(name) === "active") return;
      if (!(name in this.schemas)) throw new Error(`$ref to unknown component ${name}`);
      state.set(name, "active");
      for (const dep of collectRefs(this.schemas[name])) visit(dep);
      state.set(name, "done");
      order.push(name);
    };
    for (const root of roots) visit(root);
    return order;
  }

  closed(schema) {
    return schema.additionalProperties === false && schema.properties !== undefined;
  }

  isEnumComponent(name) {
    const s = this.schemas[name];
    return Array.isArray(s?.enum) && !s.properties;
  }

  // ---- TypeScript types ----------------------------------------------------------------------

  tsType(schema, indent) {
    if (schema === true || schema === undefined) return "unknown";
    if (schema === false) return "never";
    const { schema: inner, nullable } = splitNullable(schema);
    const base = this.tsTypeNonNull(inner, indent);
    return nullable ? `${base} | null` : base;
  }

  tsTypeNonNull(s, indent) {
    if (s.$ref) return this.names.get(refName(s.$ref)) ?? fail(`unknown $ref ${s.$ref}`);
    if (s.allOf) return s.allOf.length === 1 ? this.tsType(s.allOf[0], indent) : s.allOf.map((x) => wrapUnion(this.tsType(x, indent))).join(" & ");
    if (s.anyOf || s.oneOf) return unique((s.anyOf ?? s.oneOf).map((x) => this.tsType(x, indent))).join(" | ");
    if (s.const !== undefined) return lit(s.const);
    if (Array.isArray(s.enum)) {
      this.usesUnknownString = true;
      return [...s.enum.map(lit), ...(s.enum.every((v) => typeof v === "string") ? ["UnknownString"] : [])].join(" | ");
    }
    switch (s.type) {
      case "string":
        return s.format === "binary" ? "Blob" : "string";
      case "integer":
      case "number":
        return "number";
      case "boolean":
        return "boolean";
      case "null":
        return "null";
      case "array":
        if (Array.isArray(s.items)) return `[${s.items.map((x) => this.tsType(x, indent)).join(", ")}]`;
        return `${wrapUnion(this.tsType(s.items ?? {}, indent))}[]`;
      case "object":
      case undefined:
        if (s.properties) return this.tsInlineObject(s, indent);
        if (s.type === undefined && Object.keys(s).every((k) => k === "title" || k === "description" || k === "default")) return "unknown";
        return `Record<string, ${s.additionalProperties && typeof s.additionalProperties === "object" ? this.tsType(s.additionalProperties, indent) : "unknown"}>`;
      default:
        throw new Error(`unsupported schema type ${JSON.stringify(s.type)}`);
    }
  }

  tsInlineObject(s, indent) {
    const inner = `${indent}  `;
    const fields = this.fields(null, s).map((f) => `${inner}${propKey(f.key)}${f.required ? "" : "?"}: ${this.fieldTsType(f, inner)};`);
    return fields.length ? `{\n${fields.join("\n")}\n${indent}}` : "Record<string, unknown>";
  }

  fieldTsType(f, indent) {
    const t = this.tsType(f.schema, indent);
    return !f.required && !/\| null$/.test(t) ? `${t} | null` : t;
  }

  /** The fields of an object schema, patched, with required/nullable resolved. */
  fields(modelName, s) {
    const required = new Set(s.required ?? []);
    return Object.entries(s.properties ?? {}).map(([key, raw]) => {
      const patch = modelName ? this.opts.patches[`${modelName}.${key}`] : undefined;
      const schema = patch ? applyPatch(raw, patch) : raw;
      return { key, schema, required: required.has(key), patched: Boolean(patch) };
    });
  }

  renderType(name) {
    const s = this.schemas[name];
    const ts = this.names.get(name);
    // Every exported type has a doc comment (the API reference is built with warnings as errors):
    // the spec's title or description, else a line naming the model and its API.
    const doc = [];
    if (s.title && s.title !== name) doc.push(s.title);
    if (s.description) doc.push(...s.description.split("\n").map((l) => l.trim()).filter(Boolean));
    if (doc.length === 0) doc.push(`The \`${name}\` model of the ${this.opts.apiName}.`);
    if (this.closed(s)) doc.push("Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).");
    const head = jsdoc(doc, "");
    if (this.isEnumComponent(name)) {
      this.usesUnknownString = true;
      return (
        `${head}export const ${ts}Values = ${listLiteral(s.enum.map(lit))} as const;\n` +
        `${jsdoc([`One of {@link ${ts}Values}; lenient parsing keeps values this SDK does not know yet.`], "")}` +
        `export type ${ts} = (typeof ${ts}Values)[number] | UnknownString;\n`
      );
    }
    if (s.type === "object" && s.properties && Object.keys(s.properties).length > 0) {
      const lines = this.fields(name, s).map((f) => {
        const fdoc = [f.schema.description ?? f.schema.title ?? humanize(f.key)];
        if (f.schema.default !== undefined) fdoc.push(`@defaultValue ${JSON.stringify(f.schema.default)}`);
        return `${jsdoc(fdoc, "  ")}  ${propKey(f.key)}${f.required ? "" : "?"}: ${this.fieldTsType(f, "  ")};`;
      });
      return `${head}export interface ${ts} {\n${lines.join("\n")}\n}\n`;
    }
    return `${head}export type ${ts} = ${this.tsType(s, "")};\n`;
  }

  // ---- zod schemas ---------------------------------------------------------------------------

  zod(schema, ctx) {
    if (schema === true || schema === undefined) return "z.unknown()";
    if (schema === false) return "z.never()";
    const { schema: inner, nullable } = splitNullable(schema);
    const base = this.zodNonNull(inner, ctx);
    return nullable ? `z.nullable(${base})` : base;
  }

  zodNonNull(s, ctx) {
    if (s.$ref) {
      const target = refName(s.$ref);
      const ts = this.names.get(target) ?? fail(`unknown $ref ${s.$ref}`);
      if (this.opts.compare) return `ref(${ts})`;
      this.modelUses.k = this.modelUses.o = true;
      return this.emitted.has(target) ? `${ts}Schema(k, o)` : `z.lazy(() => ${ts}Schema(k, o))`;
    }
    if (s.allOf) {
      if (s.allOf.length === 1) return this.zod(s.allOf[0], ctx);
      return s.allOf.map((x) => this.zod(x, ctx)).reduce((a, b) => `z.intersection(${a}, ${b})`);
    }
    if (s.anyOf || s.oneOf) {
      const branches = unique((s.anyOf ?? s.oneOf).map((x) => this.zod(x, ctx)));
      if (branches.length === 1) return branches[0];
      const disc = s.discriminator?.propertyName;
      const union = `z.union([${branches.join(", ")}])`;
      // Lenient mode must keep unknown discriminator values, which a discriminated union rejects.
      if (disc) this.modelUses.k = true;
      return disc ? `(k.mode === "strict" ? z.discriminatedUnion(${lit(disc)}, [${branches.join(", ")}]) : ${union})` : union;
    }
    if (s.const !== undefined) return `z.literal(${lit(s.const)})`;
    if (Array.isArray(s.enum)) {
      if (s.enum.every((v) => typeof v === "string")) this.modelUses.k = true;
      if (s.enum.every((v) => typeof v === "string")) return `k.enum([${s.enum.map(lit).join(", ")}])`;
      return `z.union([${s.enum.map((v) => `z.literal(${lit(v)})`).join(", ")}])`;
    }
    switch (s.type) {
      case "string": {
        if (s.format === "binary") return "z.instanceof(Blob)";
        const checks = [];
        const min = ctx.closed ? Math.max(s.minLength ?? 0, 1) : s.minLength;
        if (min !== undefined && min > 0) checks.push(`z.minLength(${min})`);
        if (s.maxLength !== undefined) checks.push(`z.maxLength(${s.maxLength})`);
        if (s.pattern !== undefined) checks.push(`z.regex(new RegExp(${lit(s.pattern)}))`);
        return withChecks("z.string()", checks);
      }
      case "integer":
      case "number": {
        // An integer is a number checked by z.int(), as classic zod's `.int()` builds it.
        const checks = s.type === "integer" ? ["z.int()"] : [];
        if (s.minimum !== undefined) checks.push(`z.gte(${s.minimum})`);
        if (s.maximum !== undefined) checks.push(`z.lte(${s.maximum})`);
        if (typeof s.exclusiveMinimum === "number") checks.push(`z.gt(${s.exclusiveMinimum})`);
        if (typeof s.exclusiveMaximum === "number") checks.push(`z.lt(${s.exclusiveMaximum})`);
        return withChecks("z.number()", checks);
      }
      case "boolean":
        return "z.boolean()";
      case "null":
        return "z.null()";
      case "array": {
        if (Array.isArray(s.items)) return `z.tuple([${s.items.map((x) => this.zod(x, ctx)).join(", ")}])`;
        const checks = [];
        if (s.minItems !== undefined) checks.push(`z.minLength(${s.minItems})`);
        if (s.maxItems !== undefined) checks.push(`z.maxLength(${s.maxItems})`);
        return withChecks(`z.array(${this.zod(s.items ?? {}, ctx)})`, checks);
      }
      case "object":
      case undefined: {
        if (s.properties) return this.zodObject(null, s, ctx.indent, ctx);
        if (s.type === undefined && Object.keys(s).every((k) => k === "title" || k === "description" || k === "default")) return "z.unknown()";
        const key = ctx.closed ? "z.string().check(z.minLength(1))" : "z.string()";
        const value = s.additionalProperties && typeof s.additionalProperties === "object" ? this.zod(s.additionalProperties, ctx) : "z.unknown()";
        return `z.record(${key}, ${value})`;
      }
      default:
        throw new Error(`unsupported schema type ${JSON.stringify(s.type)}`);
    }
  }

  zodObject(modelName, s, indent, outer) {
    const closed = this.closed(s);
    const ctx = { closed: closed || Boolean(outer?.closed), indent: `${indent}  ` };
    const lines = this.fields(modelName, s).map((f) => `${ctx.indent}${propKey(f.key)}: ${this.zodField(f, ctx)},`);
    if (closed) this.usesClosed = true;
    this.modelUses.k = true;
    if (closed) this.modelUses.o = true;
    const make = closed ? "closedObject(k, o, " : "k.object(";
    return lines.length ? `${make}{\n${lines.join("\n")}\n${indent}})` : `${make}{})`;
  }

  zodField(f, ctx) {
    let inner;
    let nullable = false;
    const literal = this.fixedLiteral(f);
    if (literal !== null) {
      this.usesLiteral = true;
      this.modelUses.k = true;
      inner = `literalInStrict(k, ${lit(literal)}, ${this.zod(f.schema.allOf?.[0] ?? f.schema, { ...ctx, indent: ctx.indent })})`;
    } else {
      const split = splitNullable(f.schema);
      nullable = split.nullable;
      inner = this.zod(split.schema, ctx);
    }
    if (!f.required) this.modelUses.k = true;
    if (!f.required) return `k.optional(${inner})`;
    return nullable ? `z.nullable(${inner})` : inner;
  }

  /** `item_subtype: ItemSubType = ItemSubType.PERSON` → "PERSON" (a literal in strict mode). */
  fixedLiteral(f) {
    if (!this.opts.literalFields.has(f.key)) return null;
    const s = f.schema;
    const target = s.allOf?.length === 1 && s.allOf[0].$ref ? refName(s.allOf[0].$ref) : s.$ref ? refName(s.$ref) : null;
    if (target === null || typeof s.default !== "string") return null;
    const values = this.schemas[target]?.enum;
    return Array.isArray(values) && values.includes(s.default) ? s.default : null;
  }

  renderModel(name) {
    const s = this.schemas[name];
    const ts = this.names.get(name);
    this.modelUses = { k: false, o: false };
    let expr;
    if (this.isEnumComponent(name) && s.enum.every((v) => typeof v === "string")) {
      this.modelUses.k = true;
      expr = `k.enum(${ts}Values)`;
    }
    else if (s.type === "object" && s.properties) expr = this.zodObject(name, s, "  ", null);
    else expr = this.zod(s, { closed: false, indent: "  " });
    this.emitted.add(name);
    const params = `${this.modelUses.k ? "k" : "_k"}, ${this.modelUses.o ? "o" : "_o"}`;
    return (
      `/** Validates a {@link ${ts}}; built on first use per validation mode (\`${ts}Schema("lenient")\`). */\n` +
      `export const ${ts}Schema = /* @__PURE__ */ defineModel<${ts}>((${params}) =>\n  ${expr.replace(/\n/g, "\n  ")},\n);\n`
    );
  }

  // ---- the module ----------------------------------------------------------------------------

  render() {
    const { setName } = this.opts;
    const set = `${setName}ModelSet`;
    const upper = setName.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
    // Types read best alphabetically (spec order); models must follow dependency order.
    const inOrder = new Set(this.order);
    const types = Object.keys(this.schemas).filter((n) => inOrder.has(n)).map((n) => this.renderType(n)).join("\n");
    const models = this.order.map((n) => this.renderModel(n)).join("\n");
    const all = [...this.opts.common, ...this.fullOrder];
    const allTs = all.map((n) => this.names.get(n));
    const closedNames = this.fullOrder.filter((n) => this.closed(this.schemas[n])).map((n) => this.names.get(n));
    const defaults = this.renderDefaults();
    const isCommonFile = this.opts.kitImport !== COMMON_IMPORT;
    const sharedImport = this.opts.shared?.import;
    const sharedNames = this.fullOrder.filter((n) => this.shared.has(n));
    const sharedTs = sharedNames.map((n) => this.names.get(n));
    const sharedValues = [
      ...sharedNames.filter((n) => this.isEnumComponent(n)).map((n) => `${this.names.get(n)}Values`),
      ...sharedTs.map((n) => `${n}Schema`),
    ];

    const header = [
      "// GENERATED FILE: do not edit by hand.",
      `// Source: ${this.opts.source} (${this.order.length} component schemas${this.opts.common.length ? `, plus ${this.opts.common.length} shared ones from ${COMMON_IMPORT}` : ""}${sharedNames.length ? ` and ${sharedNames.length} from ${sharedImport}` : ""}).`,
      "// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).",
      ...(Object.keys(this.opts.patches).length
        ? [`// Rules behaviour.md states but the spec cannot show, added by the generator: ${Object.entries(this.opts.patches).map(([k, v]) => `${k} ${JSON.stringify(v)}`).join("; ")}.`]
        : []),
      "",
    ].join("\n");

    const kitNames = ["defineModel", "defineModels", "type BuildModelsOptions", "type ModelKit", "type ModelSet"];
    if (this.usesUnknownString) kitNames.push("type UnknownString");
    if (this.usesClosed) kitNames.push("closedObject");
    if (this.usesLiteral) kitNames.push("literalInStrict");
    const commonTs = this.opts.common.map((n) => this.names.get(n));
    // A namespace import of zod/mini: bundlers keep only the schema builders the models call.
    const imports = ['import * as z from "zod/mini";'];
    imports.push(`import { ${[...kitNames, ...commonTs.map((n) => `${n}Schema`)].sort(byName).join(", ")} } from "${this.opts.kitImport}";`);
    if (!isCommonFile && commonTs.length) {
      imports.push(`import type { ${commonTs.join(", ")} } from "${this.opts.kitImport}";`);
      imports.push(`export type { ${commonTs.join(", ")} } from "${this.opts.kitImport}";`);
    }
    if (sharedNames.length) {
      imports.push(`import { ${sharedTs.map((n) => `${n}Schema`).join(", ")} } from "${sharedImport}";`);
      imports.push(`import type { ${sharedTs.join(", ")} } from "${sharedImport}";`);
      imports.push(`export { ${sharedValues.join(", ")} } from "${sharedImport}";`);
      imports.push(`export type { ${sharedTs.join(", ")} } from "${sharedImport}";`);
    }

    const body = [
      header,
      imports.join("\n"),
      "",
      "// ---- Types (what parsing returns in lenient mode; strict mode returns a subset) ----",
      "",
      types,
      "// ---- Models (each built on first use, per validation mode) ----",
      "",
      models,
      `/** Every ${setName} model, as built for one validation mode. */`,
      `export interface ${set} {`,
      ...allTs.map((n) => `  /** Validates a {@link ${n}}. */\n  readonly ${n}: z.ZodMiniType<${n}>;`),
      "}",
      "",
      `/** The name of one ${setName} model. */`,
      `export type ${setName}ModelName = keyof ${set};`,
      "",
      "/** Models whose upstream class forbids unknown keys (`additionalProperties: false`). */",
      `export const ${upper}_FORBIDS_EXTRA: ReadonlySet<${setName}ModelName> = /* @__PURE__ */ new Set<${setName}ModelName>([${closedNames.map(lit).join(", ")}]);`,
      "",
      "/** Field defaults from the spec, for building requests; parsing never fills them in. */",
      `export const ${setName}Defaults = ${defaults} as const;`,
      "",
      `/** Builds every ${setName} model for the kit's mode. Most callers want {@link ${setName}Models}, or one \`<Name>Schema\`. */`,
      `export function build${setName}Models(k: ModelKit, options: BuildModelsOptions = {}): ${set} {`,
      "  return {",
      ...allTs.map((n) => `    ${n}: ${n}Schema(k, options),`),
      "  };",
      "}",
      "",
      `/** The ${setName} models, built lazily per mode: \`${setName}Models.lenient.X\` (default) or \`.strict.X\` (tests). */`,
      `export const ${setName}Models: ModelSet<${set}> = /* @__PURE__ */ defineModels((k) => build${setName}Models(k));`,
      "",
    ];
    return body.join("\n").replace(/\n{3,}/g, "\n\n");
  }

  renderDefaults() {
    const entries = [];
    for (const name of this.fullOrder) {
      const s = this.schemas[name];
      if (!s.properties) continue;
      const fields = Object.entries(s.properties).filter(([, p]) => p.default !== undefined);
      if (!fields.length) continue;
      entries.push(`  ${this.names.get(name)}: {\n${fields.map(([k, p]) => `    ${propKey(k)}: ${lit(p.default)},`).join("\n")}\n  },`);
    }
    return entries.length ? `{\n${entries.join("\n")}\n}` : "{}";
  }
}

function applyPatch(schema, patch) {
  const { schema: inner, nullable } = splitNullable(schema);
  const patched = { ...inner, ...patch };
  return nullable ? { ...schema, anyOf: [patched, { type: "null" }] } : { ...schema, ...patch };
}

function collectRefs(schema, out = []) {
  if (Array.isArray(schema)) {
    for (const s of schema) collectRefs(s, out);
  } else if (schema && typeof schema === "object") {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "$ref" && typeof value === "string") {
        const name = refName(value);
        if (!out.includes(name)) out.push(name);
      } else if (key !== "default" && key !== "example" && key !== "examples" && key !== "enum" && key !== "const") {
        collectRefs(value, out);
      }
    }
  }
  return out;
}

const unique = (xs) => [...new Set(xs)];
/** A zod/mini schema with its checks (`.check(...)`), or the bare schema when there are none. */
const withChecks = (schema, checks) => (checks.length ? `${schema}.check(${checks.join(", ")})` : schema);
/** `[a, b]` on one line when short, one item per line otherwise. */
const listLiteral = (items) => {
  const flat = `[${items.join(", ")}]`;
  return flat.length <= 80 ? flat : `[\n${items.map((i) => `  ${i},`).join("\n")}\n]`;
};
const wrapUnion = (t) => (/[|&]/.test(t) && !/^\{/.test(t) ? `(${t})` : t);
const byName = (a, b) => a.replace(/^type /, "").localeCompare(b.replace(/^type /, ""));
function fail(message) {
  throw new Error(message);
}

// ---------------------------------------------------------------------------------------------
// Targets and CLI

export function loadSpec(relativePath, root = REPO_ROOT) {
  return JSON.parse(readFileSync(join(root, relativePath), "utf8"));
}

/** The exact text a target generates, from the specs under `root`. */
export function renderTarget(target, root = REPO_ROOT) {
  const t = typeof target === "string" ? TARGETS.find((x) => x.id === target) : target;
  if (!t) throw new Error(`unknown target ${target}`);
  const common = TARGETS.find((x) => x.id === "common");
  return generateModels(loadSpec(t.spec, root), {
    setName: t.setName,
    apiName: t.apiName,
    source: t.spec,
    only: t.only,
    kitImport: t.kitImport,
    patches: t.patches,
    commonReference: t.only ? undefined : loadSpec(common.spec, root),
    shared: t.sharedFrom ? { reference: loadSpec(TARGETS.find((x) => x.id === t.sharedFrom).spec, root), import: `../${t.sharedFrom}/generated.js` } : undefined,
  });
}

function main(argv) {
  const say = (line) => process.stdout.write(`${line}\n`);
  const check = argv.includes("--check");
  let drift = 0;
  for (const target of TARGETS) {
    const code = renderTarget(target);
    if (target.out === null) {
      say(`ok      ${target.id} (generated in memory, no package yet)`);
      continue;
    }
    const path = join(REPO_ROOT, target.out);
    let current;
    try {
      current = readFileSync(path, "utf8");
    } catch {
      current = null;
    }
    if (current === code) {
      say(`same    ${target.out}`);
    } else if (check) {
      drift += 1;
      process.stderr.write(`DRIFT   ${target.out} (run node scripts/openapi-to-zod.mjs)\n`);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, code);
      say(`wrote   ${target.out}`);
    }
  }
  if (drift > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
