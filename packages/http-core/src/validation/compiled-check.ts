// Lenient response validation without copying. zod's parse builds a fresh copy of every object
// it checks; for a list page of 500 items that copying, and the garbage it leaves, costs more
// than the network on loopback. This compiles a zod schema into a plain predicate that only
// answers "valid?", allocating nothing, so a valid body can be handed back as it arrived.
//
// It is used only where the answer is certain to match zod's: every node must be of a kind
// whose parse output equals its input (no transforms, defaults or stripped keys). A schema with
// any other node is "not compilable" and zod parses it as before. A check kind it does not know
// makes the schema not compilable too, so it can never accept what zod would refuse.
import type * as z from "zod/mini";

type Check = (value: unknown) => boolean;

interface Def {
  type: string;
  [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

class NotCompilable extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function compileChecks(checks: unknown, kind: "string" | "number"): Check | undefined {
  if (!Array.isArray(checks) || checks.length === 0) return undefined;
  const parts: Check[] = checks.map((c) => {
    const d = defOf(c) as Def & { check?: string; minimum?: number; maximum?: number; format?: string; pattern?: RegExp; value?: number; inclusive?: boolean };
    switch (d.check) {
      case "min_length":
        return (v) => (v as string).length >= d.minimum!;
      case "max_length":
        return (v) => (v as string).length <= d.maximum!;
      case "string_format":
        if (kind === "string" && d.pattern instanceof RegExp) {
          const pattern = d.pattern;
          return (v) => {
            pattern.lastIndex = 0;
            return pattern.test(v as string);
          };
        }
        throw new NotCompilable(`string format ${String(d.format)}`);
      case "number_format":
        if (d.format === "safeint") return (v) => Number.isSafeInteger(v);
        throw new NotCompilable(`number format ${String(d.format)}`);
      case "greater_than":
        return d.inclusive === true ? (v) => (v as number) >= d.value! : (v) => (v as number) > d.value!;
      case "less_than":
        return d.inclusive === true ? (v) => (v as number) <= d.value! : (v) => (v as number) < d.value!;
      default:
        throw new NotCompilable(`check ${String(d.check)}`);
    }
  });
  return (v) => {
    for (const part of parts) if (!part(v)) return false;
    return true;
  };
}

function compileNode(schema: unknown, seen: Map<unknown, Check>): Check {
  const cached = seen.get(schema);
  if (cached !== undefined) return cached;
  // Recursive models (z.lazy) reach themselves while compiling: they get a slot that calls the
  // finished check (only ever called after compiling ends).
  const slot: Check = (v) => compiled(v);
  seen.set(schema, slot);
  const compiled = build(schema, seen);
  seen.set(schema, compiled);
  return compiled;
}

function build(schema: unknown, seen: Map<unknown, Check>): Check {
  const def = defOf(schema);
  // A schema that is also a check (zod/mini's z.int(), z.email(), ...) checks itself without
  // listing itself in def.checks: leave it to zod.
  if (typeof def["check"] === "string") throw new NotCompilable(`schema check ${def["check"]}`);
  switch (def.type) {
    case "string": {
      const checks = compileChecks(def["checks"], "string");
      return checks === undefined ? (v) => typeof v === "string" : (v) => typeof v === "string" && checks(v);
    }
    case "number": {
      const checks = compileChecks(def["checks"], "number");
      return checks === undefined ? (v) => typeof v === "number" && Number.isFinite(v) : (v) => typeof v === "number" && Number.isFinite(v) && checks(v);
    }
    case "boolean":
      return (v) => typeof v === "boolean";
    case "null":
      return (v) => v === null;
    case "unknown":
    case "any":
      return () => true;
    case "optional": {
      const inner = compileNode(def["innerType"], seen);
      return (v) => v === undefined || inner(v);
    }
    case "nullable": {
      const inner = compileNode(def["innerType"], seen);
      return (v) => v === null || inner(v);
    }
    case "lazy":
      return compileNode((def["getter"] as () => unknown)(), seen);
    case "enum": {
      const values = new Set(Object.values(def["entries"] as Record<string, unknown>));
      return (v) => values.has(v);
    }
    case "literal": {
      const values = new Set(def["values"] as unknown[]);
      return (v) => values.has(v);
    }
    case "union": {
      const options = (def["options"] as unknown[]).map((o) => compileNode(o, seen));
      return (v) => {
        for (const option of options) if (option(v)) return true;
        return false;
      };
    }
    case "array": {
      if (Array.isArray(def["checks"]) && def["checks"].length > 0) throw new NotCompilable("array checks");
      const element = compileNode(def["element"], seen);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (const item of v) if (!element(item)) return false;
        return true;
      };
    }
    case "tuple": {
      const items = (def["items"] as unknown[]).map((item) => compileNode(item, seen));
      const rest = def["rest"] === null || def["rest"] === undefined ? undefined : compileNode(def["rest"], seen);
      return (v) => {
        if (!Array.isArray(v) || (rest === undefined && v.length > items.length)) return false;
        for (let i = 0; i < items.length; i++) if (!items[i]!(v[i])) return false;
        if (rest !== undefined) for (let i = items.length; i < v.length; i++) if (!rest(v[i])) return false;
        return true;
      };
    }
    case "record": {
      const key = compileNode(def["keyType"], seen);
      const value = compileNode(def["valueType"], seen);
      return (v) => {
        if (!isObject(v)) return false;
        for (const k in v) if (!key(k) || !value(v[k])) return false;
        return true;
      };
    }
    case "object":
      return buildObject(def, seen);
    default:
      throw new NotCompilable(`node ${def.type}`);
  }
}

function buildObject(def: Def, seen: Map<unknown, Check>): Check {
  if (Array.isArray(def["checks"]) && def["checks"].length > 0) throw new NotCompilable("object refinements");
  const shape = def["shape"] as Record<string, unknown>;
  const keys = Object.keys(shape);
  const fields = keys.map((k) => compileNode(shape[k], seen));
  const catchall = def["catchall"];
  // A stripping object's output differs from its input: leave it to zod.
  if (catchall === undefined) throw new NotCompilable("stripping object");
  const extra = defOf(catchall).type;
  const known = new Set(keys);
  // zod refuses an absent key unless its schema is optional-in, even when it accepts undefined
  // (z.unknown(), z.any(), z.nullable(z.unknown())): a present key holding undefined passes.
  const required = keys.map((k) => (shape[k] as { _zod: { optin?: string } })._zod.optin === undefined);
  const checkFields = (v: Record<string, unknown>): boolean => {
    for (let i = 0; i < keys.length; i++) {
      const value = v[keys[i]!];
      if (!fields[i]!(value)) return false;
      if (value === undefined && required[i] === true && !(keys[i]! in v)) return false;
    }
    return true;
  };
  if (extra === "unknown" || extra === "any") return (v) => isObject(v) && checkFields(v);
  if (extra === "never") {
    return (v) => {
      if (!isObject(v) || !checkFields(v)) return false;
      for (const k in v) if (!known.has(k)) return false;
      return true;
    };
  }
  const rest = compileNode(catchall, seen);
  return (v) => {
    if (!isObject(v) || !checkFields(v)) return false;
    for (const k in v) if (!known.has(k) && !rest(v[k])) return false;
    return true;
  };
}

const compiledChecks = new WeakMap<object, Check | null>();

/**
 * A predicate equivalent to `schema.safeParse(value).success` whose success also means zod's
 * output would equal `value`; or undefined when the schema has a node that cannot promise both.
 */
export function compiledCheck(schema: z.core.$ZodType): Check | undefined {
  let check = compiledChecks.get(schema);
  if (check === undefined) {
    try {
      check = compileNode(schema, new Map());
    } catch (error) {
      if (!(error instanceof NotCompilable)) throw error;
      check = null;
    }
    compiledChecks.set(schema, check);
  }
  return check ?? undefined;
}
