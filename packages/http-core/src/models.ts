// One definition of a model, two validation modes. Lenient (the default) keeps unknown keys,
// tolerates enum values the SDK does not know yet and accepts explicit null for optional
// fields; strict (for tests) rejects unknown keys and unknown enum values. Model files are
// written once against a ModelKit and built lazily per mode, so the server and the SDK share
// one source of truth. Built on zod/mini (functional API, no default locale) so a browser
// bundle keeps only the schema kinds it uses.
import * as z from "zod/mini";

/**
 * How strictly models check data. `lenient` (the default) keeps unknown keys, accepts enum values
 * the SDK does not know yet and explicit null for optional fields, so a server upgrade never
 * breaks parsing; `strict` (for tests) rejects unknown keys and unknown enum values.
 */
export type ValidationMode = "lenient" | "strict";

/** A string that is not one of the known values, kept so lenient parsing never loses data. */
export type UnknownString = string & {
  /** Type-level marker only, never present at runtime: keeps `UnknownString` distinct so editors still suggest the known values. */
  readonly __unknownEnumValue?: never;
};

/** The builders a model file is written against; {@link modelKit} gives the one for a mode. */
export interface ModelKit {
  /** The mode these builders check in. */
  readonly mode: ValidationMode;
  /** An object model. Unknown keys: kept (lenient) or rejected (strict). */
  object<S extends z.core.$ZodShape>(shape: S): z.ZodMiniObject<S, z.core.$loose>;
  /** A closed set of string values; lenient mode also accepts any other string. */
  enum<const V extends readonly [string, ...string[]]>(values: V): z.ZodMiniType<V[number] | UnknownString>;
  /** An optional field: absent, explicit null, or the value. */
  optional<T extends z.core.SomeType>(schema: T): z.ZodMiniOptional<z.ZodMiniNullable<T>>;
}

/** How a model set is built beyond its validation mode. */
export interface BuildModelsOptions {
  /**
   * Reject unknown keys on the models upstream declares `Extra.forbid` in both modes (a
   * server validating request bodies needs this; SDK response parsing does not).
   */
  readonly forbidExtra?: boolean;
}

// One kit per mode, so a model built through a ModelSet and through its own Model is one schema.
const kits = new Map<ValidationMode, ModelKit>();

/** The shared {@link ModelKit} for `mode` (one instance per mode, so models built for it are cached once). */
export function modelKit(mode: ValidationMode): ModelKit {
  let kit = kits.get(mode);
  if (kit === undefined) {
    kit = makeKit(mode);
    kits.set(mode, kit);
  }
  return kit;
}

function makeKit(mode: ValidationMode): ModelKit {
  return {
    mode,
    object: (shape) =>
      mode === "strict" ? z.strictObject(shape) : z.looseObject(shape),
    // Lenient accepts every string, so a plain string check is the same rule, only faster
    // (this runs for every enum field of every item in a list page).
    enum: (values) => (mode === "strict" ? z.enum(values as unknown as [string, ...string[]]) : z.string()),
    optional: (schema) => z.optional(z.nullable(schema)),
  };
}

/** A set of models built on demand for either mode and cached. */
export interface ModelSet<M> {
  /** The models built for `mode`; built on the first call for that mode and cached. */
  get(mode: ValidationMode): M;
  /** The lenient build; use for `z.infer` and as the default. */
  readonly lenient: M;
  /** The strict build (unknown keys and enum values rejected), for tests and contract checks. */
  readonly strict: M;
}

/**
 * Defines a set of models once, against a {@link ModelKit}; `factory` runs at most once per mode,
 * on first use. E.g. `defineModels((k) => ({ Health: k.object({ message: z.string() }) }))`.
 */
export function defineModels<M>(factory: (k: ModelKit) => M): ModelSet<M> {
  const cache = new Map<ValidationMode, M>();
  const get = (mode: ValidationMode): M => {
    let built = cache.get(mode);
    if (built === undefined) {
      built = factory(modelKit(mode));
      cache.set(mode, built);
    }
    return built;
  };
  return {
    get,
    get lenient() {
      return get("lenient");
    },
    get strict() {
      return get("strict");
    },
  };
}

/**
 * One model, built on first use for each kit (a validation mode, or a server's own kit) and
 * cached. `Schema("lenient")` is what `ResponseSchema` expects; generated models call their
 * dependencies with their own kit and options, so a program keeps only the models it reaches.
 */
export type Model<T> = (kit: ValidationMode | ModelKit, options?: BuildModelsOptions) => z.ZodMiniType<T>;

/** Defines one lazily built model (generated code marks the call pure, so unused models drop out of bundles). */
export function defineModel<T>(build: (k: ModelKit, options: BuildModelsOptions) => z.ZodMiniType<T>): Model<T> {
  const cache = new WeakMap<ModelKit, [open?: z.ZodMiniType<T>, closed?: z.ZodMiniType<T>]>();
  return (kit, options = {}) => {
    const k = typeof kit === "string" ? modelKit(kit) : kit;
    let built = cache.get(k);
    if (built === undefined) {
      built = [];
      cache.set(k, built);
    }
    const slot = options.forbidExtra === true ? 1 : 0;
    return (built[slot] ??= build(k, options));
  };
}

/**
 * An object model upstream declares `Extra.forbid`: unknown keys rejected always in strict mode,
 * and in lenient mode too when the caller asks for it (a server checking request bodies).
 */
export function closedObject<S extends z.core.$ZodShape>(k: ModelKit, options: BuildModelsOptions, shape: S): z.ZodMiniObject<S, z.core.$strict> | z.ZodMiniObject<S, z.core.$loose> {
  return options.forbidExtra === true ? z.strictObject(shape) : k.object(shape);
}

/**
 * A field that always carries one value for its model: checked in strict mode, the plain enum
 * in lenient mode so a server change never breaks parsing.
 */
export function literalInStrict<V extends string, T>(k: ModelKit, value: V, lenient: z.ZodMiniType<T>): z.ZodMiniType<T | V> {
  return k.mode === "strict" ? z.literal(value) : lenient;
}

/**
 * What an operation validates its response with: a plain schema (same in both modes) or a
 * picker that chooses a model for the mode in force.
 */
export type ResponseSchema<T> = z.core.$ZodType<T> | ((mode: ValidationMode) => z.core.$ZodType<T>);

/** The schema a response is validated with in `mode`. */
export function schemaFor<T>(schema: ResponseSchema<T>, mode: ValidationMode): z.core.$ZodType<T> {
  return typeof schema === "function" ? schema(mode) : schema;
}
