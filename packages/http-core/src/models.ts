// One definition of a model, two validation modes. Lenient (the default) keeps unknown keys,
// tolerates enum values the SDK does not know yet and accepts explicit null for optional
// fields; strict (for tests) rejects unknown keys and unknown enum values. Model files are
// written once against a ModelKit and built lazily per mode, so the server and the SDK share
// one source of truth.
import { z } from "zod";

export type ValidationMode = "lenient" | "strict";

/** A string that is not one of the known values, kept so lenient parsing never loses data. */
export type UnknownString = string & { readonly __unknownEnumValue?: never };

export interface ModelKit {
  readonly mode: ValidationMode;
  /** An object model. Unknown keys: kept (lenient) or rejected (strict). */
  object<S extends z.ZodRawShape>(shape: S): z.ZodObject<S, z.core.$loose>;
  /** A closed set of string values; lenient mode also accepts any other string. */
  enum<const V extends readonly [string, ...string[]]>(values: V): z.ZodType<V[number] | UnknownString>;
  /** An optional field: absent, explicit null, or the value. */
  optional<T extends z.ZodType>(schema: T): z.ZodOptional<z.ZodNullable<T>>;
}

export function modelKit(mode: ValidationMode): ModelKit {
  return {
    mode,
    object: (shape) =>
      mode === "strict" ? z.strictObject(shape) : z.looseObject(shape),
    // Lenient accepts every string, so a plain string check is the same rule, only faster
    // (this runs for every enum field of every item in a list page).
    enum: (values) => (mode === "strict" ? z.enum(values as unknown as [string, ...string[]]) : z.string()),
    optional: (schema) => schema.nullable().optional(),
  };
}

/** A set of models built on demand for either mode and cached. */
export interface ModelSet<M> {
  get(mode: ValidationMode): M;
  /** The lenient build; use for `z.infer` and as the default. */
  readonly lenient: M;
  readonly strict: M;
}

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
 * What an operation validates its response with: a plain schema (same in both modes) or a
 * picker that chooses a model for the mode in force.
 */
export type ResponseSchema<T> = z.ZodType<T> | ((mode: ValidationMode) => z.ZodType<T>);

export function schemaFor<T>(schema: ResponseSchema<T>, mode: ValidationMode): z.ZodType<T> {
  return typeof schema === "function" ? schema(mode) : schema;
}
