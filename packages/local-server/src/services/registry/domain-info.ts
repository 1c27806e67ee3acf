// Parsing a subtype's domain info as the request body of create/update/validate (and when a
// revert re-validates a historical one): the shared model with pydantic semantics, then the
// validator rules; the result is what gets stored (nulls dropped).
import { safeParse } from "@provena-sdk/http-core";
import { REGISTRY_SUBTYPE_MODELS, type RegistrySubtype } from "@provena-sdk/models/registry";
import type { ValidationIssue } from "../../spec/query.js";
import { modelRuleIssues } from "./model-rules.js";
import { excludeNone } from "./registry-store.js";
import { requestModel } from "./request-models.js";
import { toValidationIssues } from "../common/fastapi-422.js";

export type DomainInfo = Record<string, unknown>;

export type DomainParse = { ok: true; domain: DomainInfo } | { ok: false; issues: ValidationIssue[] };

export function parseDomainInfo(subtype: RegistrySubtype, value: unknown): DomainParse {
  const schema = requestModel(REGISTRY_SUBTYPE_MODELS[subtype].domainInfo);
  const parsed = safeParse(schema, value);
  if (!parsed.success) return { ok: false, issues: toValidationIssues(parsed.error, value) };
  const domain = excludeNone(parsed.data as DomainInfo);
  const issues = modelRuleIssues(subtype, domain);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, domain };
}

/** The keys of a stored item that are record info, not domain info. */
export const RECORD_INFO_KEYS = [
  "id",
  "owner_username",
  "created_timestamp",
  "updated_timestamp",
  "item_category",
  "item_subtype",
  "record_type",
  "workflow_links",
  "versioning_info",
] as const;

/** The domain info part of a stored complete item. */
export function domainOf(item: Readonly<Record<string, unknown>>): DomainInfo {
  const out: DomainInfo = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === "history" || (RECORD_INFO_KEYS as readonly string[]).includes(key)) continue;
    out[key] = value;
  }
  return out;
}

/** Record info (+ nothing else) of a stored item. */
export function recordInfoOf(item: Readonly<Record<string, unknown>>): DomainInfo {
  const out: DomainInfo = {};
  for (const key of RECORD_INFO_KEYS) if (item[key] !== undefined) out[key] = item[key];
  return out;
}
