// GENERATED FILE: do not edit by hand.
// Source: specs/provena/id-service.json (9 component schemas, plus 3 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import { z } from "zod";
import { buildCommonModels, type BuildModelsOptions, defineModels, type ModelKit, type ModelSet, type UnknownString } from "@provena-sdk/http-core";
import type { User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";

// ---- Types (what parsing returns in lenient mode; strict mode returns a subset) ----

export interface AddValueIndexRequest {
  value_type: ValueType;
  value: string;
  id: string;
  index: number;
}

export interface AddValueRequest {
  value_type: ValueType;
  value: string;
  id: string;
}

export interface Handle {
  id: string;
  properties: HandleProperty[];
}

export interface HandleProperty {
  type: ValueType;
  value: string;
  index: number;
}

export interface ListResponse {
  ids: string[];
}

export interface MintRequest {
  value_type: ValueType;
  value: string;
}

export interface ModifyRequest {
  id: string;
  index: number;
  value: string;
}

export interface RemoveRequest {
  id: string;
  index: number;
}

export const ValueTypeValues = ["DESC", "URL"] as const;
/** One of {@link ValueTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type ValueType = (typeof ValueTypeValues)[number] | UnknownString;

// ---- Models ----

/** Every IdService model, as built for one validation mode. */
export interface IdServiceModelSet {
  readonly User: z.ZodType<User>;
  readonly HTTPValidationError: z.ZodType<HTTPValidationError>;
  readonly ValidationError: z.ZodType<ValidationError>;
  readonly ValueType: z.ZodType<ValueType>;
  readonly AddValueIndexRequest: z.ZodType<AddValueIndexRequest>;
  readonly AddValueRequest: z.ZodType<AddValueRequest>;
  readonly HandleProperty: z.ZodType<HandleProperty>;
  readonly Handle: z.ZodType<Handle>;
  readonly ListResponse: z.ZodType<ListResponse>;
  readonly MintRequest: z.ZodType<MintRequest>;
  readonly ModifyRequest: z.ZodType<ModifyRequest>;
  readonly RemoveRequest: z.ZodType<RemoveRequest>;
}

export type IdServiceModelName = keyof IdServiceModelSet;

/** Models whose upstream class forbids unknown keys (`additionalProperties: false`). */
export const ID_SERVICE_FORBIDS_EXTRA: ReadonlySet<IdServiceModelName> = new Set<IdServiceModelName>([]);

/** Field defaults from the spec, for building requests; parsing never fills them in. */
export const IdServiceDefaults = {} as const;

/** Builds every IdService model for the kit's mode. Most callers want {@link IdServiceModels}. */
export function buildIdServiceModels(k: ModelKit, options: BuildModelsOptions = {}): IdServiceModelSet {
  const { User, HTTPValidationError, ValidationError } = buildCommonModels(k, options);

  const ValueType: z.ZodType<ValueType> = k.enum(ValueTypeValues);
  const AddValueIndexRequest: z.ZodType<AddValueIndexRequest> = k.object({
    value_type: ValueType,
    value: z.string(),
    id: z.string(),
    index: z.number().int(),
  });
  const AddValueRequest: z.ZodType<AddValueRequest> = k.object({
    value_type: ValueType,
    value: z.string(),
    id: z.string(),
  });
  const HandleProperty: z.ZodType<HandleProperty> = k.object({
    type: ValueType,
    value: z.string(),
    index: z.number().int(),
  });
  const Handle: z.ZodType<Handle> = k.object({
    id: z.string(),
    properties: z.array(HandleProperty),
  });
  const ListResponse: z.ZodType<ListResponse> = k.object({
    ids: z.array(z.string()),
  });
  const MintRequest: z.ZodType<MintRequest> = k.object({
    value_type: ValueType,
    value: z.string(),
  });
  const ModifyRequest: z.ZodType<ModifyRequest> = k.object({
    id: z.string(),
    index: z.number().int(),
    value: z.string(),
  });
  const RemoveRequest: z.ZodType<RemoveRequest> = k.object({
    id: z.string(),
    index: z.number().int(),
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
