// The data store's field rules for dataset metadata (behaviour.md §3.2 mint step 2 and §3.3),
// which the generated model cannot express: they relate fields to each other. Checked
// client-side before mint and update so a bad combination is named before anything is sent.
import type { CollectionFormat } from "@provena-sdk/models/datastore";
import type { RequestIssue } from "@provena-sdk/http-core";

const APPROVALS = ["ethics_registration", "ethics_access", "indigenous_knowledge", "export_controls"] as const;

/**
 * Every violation of the data store's cross-field rules in `format` (empty when it follows them):
 * each approval relevant and obtained together, a date value when `relevant`, published not
 * before created, `access_info.uri`/`description` absent when reposited and required when not,
 * a duration that does not end before it begins. The client runs it before mint and update;
 * call it to check a form as it is filled. Assumes `format` already passed the model check.
 */
export function collectionFormatIssues(format: CollectionFormat): RequestIssue[] {
  const issues: RequestIssue[] = [];
  for (const name of APPROVALS) {
    const check = format.approvals[name];
    const relevant = check.relevant ?? false;
    const obtained = check.obtained ?? false;
    if (relevant !== obtained) {
      issues.push({
        path: ["approvals", name],
        message: relevant ? "relevant but not obtained: a relevant approval must have been obtained" : "obtained but not relevant: only a relevant approval can be obtained",
      });
    }
  }
  const info = format.dataset_info;
  for (const name of ["created_date", "published_date"] as const) {
    const date = info[name];
    const hasValue = date.value !== undefined && date.value !== null;
    if ((date.relevant ?? false) && !hasValue) issues.push({ path: ["dataset_info", name, "value"], message: "required when relevant is true" });
  }
  const created = info.created_date.value;
  const published = info.published_date.value;
  if (typeof created === "string" && typeof published === "string" && published < created) {
    issues.push({ path: ["dataset_info", "published_date", "value"], message: `the published date ${published} is before the created date ${created}` });
  }
  const access = info.access_info;
  const hasUri = access.uri !== undefined && access.uri !== null;
  const hasDescription = access.description !== undefined && access.description !== null;
  if (access.reposited ?? true) {
    if (hasUri) issues.push({ path: ["dataset_info", "access_info", "uri"], message: "must be absent for a reposited dataset (its data lives in the data store)" });
    if (hasDescription) issues.push({ path: ["dataset_info", "access_info", "description"], message: "must be absent for a reposited dataset" });
  } else {
    if (!hasUri) issues.push({ path: ["dataset_info", "access_info", "uri"], message: "required for a dataset stored elsewhere (reposited: false)" });
    if (!hasDescription) issues.push({ path: ["dataset_info", "access_info", "description"], message: "required for a dataset stored elsewhere (reposited: false)" });
  }
  const duration = info.temporal_info?.duration;
  if (duration !== undefined && duration !== null && duration.end_date < duration.begin_date) {
    issues.push({ path: ["dataset_info", "temporal_info", "duration", "end_date"], message: `the end date ${duration.end_date} is before the begin date ${duration.begin_date}` });
  }
  return issues;
}
