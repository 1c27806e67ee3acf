// Waits for one prov job and reads what its result must hold.
import { ActivityWaitError } from "@provena-sdk/jobs";
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

/**
 * Waits for the job a model-run action launched. Any failure (job failed, timed out, lost,
 * aborted) is an ActivityWaitError naming the job (and the model run, when it existed before the
 * job), with the original error as `cause`: the action was accepted whatever happened to the wait.
 */
export async function waitForLaunched(context: ProvContext, target: { sessionId: string; itemId?: string | undefined; operationName: string }, options: WaitOptions): Promise<JobStatusTable> {
  try {
    return await waitForJob(context, target.sessionId, options);
  } catch (error) {
    throw new ActivityWaitError({ ...target, cause: error });
  }
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
