// Waits for one prov job and reads what its result must hold.
import type { JobStatusTable } from "@provena-sdk/jobs";
import type { ProvContext } from "../context.js";
import { ProvJobResultError } from "../errors/prov-errors.js";
import type { ProvenanceRecordInfo } from "../models.js";
import { ProvModels } from "../models.js";
import type { WaitOptions } from "./wait-options.js";
import { DEFAULT_PROV_WAIT_TIMEOUT_MS } from "./wait-options.js";

export function waitForJob(context: ProvContext, sessionId: string, options: WaitOptions): Promise<JobStatusTable> {
  return context.jobs().waitFor(sessionId, {
    timeoutMs: options.timeoutMs ?? DEFAULT_PROV_WAIT_TIMEOUT_MS,
    pollIntervalMs: options.pollIntervalMs,
    signal: options.signal,
    onProgress: options.onProgress,
  });
}

/** `result.record` of a lodge, update or link job (ProvLodgeModelRunResult and friends), checked. */
export function recordInfoOf(context: ProvContext, job: JobStatusTable): ProvenanceRecordInfo {
  const record = job.result?.["record"];
  const parsed = ProvModels.get(context.transport.validation).ProvenanceRecordInfo.safeParse(record);
  if (!parsed.success) throw new ProvJobResultError(job.session_id, "a provenance record (result.record with id, prov_json and record)", job.result);
  return parsed.data;
}

/** A string field of a job's result (`batch_id`, `report_url`). */
export function resultString(job: JobStatusTable, key: string, what: string): string {
  const value = job.result?.[key];
  if (typeof value !== "string" || value === "") throw new ProvJobResultError(job.session_id, what, job.result);
  return value;
}
