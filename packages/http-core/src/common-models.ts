// GENERATED FILE: do not edit by hand.
// Source: specs/provena/registry.json (5 component schemas).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import * as z from "zod/mini";
import { type BuildModelsOptions, defineModel, defineModels, type ModelKit, type ModelSet } from "./models.js";

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

// ---- Models (each built on first use, per validation mode) ----

/** Validates a {@link Status}; built on first use per validation mode (`StatusSchema("lenient")`). */
export const StatusSchema = /* @__PURE__ */ defineModel<Status>((k, _o) =>
  k.object({
      success: z.boolean(),
      details: z.string(),
    }),
);

/** Validates a {@link StatusResponse}; built on first use per validation mode (`StatusResponseSchema("lenient")`). */
export const StatusResponseSchema = /* @__PURE__ */ defineModel<StatusResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
    }),
);

/** Validates a {@link User}; built on first use per validation mode (`UserSchema("lenient")`). */
export const UserSchema = /* @__PURE__ */ defineModel<User>((k, _o) =>
  k.object({
      username: z.string(),
      email: k.optional(z.string()),
      roles: z.array(z.string()),
      access_token: z.string(),
    }),
);

/** Validates a {@link ValidationError}; built on first use per validation mode (`ValidationErrorSchema("lenient")`). */
export const ValidationErrorSchema = /* @__PURE__ */ defineModel<ValidationError>((k, _o) =>
  k.object({
      loc: z.array(z.union([z.string(), z.number().check(z.int())])),
      msg: z.string(),
      type: z.string(),
    }),
);

/** Validates a {@link HTTPValidationError}; built on first use per validation mode (`HTTPValidationErrorSchema("lenient")`). */
export const HTTPValidationErrorSchema = /* @__PURE__ */ defineModel<HTTPValidationError>((k, o) =>
  k.object({
      detail: k.optional(z.array(ValidationErrorSchema(k, o))),
    }),
);

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
export const COMMON_FORBIDS_EXTRA: ReadonlySet<CommonModelName> = /* @__PURE__ */ new Set<CommonModelName>([]);

/** Field defaults from the spec, for building requests; parsing never fills them in. */
export const CommonDefaults = {} as const;

/** Builds every Common model for the kit's mode. Most callers want {@link CommonModels}, or one `<Name>Schema`. */
export function buildCommonModels(k: ModelKit, options: BuildModelsOptions = {}): CommonModelSet {
  return {
    Status: StatusSchema(k, options),
    StatusResponse: StatusResponseSchema(k, options),
    User: UserSchema(k, options),
    ValidationError: ValidationErrorSchema(k, options),
    HTTPValidationError: HTTPValidationErrorSchema(k, options),
  };
}

/** The Common models, built lazily per mode: `CommonModels.lenient.X` (default) or `.strict.X` (tests). */
export const CommonModels: ModelSet<CommonModelSet> = /* @__PURE__ */ defineModels((k) => buildCommonModels(k));
