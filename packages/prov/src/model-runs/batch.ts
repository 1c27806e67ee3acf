// Batch registration. The API launches one MODEL_RUN_BATCH_SUBMIT job whose result names a
// batch; that job launches one lodge job per record into the batch. Waiting means: the submit
// job succeeded, then the batch listing (one request per poll, however many records) shows
// every child job finished. Each child is matched back to its record through its payload.
import { AbortError } from "@provena-sdk/http-core";
import type { JobStatusTable } from "@provena-sdk/jobs";
import { JobFailedError, JobTimeoutError } from "@provena-sdk/jobs";
import type { ProvContext } from "../context.js";
import { call } from "../context.js";
import { ProvJobResultError } from "../errors/prov-errors.js";
import type { ModelRunRecord, ProvenanceRecordInfo } from "../models.js";
import { ProvModels } from "../models.js";
import { checkRequestBody } from "../request-validation.js";
import { DEFAULT_PROV_WAIT_TIMEOUT_MS, waitOptionsOf } from "../waiting/wait-options.js";
import type { WaitOptions } from "../waiting/wait-options.js";
import { recordInfoOf, resultString, waitForJob } from "../waiting/wait-for-result.js";
import type { LaunchedJob, WaitableOptions } from "./model-run-actions.js";

/** What became of one record of a batch. */
export type BatchRecordResult =
  | {
      /** Position of the record in the array given to `registerBatch`. */
      readonly index: number;
      /** The record as given. */
      readonly record: ModelRunRecord;
      /** Session id of the record's own lodge job. */
      readonly sessionId: string;
      /** True: the record was registered. */
      readonly ok: true;
      /** The new MODEL_RUN item's id. */
      readonly modelRunId: string;
      /** The lodge job's result: id, PROV-JSON serialisation and record as lodged. */
      readonly recordInfo: ProvenanceRecordInfo;
    }
  | {
      /** Position of the record in the array given to `registerBatch`. */
      readonly index: number;
      /** The record as given. */
      readonly record: ModelRunRecord;
      /** Session id of the record's own lodge job. */
      readonly sessionId: string;
      /** False: the record's job failed; the others are unaffected. */
      readonly ok: false;
      /** Why: the failed job, or a result missing the model run's id. */
      readonly error: JobFailedError | ProvJobResultError;
    };

/** A batch whose jobs all finished: one result per record, in the order given. */
export interface CompletedBatch extends LaunchedJob {
  /** The batch id the submit job returned (list its jobs with @provena-sdk/jobs). */
  readonly batchId: string;
  /** One result per record, in the order given. */
  readonly results: BatchRecordResult[];
}

export async function registerBatch(context: ProvContext, records: ModelRunRecord[], options: WaitableOptions = {}): Promise<LaunchedJob | CompletedBatch> {
  const operationName = "prov.registerBatch";
  checkRequestBody(context, "RegisterBatchModelRunRequest", { records }, operationName);
  const body = await call(context, {
    method: "POST",
    path: "/model_run/register_batch",
    json: { records },
    schema: (mode) => ProvModels.get(mode).RegisterBatchModelRunResponse,
    signal: options.signal,
    operationName,
  });
  const sessionId = body.session_id;
  if (typeof sessionId !== "string" || sessionId === "") throw new ProvJobResultError("(none)", "a session id in the register_batch response", body);
  const wait = waitOptionsOf(options.wait, options.signal);
  if (wait === undefined) return { sessionId };

  const deadline = Date.now() + (wait.timeoutMs ?? DEFAULT_PROV_WAIT_TIMEOUT_MS);
  const submit = await waitForJob(context, sessionId, wait);
  const batchId = resultString(submit, "batch_id", "a batch id (result.batch_id)");
  const children = await waitForChildren(context, sessionId, batchId, records.length, wait, deadline);
  return { sessionId, batchId, results: matchChildren(context, batchId, records, children) };
}

const FINAL = new Set(["SUCCEEDED", "FAILED"]);

/** Polls the batch listing until `expected` jobs are there and final; a timeout names the submit job. */
async function waitForChildren(context: ProvContext, sessionId: string, batchId: string, expected: number, wait: WaitOptions, deadline: number): Promise<JobStatusTable[]> {
  let interval = wait.pollIntervalMs ?? 500;
  const seen = new Map<string, string>();
  let lastStatus: JobStatusTable["status"] | undefined;
  for (;;) {
    if (wait.signal?.aborted === true) throw new AbortError({ what: `waiting for batch ${batchId}`, cause: wait.signal.reason });
    const jobs = await context.jobs().listBatch(batchId, { signal: wait.signal });
    for (const job of jobs) {
      if (seen.get(job.session_id) !== job.status) {
        seen.set(job.session_id, job.status);
        wait.onProgress?.(job);
      }
    }
    const pending = jobs.filter((j) => !FINAL.has(j.status));
    if (jobs.length >= expected && pending.length === 0) return jobs;
    lastStatus = pending[0]?.status ?? lastStatus;
    const left = deadline - Date.now();
    if (left <= 0) throw new JobTimeoutError(sessionId, wait.timeoutMs ?? DEFAULT_PROV_WAIT_TIMEOUT_MS, lastStatus);
    await pause(Math.min(interval, left), wait.signal);
    interval = Math.min(5_000, interval * 1.5);
  }
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

/** Key of a record for matching: its JSON with null/absent fields dropped and keys sorted. */
export function recordKey(value: unknown): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical);
    if (typeof v !== "object" || v === null) return v;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) {
      const item = (v as Record<string, unknown>)[key];
      if (item !== null && item !== undefined) out[key] = canonical(item);
    }
    return out;
  };
  return JSON.stringify(canonical(value));
}

function matchChildren(context: ProvContext, batchId: string, records: ModelRunRecord[], children: JobStatusTable[]): BatchRecordResult[] {
  // Identical records are interchangeable: each key holds a queue of record indexes.
  const byKey = new Map<string, number[]>();
  records.forEach((record, index) => {
    const key = recordKey(record);
    byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  const results = new Array<BatchRecordResult | undefined>(records.length);
  const unmatched: JobStatusTable[] = [];
  const ordered = [...children].sort((a, b) => a.created_timestamp - b.created_timestamp);
  for (const job of ordered) {
    const index = byKey.get(recordKey(job.payload["record"]))?.shift();
    if (index === undefined) unmatched.push(job);
    else results[index] = resultOf(context, index, records[index]!, job);
  }
  // A server that rewrote the records (defaults filled in): fall back to launch order.
  for (let index = 0; index < records.length; index++) {
    if (results[index] !== undefined) continue;
    const job = unmatched.shift();
    if (job === undefined) throw new ProvJobResultError(batchId, `a job for record ${index} in the batch listing`, children.length);
    results[index] = resultOf(context, index, records[index]!, job);
  }
  return results as BatchRecordResult[];
}

function resultOf(context: ProvContext, index: number, record: ModelRunRecord, job: JobStatusTable): BatchRecordResult {
  const base = { index, record, sessionId: job.session_id };
  if (job.status === "FAILED") return { ...base, ok: false, error: new JobFailedError(job) };
  try {
    const recordInfo = recordInfoOf(context, job);
    return { ...base, ok: true, modelRunId: recordInfo.id, recordInfo };
  } catch (error) {
    if (error instanceof ProvJobResultError) return { ...base, ok: false, error };
    throw error;
  }
}
