// GENERATED FILE: do not edit by hand.
// Source: specs/provena/search.json (3 component schemas, plus 4 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import * as z from "zod/mini";
import { buildCommonModels, type BuildModelsOptions, defineModels, type ModelKit, type ModelSet, type UnknownString } from "@provena-sdk/http-core";
import type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";

// ---- Types (what parsing returns in lenient mode; strict mode returns a subset) ----

/** The `ItemSubType` model of the Search API. */
export const ItemSubTypeValues = [
  "WORKFLOW_RUN",
  "MODEL_RUN",
  "STUDY",
  "CREATE",
  "VERSION",
  "PERSON",
  "ORGANISATION",
  "SOFTWARE",
  "MODEL",
  "WORKFLOW_TEMPLATE",
  "MODEL_RUN_WORKFLOW_TEMPLATE",
  "DATASET",
  "DATASET_TEMPLATE",
] as const;
/** One of {@link ItemSubTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type ItemSubType = (typeof ItemSubTypeValues)[number] | UnknownString;

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

// ---- Models ----

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
export const SEARCH_FORBIDS_EXTRA: ReadonlySet<SearchModelName> = new Set<SearchModelName>([]);

/** Field defaults from the spec, for building requests; parsing never fills them in. */
export const SearchDefaults = {} as const;

/** Builds every Search model for the kit's mode. Most callers want {@link SearchModels}. */
export function buildSearchModels(k: ModelKit, options: BuildModelsOptions = {}): SearchModelSet {
  const { Status, User, HTTPValidationError, ValidationError } = buildCommonModels(k, options);

  const ItemSubType: z.ZodMiniType<ItemSubType> = k.enum(ItemSubTypeValues);
  const QueryResult: z.ZodMiniType<QueryResult> = k.object({
    id: z.string(),
    score: z.number(),
  });
  const QueryResults: z.ZodMiniType<QueryResults> = k.object({
    status: Status,
    results: k.optional(z.array(QueryResult)),
    warnings: k.optional(z.array(z.string())),
  });

  return {
    Status,
    User,
    HTTPValidationError,
    ValidationError,
    ItemSubType,
    QueryResult,
    QueryResults,
  };
}

/** The Search models, built lazily per mode: `SearchModels.lenient.X` (default) or `.strict.X` (tests). */
export const SearchModels: ModelSet<SearchModelSet> = defineModels((k) => buildSearchModels(k));
