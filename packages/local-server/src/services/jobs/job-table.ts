// The `jobs.jobs` table: one row per job, written by the runner, read by the routes. A row
// keeps a launch sequence next to the job so "newest first" is exact even when many jobs share
// one created_timestamp second (upstream's index sorts on the timestamp alone).
import type { JobStatusTable } from "@provena-sdk/models/jobs";
import type { ServiceContext } from "../context.js";
import type { Table } from "../../store/storage.js";

export const JOBS_TABLE = "jobs.jobs";

export interface JobRow {
  /** Launch order, counting up per server (continues after the highest stored one). */
  readonly seq: number;
  readonly job: JobStatusTable;
}

export function jobsTable(context: ServiceContext): Table<JobRow> {
  return context.storage.table<JobRow>(JOBS_TABLE);
}

/** Launches whose row is not written yet (kept so a restart does not lose them). */
export const JOBS_QUEUE_TABLE = "jobs.queue";

export function queueTable(context: ServiceContext): Table<JobRow> {
  return context.storage.table<JobRow>(JOBS_QUEUE_TABLE);
}

/** Rows newest first (highest launch sequence first). */
export function newestFirst(rows: Iterable<JobRow>): JobRow[] {
  return [...rows].sort((a, b) => b.seq - a.seq);
}
