// GENERATED FILE: do not edit by hand.
// Source: specs/provena/search.json (3 component schemas, plus 4 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import { z } from "zod";
import { buildCommonModels, type BuildModelsOptions, defineModels, type ModelKit, type ModelSet, type UnknownString } from "@provena-sdk/http-core";
import type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";

// ---- Types (what parsing returns in lenient mode; strict mode returns a subset) ----

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

export interface QueryResult {
  id: string;
  score: number;
}

export interface QueryResults {
  status: Status;
  results?: QueryResult[] | null;
  warnings?: string[] | null;
}

// ---- Models ----

/** Every Search model, as built for one validation mode. */
export interface SearchModelSet {
  readonly Status: z.ZodType<Status>;
  readonly User: z.ZodType<User>;
  readonly HTTPValidationError: z.ZodType<HTTPValidationError>;
  readonly ValidationError: z.ZodType<ValidationError>;
  readonly ItemSubType: z.ZodType<ItemSubType>;
  readonly QueryResult: z.ZodType<QueryResult>;
  readonly QueryResults: z.ZodType<QueryResults>;
}

export type SearchModelName = keyof SearchModelSet;

/** Models whose upstream class forbids unknown keys (`additionalProperties: false`). */
export const SEARCH_FORBIDS_EXTRA: ReadonlySet<SearchModelName> = new Set<SearchModelName>([]);

/** Field defaults from the spec, for building requests; parsing never fills them in. */
export const SearchDefaults = {} as const;

/** Builds every Search model for the kit's mode. Most callers want {@link SearchModels}. */
export function buildSearchModels(k: ModelKit, options: BuildModelsOptions = {}): SearchModelSet {
  const { Status, User, HTTPValidationError, ValidationError } = buildCommonModels(k, options);

  const ItemSubType: z.ZodType<ItemSubType> = k.enum(ItemSubTypeValues);
  const QueryResult: z.ZodType<QueryResult> = k.object({
    id: z.string(),
    score: z.number(),
  });
  const QueryResults: z.ZodType<QueryResults> = k.object({
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
