// What pydantic's field types and validators reject beyond the plain shapes (→ 422): http
// URLs, e-mail addresses, duplicate template ids, overlapping annotations, duplicate deferred
// keys, and the dataset's access-uri / release-pair rules.
import type { ValidationIssue } from "../../spec/query.js";
import { rootIssue } from "../common/fastapi-422.js";
import { collectionFormatIssues } from "../datastore/collection-format.js";
import type { CollectionFormat } from "@provena-sdk/models/datastore";

type Domain = Readonly<Record<string, unknown>>;

const URL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  ORGANISATION: ["ror"],
  PERSON: ["orcid"],
  MODEL: ["documentation_url", "source_url"],
};

function urlIssue(value: unknown, loc: (string | number)[]): ValidationIssue | undefined {
  if (typeof value !== "string") return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { loc, msg: "invalid or missing URL scheme", type: "value_error.url.scheme" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { loc, msg: "URL scheme not permitted", type: "value_error.url.scheme", ctx: { allowed_schemes: ["http", "https"] } };
  }
  return undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function templateIds(list: unknown): string[] {
  return Array.isArray(list) ? list.map((t) => (t as { template_id?: unknown }).template_id).filter((id): id is string => typeof id === "string") : [];
}

const hasDuplicates = (values: readonly string[]): boolean => new Set(values).size !== values.length;

/** 422 issues for a parsed domain info of `subtype` (empty when it passes). */
export function modelRuleIssues(subtype: string, domain: Domain): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const field of URL_FIELDS[subtype] ?? []) {
    const issue = urlIssue(domain[field], ["body", field]);
    if (issue !== undefined) issues.push(issue);
  }
  if (subtype === "PERSON" && typeof domain.email === "string" && !EMAIL.test(domain.email)) {
    issues.push({ loc: ["body", "email"], msg: "value is not a valid email address", type: "value_error.email" });
  }
  if (subtype === "MODEL_RUN_WORKFLOW_TEMPLATE") {
    for (const side of ["input_templates", "output_templates"] as const) {
      if (hasDuplicates(templateIds(domain[side]))) issues.push({ loc: ["body", side], msg: `Duplicate template ids in ${side}.`, type: "value_error" });
    }
    const annotations = domain.annotations as { required?: unknown; optional?: unknown } | null | undefined;
    const required = Array.isArray(annotations?.required) ? (annotations.required as string[]) : [];
    const optional = Array.isArray(annotations?.optional) ? (annotations.optional as string[]) : [];
    if (required.some((key) => optional.includes(key))) {
      issues.push(rootIssue(["body", "annotations"], "Annotation keys cannot be both required and optional."));
    }
  }
  if (subtype === "DATASET_TEMPLATE" && Array.isArray(domain.deferred_resources)) {
    const keys = domain.deferred_resources.map((r) => (r as { key?: unknown }).key).filter((k): k is string => typeof k === "string");
    if (hasDuplicates(keys)) issues.push({ loc: ["body", "deferred_resources"], msg: "Deferred resource keys must be unique.", type: "value_error" });
  }
  if (subtype === "DATASET") {
    const cf = domain.collection_format as (CollectionFormat & { dataset_info?: { access_info?: { uri?: unknown } } }) | undefined;
    // The collection format's own validators (dates, licence, access info, temporal/spatial rules).
    if (cf !== undefined) issues.push(...collectionFormatIssues(cf, ["body", "collection_format"]));
    const uri = cf?.dataset_info?.access_info?.uri ?? null;
    const accessInfoUri = domain.access_info_uri ?? null;
    if (uri !== accessInfoUri) {
      issues.push(rootIssue(["body"], "access_info_uri must equal collection_format.dataset_info.access_info.uri."));
    }
    const approver = domain.release_approver ?? null;
    const timestamp = domain.release_timestamp ?? null;
    if ((approver === null) !== (timestamp === null)) {
      issues.push(rootIssue(["body"], "release_approver and release_timestamp must be both set or both unset."));
    }
  }
  return issues;
}
