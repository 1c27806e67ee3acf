// GENERATED FILE: do not edit by hand.
// Source: specs/provena/search.json (2 component schemas, plus 4 shared ones from @provena-sdk/http-core and 1 from ../registry/generated.js).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import * as z from "zod/mini";
import { type BuildModelsOptions, defineModel, defineModels, HTTPValidationErrorSchema, type ModelKit, type ModelSet, StatusSchema, UserSchema, ValidationErrorSchema } from "@provena-sdk/http-core";
import type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
import { ItemSubTypeSchema } from "../registry/generated.js";
import type { ItemSubType } from "../registry/generated.js";
export { ItemSubTypeValues, ItemSubTypeSchema } from "../registry/generated.js";
export type { ItemSubType } from "../registry/generated.js";

// ---- Types (what parsing returns in lenient mode; strict mode returns a subset) ----

/** The `QueryResult` model of the Search API. */
export interface QueryResult {
  /** Id */
  id: string;
  /** Score */
  score: number;
}

/** The `QueryResults` model of the Search API. */
export interface QueryResults {
  /** Status */
  status: Status;
  /** Results */
  results?: QueryResult[] | null;
  /** Warnings */
  warnings?: string[] | null;
}

// ---- Models (each built on first use, per validation mode) ----

/** Validates a {@link QueryResult}; built on first use per validation mode (`QueryResultSchema("lenient")`). */
export const QueryResultSchema = /* @__PURE__ */ defineModel<QueryResult>((k, _o) =>
  k.object({
      id: z.string(),
      score: z.number(),
    }),
);

/** Validates a {@link QueryResults}; built on first use per validation mode (`QueryResultsSchema("lenient")`). */
export const QueryResultsSchema = /* @__PURE__ */ defineModel<QueryResults>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      results: k.optional(z.array(QueryResultSchema(k, o))),
      warnings: k.optional(z.array(z.string())),
    }),
);

/** Every Search model, as built for one validation mode. */
export interface SearchModelSet {
  /** Validates a {@link Status}. */
  readonly Status: z.ZodMiniType<Status>;
  /** Validates a {@link User}. */
  readonly User: z.ZodMiniType<User>;
  /** Validates a {@link HTTPValidationError}. */
  readonly HTTPValidationError: z.ZodMiniType<HTTPValidationError>;
  /** Validates a {@link ValidationError}. */
  readonly ValidationError: z.ZodMiniType<ValidationError>;
  /** Validates a {@link ItemSubType}. */
  readonly ItemSubType: z.ZodMiniType<ItemSubType>;
  /** Validates a {@link QueryResult}. */
  readonly QueryResult: z.ZodMiniType<QueryResult>;
  /** Validates a {@link QueryResults}. */
  readonly QueryResults: z.ZodMiniType<QueryResults>;
}

/** The name of one Search model. */
export type SearchModelName = keyof SearchModelSet;

/** Models whose upstream class forbids unknown keys (`additionalProperties: false`). */
export const SEARCH_FORBIDS_EXTRA: ReadonlySet<SearchModelName> = /* @__PURE__ */ new Set<SearchModelName>([]);

/** Field defaults from the spec, for building requests; parsing never fills them in. */
export const SearchDefaults = {} as const;

/** Builds every Search model for the kit's mode. Most callers want {@link SearchModels}, or one `<Name>Schema`. */
export function buildSearchModels(k: ModelKit, options: BuildModelsOptions = {}): SearchModelSet {
  return {
    Status: StatusSchema(k, options),
    User: UserSchema(k, options),
    HTTPValidationError: HTTPValidationErrorSchema(k, options),
    ValidationError: ValidationErrorSchema(k, options),
    ItemSubType: ItemSubTypeSchema(k, options),
    QueryResult: QueryResultSchema(k, options),
    QueryResults: QueryResultsSchema(k, options),
  };
}

/** The Search models, built lazily per mode: `SearchModels.lenient.X` (default) or `.strict.X` (tests). */
export const SearchModels: ModelSet<SearchModelSet> = /* @__PURE__ */ defineModels((k) => buildSearchModels(k));
