// Typed responses as pydantic serialises them: every optional field the model declares is
// present, as explicit `null` when unset, at every depth. Stored items omit absent keys, so a
// typed response is the stored JSON run through the filler compiled from its response model.
// Raw responses (general fetch/list, export) skip this on purpose.
import type * as z from "zod/mini";
import { RegistryModels, type RegistryModelName } from "@provena-sdk/models/registry";

type Filler = (value: unknown) => unknown;

interface Def {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  valueType?: z.core.$ZodType;
  getter?: () => z.core.$ZodType;
  in?: z.core.$ZodType;
}

const defOf = (schema: z.core.$ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const identity: Filler = (value) => value;
const compiled = new WeakMap<z.core.$ZodType, Filler>();

function isOptional(schema: z.core.$ZodType): boolean {
  const type = defOf(schema).type;
  return type === "optional" || type === "default";
}

/** Unwraps optional/nullable/default/lazy/pipe to the schema that describes a present value. */
function core(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if ((def.type === "optional" || def.type === "nullable" || def.type === "default" || def.type === "readonly") && def.innerType !== undefined) current = def.innerType;
    else if (def.type === "lazy" && def.getter !== undefined) current = def.getter();
    else if (def.type === "pipe" && def.in !== undefined) current = def.in;
    else return current;
  }
}

function objectFiller(shape: Record<string, z.core.$ZodType>): { fill: Filler; required: string[] } {
  const fields = Object.entries(shape).map(([key, schema]) => ({ key, optional: isOptional(schema), fill: fillerFor(schema) }));
  const required = fields.filter((f) => !f.optional).map((f) => f.key);
  const fill: Filler = (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = { ...source };
    for (const field of fields) {
      const current = source[field.key];
      if (current === undefined || current === null) {
        if (field.optional || current === null) out[field.key] = null;
      } else {
        out[field.key] = field.fill(current);
      }
    }
    return out;
  };
  return { fill, required };
}

function unionFiller(options: z.core.$ZodType[]): Filler {
  const objects = options
    .map(core)
    .filter((option) => defOf(option).type === "object")
    .map((option) => objectFiller(defOf(option).shape ?? {}));
  if (objects.length === 0) return identity;
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    // Like pydantic's left-to-right union: the first model whose required fields are all there.
    const match = objects.find((o) => o.required.every((key) => (value as Record<string, unknown>)[key] !== undefined));
    return match === undefined ? value : match.fill(value);
  };
}

function compile(schema: z.core.$ZodType): Filler {
  const inner = core(schema);
  const def = defOf(inner);
  switch (def.type) {
    case "object":
      return objectFiller(def.shape ?? {}).fill;
    case "array": {
      const element = def.element;
      if (element === undefined) return identity;
      let fill: Filler | undefined;
      return (value) => (Array.isArray(value) ? value.map((v) => (fill ??= fillerFor(element))(v)) : value);
    }
    case "record": {
      const valueType = def.valueType;
      if (valueType === undefined) return identity;
      let fill: Filler | undefined;
      return (value) => {
        if (typeof value !== "object" || value === null) return value;
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, (fill ??= fillerFor(valueType))(v)]));
      };
    }
    case "union":
      return unionFiller(def.options ?? []);
    default:
      return identity;
  }
}

function fillerFor(schema: z.core.$ZodType): Filler {
  let filler = compiled.get(schema);
  if (filler === undefined) {
    // Placeholder first: recursive models refer back to themselves while compiling.
    const slot: { real?: Filler } = {};
    compiled.set(schema, (value) => (slot.real ?? identity)(value));
    slot.real = compile(schema);
    compiled.set(schema, slot.real);
    filler = slot.real;
  }
  return filler;
}

/** `value` shaped as `schema` serialises it (explicit nulls); any service's response model. */
export function fillNulls(schema: z.core.$ZodType, value: unknown): unknown {
  return fillerFor(schema)(value);
}

/** `value` shaped as the response model `name` serialises it (explicit nulls). */
export function serialise(name: RegistryModelName, value: unknown): unknown {
  const models = RegistryModels.lenient as unknown as Record<string, z.core.$ZodType>;
  const schema = models[name];
  if (schema === undefined) throw new Error(`Unknown registry model ${name}`);
  return fillerFor(schema)(value);
}

/** `value` shaped as any response `schema` serialises it (explicit nulls): other services' models. */
export function serialiseWith(schema: z.core.$ZodType, value: unknown): unknown {
  return fillerFor(schema)(value);
}
