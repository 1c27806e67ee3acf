// GENERATED FILE: do not edit by hand.
// Source: specs/provena/registry.json (5 component schemas).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import * as z from "zod/mini";
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

/** The `HTTPValidationError` model of the Provena APIs (shared by every service). */
export interface HTTPValidationError {
  /** Detail */
  detail?: ValidationError[] | null;
}

/** The `Status` model of the Provena APIs (shared by every service). */
export interface Status {
  /** Success */
  success: boolean;
  /** Details */
  details: string;
}

/** The `StatusResponse` model of the Provena APIs (shared by every service). */
export interface StatusResponse {
  /** Status */
  status: Status;
}

/** The `User` model of the Provena APIs (shared by every service). */
export interface User {
  /** Username */
  username: string;
  /** Email */
  email?: string | null;
  /** Roles */
  roles: string[];
  /** Access Token */
  access_token: string;
}

/** The `ValidationError` model of the Provena APIs (shared by every service). */
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
  /** Validates a {@link Status}. */
  readonly Status: z.ZodMiniType<Status>;
  /** Validates a {@link StatusResponse}. */
  readonly StatusResponse: z.ZodMiniType<StatusResponse>;
  /** Validates a {@link User}. */
  readonly User: z.ZodMiniType<User>;
  /** Validates a {@link ValidationError}. */
  readonly ValidationError: z.ZodMiniType<ValidationError>;
  /** Validates a {@link HTTPValidationError}. */
  readonly HTTPValidationError: z.ZodMiniType<HTTPValidationError>;
}

/** The name of one Common model. */
export type CommonModelName = keyof CommonModelSet;

/** Models whose upstream class forbids unknown keys (`additionalProperties: false`). */
export const COMMON_FORBIDS_EXTRA: ReadonlySet<CommonModelName> = new Set<CommonModelName>([]);

/** Field defaults from the spec, for building requests; parsing never fills them in. */
export const CommonDefaults = {} as const;

/** Builds every Common model for the kit's mode. Most callers want {@link CommonModels}. */
export function buildCommonModels(k: ModelKit, _options: BuildModelsOptions = {}): CommonModelSet {
  const Status: z.ZodMiniType<Status> = k.object({
    success: z.boolean(),
    details: z.string(),
  });
  const StatusResponse: z.ZodMiniType<StatusResponse> = k.object({
    status: Status,
  });
  const User: z.ZodMiniType<User> = k.object({
    username: z.string(),
    email: k.optional(z.string()),
    roles: z.array(z.string()),
    access_token: z.string(),
  });
  const ValidationError: z.ZodMiniType<ValidationError> = k.object({
    loc: z.array(z.union([z.string(), z.number().check(z.int())])),
    msg: z.string(),
    type: z.string(),
  });
  const HTTPValidationError: z.ZodMiniType<HTTPValidationError> = k.object({
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
