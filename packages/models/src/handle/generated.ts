// GENERATED FILE: do not edit by hand.
// Source: specs/provena/id-service.json (9 component schemas, plus 3 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import * as z from "zod/mini";
import { type BuildModelsOptions, defineModel, defineModels, HTTPValidationErrorSchema, type ModelKit, type ModelSet, type UnknownString, UserSchema, ValidationErrorSchema } from "@provena-sdk/http-core";
import type { User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";

// ---- Types (what parsing returns in lenient mode; strict mode returns a subset) ----

/** The `AddValueIndexRequest` model of the ID service API. */
export interface AddValueIndexRequest {
  /** Value Type */
  value_type: ValueType;
  /** Value */
  value: string;
  /** Id */
  id: string;
  /** Index */
  index: number;
}

/** The `AddValueRequest` model of the ID service API. */
export interface AddValueRequest {
  /** Value Type */
  value_type: ValueType;
  /** Value */
  value: string;
  /** Id */
  id: string;
}

/** The `Handle` model of the ID service API. */
export interface Handle {
  /** Id */
  id: string;
  /** Properties */
  properties: HandleProperty[];
}

/** The `HandleProperty` model of the ID service API. */
export interface HandleProperty {
  /** Type */
  type: ValueType;
  /** Value */
  value: string;
  /** Index */
  index: number;
}

/** The `ListResponse` model of the ID service API. */
export interface ListResponse {
  /** Ids */
  ids: string[];
}

/** The `MintRequest` model of the ID service API. */
export interface MintRequest {
  /** Value Type */
  value_type: ValueType;
  /** Value */
  value: string;
}

/** The `ModifyRequest` model of the ID service API. */
export interface ModifyRequest {
  /** Id */
  id: string;
  /** Index */
  index: number;
  /** Value */
  value: string;
}

/** The `RemoveRequest` model of the ID service API. */
export interface RemoveRequest {
  /** Id */
  id: string;
  /** Index */
  index: number;
}

/** The `ValueType` model of the ID service API. */
export const ValueTypeValues = ["DESC", "URL"] as const;
/** One of {@link ValueTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type ValueType = (typeof ValueTypeValues)[number] | UnknownString;

// ---- Models (each built on first use, per validation mode) ----

/** Validates a {@link ValueType}; built on first use per validation mode (`ValueTypeSchema("lenient")`). */
export const ValueTypeSchema = /* @__PURE__ */ defineModel<ValueType>((k, _o) =>
  k.enum(ValueTypeValues),
);

/** Validates a {@link AddValueIndexRequest}; built on first use per validation mode (`AddValueIndexRequestSchema("lenient")`). */
export const AddValueIndexRequestSchema = /* @__PURE__ */ defineModel<AddValueIndexRequest>((k, o) =>
  k.object({
      value_type: ValueTypeSchema(k, o),
      value: z.string(),
      id: z.string(),
      index: z.number().check(z.int()),
    }),
);

/** Validates a {@link AddValueRequest}; built on first use per validation mode (`AddValueRequestSchema("lenient")`). */
export const AddValueRequestSchema = /* @__PURE__ */ defineModel<AddValueRequest>((k, o) =>
  k.object({
      value_type: ValueTypeSchema(k, o),
      value: z.string(),
      id: z.string(),
    }),
);

/** Validates a {@link HandleProperty}; built on first use per validation mode (`HandlePropertySchema("lenient")`). */
export const HandlePropertySchema = /* @__PURE__ */ defineModel<HandleProperty>((k, o) =>
  k.object({
      type: ValueTypeSchema(k, o),
      value: z.string(),
      index: z.number().check(z.int()),
    }),
);

/** Validates a {@link Handle}; built on first use per validation mode (`HandleSchema("lenient")`). */
export const HandleSchema = /* @__PURE__ */ defineModel<Handle>((k, o) =>
  k.object({
      id: z.string(),
      properties: z.array(HandlePropertySchema(k, o)),
    }),
);

/** Validates a {@link ListResponse}; built on first use per validation mode (`ListResponseSchema("lenient")`). */
export const ListResponseSchema = /* @__PURE__ */ defineModel<ListResponse>((k, _o) =>
  k.object({
      ids: z.array(z.string()),
    }),
);

/** Validates a {@link MintRequest}; built on first use per validation mode (`MintRequestSchema("lenient")`). */
export const MintRequestSchema = /* @__PURE__ */ defineModel<MintRequest>((k, o) =>
  k.object({
      value_type: ValueTypeSchema(k, o),
      value: z.string(),
    }),
);

/** Validates a {@link ModifyRequest}; built on first use per validation mode (`ModifyRequestSchema("lenient")`). */
export const ModifyRequestSchema = /* @__PURE__ */ defineModel<ModifyRequest>((k, _o) =>
  k.object({
      id: z.string(),
      index: z.number().check(z.int()),
      value: z.string(),
    }),
);

/** Validates a {@link RemoveRequest}; built on first use per validation mode (`RemoveRequestSchema("lenient")`). */
export const RemoveRequestSchema = /* @__PURE__ */ defineModel<RemoveRequest>((k, _o) =>
  k.object({
      id: z.string(),
      index: z.number().check(z.int()),
    }),
);

/** Every IdService model, as built for one validation mode. */
export interface IdServiceModelSet {
  /** Validates a {@link User}. */
  readonly User: z.ZodMiniType<User>;
  /** Validates a {@link HTTPValidationError}. */
  readonly HTTPValidationError: z.ZodMiniType<HTTPValidationError>;
  /** Validates a {@link ValidationError}. */
  readonly ValidationError: z.ZodMiniType<ValidationError>;
  /** Validates a {@link ValueType}. */
  readonly ValueType: z.ZodMiniType<ValueType>;
  /** Validates a {@link AddValueIndexRequest}. */
  readonly AddValueIndexRequest: z.ZodMiniType<AddValueIndexRequest>;
  /** Validates a {@link AddValueRequest}. */
  readonly AddValueRequest: z.ZodMiniType<AddValueRequest>;
  /** Validates a {@link HandleProperty}. */
  readonly HandleProperty: z.ZodMiniType<HandleProperty>;
  /** Validates a {@link Handle}. */
  readonly Handle: z.ZodMiniType<Handle>;
  /** Validates a {@link ListResponse}. */
  readonly ListResponse: z.ZodMiniType<ListResponse>;
  /** Validates a {@link MintRequest}. */
  readonly MintRequest: z.ZodMiniType<MintRequest>;
  /** Validates a {@link ModifyRequest}. */
  readonly ModifyRequest: z.ZodMiniType<ModifyRequest>;
  /** Validates a {@link RemoveRequest}. */
  readonly RemoveRequest: z.ZodMiniType<RemoveRequest>;
}

/** The name of one IdService model. */
export type IdServiceModelName = keyof IdServiceModelSet;

/** Models whose upstream class forbids unknown keys (`additionalProperties: false`). */
export const ID_SERVICE_FORBIDS_EXTRA: ReadonlySet<IdServiceModelName> = /* @__PURE__ */ new Set<IdServiceModelName>([]);

/** Field defaults from the spec, for building requests; parsing never fills them in. */
export const IdServiceDefaults = {} as const;

/** Builds every IdService model for the kit's mode. Most callers want {@link IdServiceModels}, or one `<Name>Schema`. */
export function buildIdServiceModels(k: ModelKit, options: BuildModelsOptions = {}): IdServiceModelSet {
  return {
    User: UserSchema(k, options),
    HTTPValidationError: HTTPValidationErrorSchema(k, options),
    ValidationError: ValidationErrorSchema(k, options),
    ValueType: ValueTypeSchema(k, options),
    AddValueIndexRequest: AddValueIndexRequestSchema(k, options),
    AddValueRequest: AddValueRequestSchema(k, options),
    HandleProperty: HandlePropertySchema(k, options),
    Handle: HandleSchema(k, options),
    ListResponse: ListResponseSchema(k, options),
    MintRequest: MintRequestSchema(k, options),
    ModifyRequest: ModifyRequestSchema(k, options),
    RemoveRequest: RemoveRequestSchema(k, options),
  };
}

/** The IdService models, built lazily per mode: `IdServiceModels.lenient.X` (default) or `.strict.X` (tests). */
export const IdServiceModels: ModelSet<IdServiceModelSet> = /* @__PURE__ */ defineModels((k) => buildIdServiceModels(k));
