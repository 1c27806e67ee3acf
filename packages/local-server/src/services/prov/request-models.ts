// The Prov API's request-body models: the shared generated models with pydantic semantics,
// plus the ModelRunRecord rules the spec cannot state (non-empty names, start ≤ end → 422).
import { safeParse } from "@provena-sdk/http-core";
import { buildProvModels, type ModelRunRecord } from "@provena-sdk/models/prov";
import type { ValidationIssue } from "../../spec/query.js";
import { rootIssue, toValidationIssues } from "../common/fastapi-422.js";
import { serverModels } from "../common/server-model-kit.js";
import { excludeNone } from "../registry/registry-store.js";

export const provRequestModels = serverModels(buildProvModels);

type Loc = readonly (string | number)[];

/** Rules of upstream's `ModelRunRecord` beyond its shape, for a record found at `loc`. */
export function recordRuleIssues(record: ModelRunRecord, loc: Loc): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const field of ["display_name", "description"] as const) {
    if (record[field] === "") {
      issues.push({ loc: [...loc, field], msg: "ensure this value has at least 1 characters", type: "value_error.any_str.min_length", ctx: { limit_value: 1 } });
    }
  }
  if (record.start_time > record.end_time) issues.push(rootIssue(loc, "The start time of a model run must not be after its end time."));
  return issues;
}

export type RecordParse = { ok: true; record: ModelRunRecord } | { ok: false; issues: ValidationIssue[] };

/** Parses one ModelRunRecord (nulls dropped, as stored) found at `loc` in `root`. */
export function parseRecord(value: unknown, loc: Loc = ["body"]): RecordParse {
  const parsed = safeParse(provRequestModels().ModelRunRecord, value);
  if (!parsed.success) return { ok: false, issues: toValidationIssues(parsed.error, value, loc) };
  const record = excludeNone(parsed.data);
  const issues = recordRuleIssues(record, loc);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, record };
}
