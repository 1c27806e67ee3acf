// GENERATED FILE: do not edit by hand.
// Source: specs/provena/registry.json (5 component schemas).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import { z } from "zod";
import { defineModels, type ModelKit, type ModelSet } from "./models.js";

/** How a model set is built beyond its validation mode. */
export interface BuildModelsOptions {
  /**
   * Reject unknown keys on the models upstream declares `Extra.forbid` in both modes (a
   * server validating request bodies needs this; SDK response parsing does not).
   */
  readonly forbidExtra?: boolean;
}

// ---- Types (what parsing returns in lenient mode; strict mode returns a subset) ----

export interface HTTPValidationError {
  detail?: ValidationError[] | null;
}

export interface Status {
  success: boolean;
  details: string;
}

export interface StatusResponse {
  status: Status;
}

export interface User {
  username: string;
  email?: string | null;
  roles: string[];
  access_token: string;
}

export interface ValidationError {
  /** Location */
  loc: (string | number)[];
  /** Message */
  msg: string;
  /** Error Type */
  type: string;
}

// ---- Models ----

/** Every Common model, as built for one validation mode. */
export interface CommonModelSet {
  readonly Status: z.ZodType<Status>;
  readonly StatusResponse: z.ZodType<StatusResponse>;
  readonly User: z.ZodType<User>;
  readonly ValidationError: z.ZodType<ValidationError>;
  readonly HTTPValidationError: z.ZodType<HTTPValidationError>;
}

export type CommonModelName = keyof CommonModelSet;

/** Models whose upstream class forbids unknown keys (`additionalProperties: false`). */
export const COMMON_FORBIDS_EXTRA: ReadonlySet<CommonModelName> = new Set<CommonModelName>([]);

/** Field defaults from the spec, for building requests; parsing never fills them in. */
export const CommonDefaults = {} as const;

/** Builds every Common model for the kit's mode. Most callers want {@link CommonModels}. */
export function buildCommonModels(k: ModelKit, _options: BuildModelsOptions = {}): CommonModelSet {
  const Status: z.ZodType<Status> = k.object({
    success: z.boolean(),
    details: z.string(),
  });
  const StatusResponse: z.ZodType<StatusResponse> = k.object({
    status: Status,
  });
  const User: z.ZodType<User> = k.object({
    username: z.string(),
    email: k.optional(z.string()),
    roles: z.array(z.string()),
    access_token: z.string(),
  });
  const ValidationError: z.ZodType<ValidationError> = k.object({
    loc: z.array(z.union([z.string(), z.number().int()])),
    msg: z.string(),
    type: z.string(),
  });
  const HTTPValidationError: z.ZodType<HTTPValidationError> = k.object({
    detail: k.optional(z.array(ValidationError)),
  });

  return {
    Status,
    StatusResponse,
    User,
    ValidationError,
    HTTPValidationError,
  };
}

/** The Common models, built lazily per mode: `CommonModels.lenient.X` (default) or `.strict.X` (tests). */
export const CommonModels: ModelSet<CommonModelSet> = defineModels((k) => buildCommonModels(k));
