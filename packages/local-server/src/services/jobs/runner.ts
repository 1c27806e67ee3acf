// The in-process job runner: what the SNS topics, the connector lambda and the worker lambdas
// are upstream. `launch` answers at once; timers then write the row (PENDING), DEQUEUED,
// IN_PROGRESS, and run the sub-type's worker to SUCCEEDED (with its result) or FAILED (with
// `info`). Nothing here blocks a request, and `server.stop()` cancels every pending step.
import { randomUUID } from "node:crypto";
import type { JobStatus, JobStatusTable } from "@provena-sdk/models/jobs";
import { nowSeconds } from "../../realm/settings.js";
import { defineStore, type ServiceContext } from "../context.js";
import { jobsTable, queueTable, type JobRow } from "./job-table.js";
import type { JobLauncher, LaunchJobInput } from "./worker.js";
import { workerFor } from "./workers.js";

export class JobRunner implements JobLauncher {
  readonly #context: ServiceContext;
  readonly #timers = new Set<NodeJS.Timeout>();
  #nextSeq: number;
  #stopped = false;

  constructor(context: ServiceContext) {
    this.#context = context;
    let max = -1;
    for (const row of jobsTable(context).values()) max = Math.max(max, row.seq);
    for (const row of queueTable(context).values()) max = Math.max(max, row.seq);
    this.#nextSeq = max + 1;
    context.onDispose(() => this.stop());
  }

  launch(input: LaunchJobInput): { session_id: string; batch_id: string | null } {
    const job: JobStatusTable = {
      session_id: randomUUID(),
      created_timestamp: nowSeconds(),
      username: input.username,
      batch_id: input.batch_id ?? null,
      payload: structuredClone(input.payload),
      job_type: input.job_type,
      job_sub_type: input.job_sub_type,
      gsi_status: "ok",
      status: "PENDING",
      info: null,
      result: null,
    };
    // Recorded at once (so a launch the caller saw survives a restart), visible to fetch later.
    queueTable(this.#context).put(job.session_id, { seq: this.#nextSeq++, job });
    this.#later(() => this.#enqueue(job.session_id));
    return { session_id: job.session_id, batch_id: job.batch_id ?? null };
  }

  /**
   * Picks up what a previous server on the same storage left unfinished: launches whose row was
   * not written yet, and PENDING, DEQUEUED or IN_PROGRESS jobs (an IN_PROGRESS job runs again
   * from the start: its earlier run's effects were not committed without its outcome).
   */
  resume(): void {
    for (const [sessionId] of queueTable(this.#context).entries()) this.#later(() => this.#enqueue(sessionId));
    for (const row of jobsTable(this.#context).values()) {
      const id = row.job.session_id;
      if (row.job.status === "PENDING") this.#later(() => this.#dequeue(id));
      else if (row.job.status === "DEQUEUED") this.#later(() => this.#start(id));
      else if (row.job.status === "IN_PROGRESS") this.#later(() => this.#run(id));
    }
  }

  /** The stored job, or undefined while its row is not written yet (or never will be). */
  get(sessionId: string): JobStatusTable | undefined {
    return jobsTable(this.#context).get(sessionId)?.job;
  }

  /** Cancels every pending step; running workers finish but their outcome is not written. */
  stop(): void {
    this.#stopped = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  // Upstream's connector lambda writes the row a moment after launch: until then, fetch is 400.
  #enqueue(sessionId: string): void {
    const queue = queueTable(this.#context);
    const launched = queue.get(sessionId);
    if (launched === undefined) return;
    jobsTable(this.#context).put(sessionId, launched);
    queue.delete(sessionId);
    this.#later(() => this.#dequeue(sessionId));
  }

  #dequeue(sessionId: string): void {
    this.#setStatus(sessionId, "DEQUEUED");
    this.#later(() => this.#start(sessionId));
  }

  #start(sessionId: string): void {
    this.#setStatus(sessionId, "IN_PROGRESS");
    this.#run(sessionId);
  }

  #later(step: () => void): void {
    if (this.#stopped) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (!this.#stopped) step();
    }, this.#context.settings.jobStepDelayMs);
    this.#timers.add(timer);
  }

  #update(sessionId: string, change: Partial<JobStatusTable>): void {
    const table = jobsTable(this.#context);
    const row: JobRow | undefined = table.get(sessionId);
    if (row === undefined || this.#stopped) return;
    table.put(sessionId, { seq: row.seq, job: { ...row.job, ...change } });
  }

  #setStatus(sessionId: string, status: JobStatus): void {
    this.#update(sessionId, { status });
  }

  #run(sessionId: string): void {
    const job = this.get(sessionId);
    if (job?.status !== "IN_PROGRESS" || this.#stopped) return;
    const worker = workerFor(job.job_sub_type);
    if (worker === undefined) {
      this.#update(sessionId, { status: "FAILED", info: `provena-local has no worker for job sub type ${job.job_sub_type}.`, result: null });
      return;
    }
    // The worker's writes and the job's outcome commit together on a durable storage, so a
    // restart never finds a finished worker's effects under a job still IN_PROGRESS (which
    // would run it twice). A worker still busy after this turn of the event loop (real I/O)
    // commits as it goes instead, so answers to other requests are never held up for long.
    const release = this.#context.storage.hold?.() ?? (() => undefined);
    const giveUp = setImmediate(release);
    // A worker runs off the request path; its failure is the job's failure, never the server's.
    Promise.resolve()
      .then(() => worker(job, this.#context, this))
      .then(
        // A SUCCEEDED job always has a non-null result (`{}` at least), as upstream.
        (result) => this.#update(sessionId, { status: "SUCCEEDED", info: null, result: structuredClone(result ?? {}) }),
        (error: unknown) => this.#update(sessionId, { status: "FAILED", info: failureInfo(error), result: null }),
      )
      .finally(() => {
        clearImmediate(giveUp);
        release();
      });
  }
}

function failureInfo(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message === "" ? "Job failed without a message." : message;
}

/** The per-server runner. Services launch jobs with `context.store(JOB_RUNNER).launch({...})`. */
export const JOB_RUNNER = defineStore("jobs.runner", (context) => new JobRunner(context));
