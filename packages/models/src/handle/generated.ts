// GENERATED FILE: do not edit by hand.
// Source: specs/provena/id-service.json (9 component schemas, plus 3 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import * as z from "zod/mini";
import { buildCommonModels, type BuildModelsOptions, defineModels, type ModelKit, type ModelSet, type UnknownString } from "@provena-sdk/http-core";
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

// ---- Models ----

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
export const ID_SERVICE_FORBIDS_EXTRA: ReadonlySet<IdServiceModelName> = new Set<IdServiceModelName>([]);

/** Field defaults from the spec, for building requests; parsing never fills them in. */
export const IdServiceDefaults = {} as const;

/** Builds every IdService model for the kit's mode. Most callers want {@link IdServiceModels}. */
export function buildIdServiceModels(k: ModelKit, options: BuildModelsOptions = {}): IdServiceModelSet {
  const { User, HTTPValidationError, ValidationError } = buildCommonModels(k, options);

  const ValueType: z.ZodMiniType<ValueType> = k.enum(ValueTypeValues);
  const AddValueIndexRequest: z.ZodMiniType<AddValueIndexRequest> = k.object({
    value_type: ValueType,
    value: z.string(),
    id: z.string(),
    index: z.number().check(z.int()),
  });
  const AddValueRequest: z.ZodMiniType<AddValueRequest> = k.object({
    value_type: ValueType,
    value: z.string(),
    id: z.string(),
  });
  const HandleProperty: z.ZodMiniType<HandleProperty> = k.object({
    type: ValueType,
    value: z.string(),
    index: z.number().check(z.int()),
  });
  const Handle: z.ZodMiniType<Handle> = k.object({
    id: z.string(),
    properties: z.array(HandleProperty),
  });
  const ListResponse: z.ZodMiniType<ListResponse> = k.object({
    ids: z.array(z.string()),
  });
  const MintRequest: z.ZodMiniType<MintRequest> = k.object({
    value_type: ValueType,
    value: z.string(),
  });
  const ModifyRequest: z.ZodMiniType<ModifyRequest> = k.object({
    id: z.string(),
    index: z.number().check(z.int()),
    value: z.string(),
  });
  const RemoveRequest: z.ZodMiniType<RemoveRequest> = k.object({
    id: z.string(),
    index: z.number().check(z.int()),
  });

  return {
    User,
    HTTPValidationError,
    ValidationError,
    ValueType,
    AddValueIndexRequest,
    AddValueRequest,
    HandleProperty,
    Handle,
    ListResponse,
    MintRequest,
    ModifyRequest,
    RemoveRequest,
  };
}

/** The IdService models, built lazily per mode: `IdServiceModels.lenient.X` (default) or `.strict.X` (tests). */
export const IdServiceModels: ModelSet<IdServiceModelSet> = defineModels((k) => buildIdServiceModels(k));
