// Job listing pages as upstream's DynamoDB queries give them: newest first, `limit` rows per
// page (default 10), and an opaque `pagination_key` (the last row's index keys, as DynamoDB's
// LastEvaluatedKey) to continue from, `null` once nothing is left.
import type { JobStatusTable } from "@provena-sdk/models/jobs";
import { newestFirst, type JobRow } from "./job-table.js";

export const DEFAULT_LIMIT = 10;

/** Which index a listing reads: its partition key joins `session_id` and the timestamp in the key. */
export type PageIndex = "username" | "batch_id" | "gsi_status";

export type PageResult = { ok: true; jobs: JobStatusTable[]; pagination_key: Record<string, unknown> | null } | { ok: false; detail: string };

function keyOf(row: JobRow, index: PageIndex): Record<string, unknown> {
  return { session_id: row.job.session_id, created_timestamp: row.job.created_timestamp, [index]: row.job[index] ?? null };
}

/** One page of `rows` (any order; sorted newest first here) after `paginationKey`. */
export function pageOf(rows: Iterable<JobRow>, index: PageIndex, limit: number, paginationKey: Record<string, unknown> | null | undefined): PageResult {
  if (!Number.isInteger(limit) || limit < 1) return { ok: false, detail: `The limit must be a positive integer, got ${limit}.` };
  const sorted = newestFirst(rows);
  let start = 0;
  if (paginationKey !== null && paginationKey !== undefined) {
    const after = sorted.findIndex((row) => row.job.session_id === paginationKey.session_id);
    if (after < 0) return { ok: false, detail: "Invalid pagination key: it does not match a job of this listing." };
    start = after + 1;
  }
  const page = sorted.slice(start, start + limit);
  const last = page.at(-1);
  const more = start + limit < sorted.length;
  return { ok: true, jobs: page.map((row) => row.job), pagination_key: more && last !== undefined ? keyOf(last, index) : null };
}
