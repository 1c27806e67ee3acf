// The in-process job runner over real HTTP: a launched job's row appears after the first step
// (fetch is 400 until then), moves PENDING → DEQUEUED → IN_PROGRESS → SUCCEEDED/FAILED, and
// server.stop() cancels whatever is still scheduled.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JobStatusValues, JobSubTypeValues, type GetJobResponse, type JobStatusTable } from "@provena-sdk/models/jobs";
import { memoryStorage, startLocalServer, type LocalServer, type Storage } from "../src/index.js";
import { JOBS_TABLE, type JobRow } from "../src/services/jobs/job-table.js";
import { EMAIL_OUTBOX_TABLE } from "../src/services/jobs/builtin-workers.js";
import { workerFor } from "../src/services/jobs/workers.js";
import { callJobs, eventually, sleep } from "./jobs-helpers.js";

let server: LocalServer;
let storage: Storage;
let base: string;
let admin: string;
let user1: string;
const statusLog = new Map<string, string[]>();

beforeAll(async () => {
  storage = memoryStorage();
  // Every status a row ever had, in order, straight from the storage seam.
  storage.table<JobRow>(JOBS_TABLE).subscribe((key, value) => {
    if (value !== undefined) statusLog.set(key, [...(statusLog.get(key) ?? []), value.job.status]);
  });
  server = await startLocalServer({ storage, jobStepDelayMs: 30 });
  base = server.endpoints.jobs;
  admin = server.mintToken("admin");
  user1 = server.mintToken("user1");
});
afterAll(() => server.stop());

async function launch(jobSubType: string, jobType: string, payload: Record<string, unknown>, username = "user1"): Promise<string> {
  const res = await callJobs<{ session_id: string; batch_id: string | null }>(base, admin, "POST", "/jobs/admin/launch", {
    body: { username, job_type: jobType, job_sub_type: jobSubType, job_payload: payload },
  });
  expect(res.status).toBe(200);
  return res.body.session_id;
}

async function settled(sessionId: string, token = user1): Promise<JobStatusTable> {
  return eventually(async () => {
    const res = await callJobs<GetJobResponse>(base, token, "GET", "/jobs/user/fetch", { query: { session_id: sessionId } });
    if (res.status !== 200) return undefined;
    return res.body.job.status === "SUCCEEDED" || res.body.job.status === "FAILED" ? res.body.job : undefined;
  });
}

describe("job lifecycle", () => {
  it("answers 400 until the row exists, then runs the job to SUCCEEDED through every status", async () => {
    // A slow server of its own, so the early fetch lands before the row on a loaded machine too.
    const slow = await startLocalServer({ jobStepDelayMs: 1_000 });
    try {
      const res = await callJobs<{ session_id: string }>(slow.endpoints.jobs, slow.mintToken("admin"), "POST", "/jobs/admin/launch", {
        body: { username: "user1", job_type: "REGISTRY", job_sub_type: "REGISTRY_WAKE_UP", job_payload: { reason: "warm" } },
      });
      const early = await callJobs(slow.endpoints.jobs, slow.mintToken("user1"), "GET", "/jobs/user/fetch", { query: { session_id: res.body.session_id } });
      expect(early).toEqual({ status: 400, body: { detail: "Item was not found." } });
    } finally {
      await slow.stop();
    }

    const sessionId = await launch("REGISTRY_WAKE_UP", "REGISTRY", { reason: "warm" });

    const job = await settled(sessionId);
    expect(job).toMatchObject({
      session_id: sessionId,
      username: "user1",
      job_type: "REGISTRY",
      job_sub_type: "REGISTRY_WAKE_UP",
      payload: { reason: "warm" },
      gsi_status: "ok",
      status: "SUCCEEDED",
      batch_id: null,
      info: null,
      result: {},
    });
    expect(Number.isInteger(job.created_timestamp)).toBe(true);
    expect(statusLog.get(sessionId)).toEqual(["PENDING", "DEQUEUED", "IN_PROGRESS", "SUCCEEDED"]);
  });

  it("runs SEND_EMAIL into the local outbox", async () => {
    const payload = { email_to: "someone@example.com", subject: "Hello", body: "Text", reason: "test" };
    const sessionId = await launch("SEND_EMAIL", "EMAIL", payload);
    expect((await settled(sessionId)).status).toBe("SUCCEEDED");
    expect(storage.table(EMAIL_OUTBOX_TABLE).get(sessionId)).toMatchObject(payload);
  });

  it("fails a job whose worker throws, with the error as info and a null result", async () => {
    const sessionId = await launch("SEND_EMAIL", "EMAIL", { email_to: "not-an-address", subject: "s", body: "b", reason: "r" });
    const job = await settled(sessionId);
    expect(job).toMatchObject({ status: "FAILED", result: null, info: 'Failed to send email: "not-an-address" is not a valid email address.' });
    expect(statusLog.get(sessionId)).toEqual(["PENDING", "DEQUEUED", "IN_PROGRESS", "FAILED"]);
  });

  it("has a worker for every job sub-type the spec names", () => {
    // The launch route only accepts the spec's sub-types, so a missing worker would strand a job.
    expect(JobSubTypeValues.filter((subType) => workerFor(subType) === undefined)).toEqual([]);
  });

  it("reports only known statuses", () => {
    for (const statuses of statusLog.values()) for (const status of statuses) expect(JobStatusValues).toContain(status);
  });
});

describe("server.stop()", () => {
  it("cancels every scheduled job step", async () => {
    const own = memoryStorage();
    const short = await startLocalServer({ storage: own, jobStepDelayMs: 40 });
    const res = await callJobs<{ session_id: string }>(short.endpoints.jobs, short.mintToken("admin"), "POST", "/jobs/admin/launch", {
      body: { job_type: "EMAIL", job_sub_type: "EMAIL_WAKE_UP", job_payload: {} },
    });
    expect(res.status).toBe(200);
    await short.stop();
    await sleep(200);
    expect(own.table(JOBS_TABLE).size).toBe(0);
  });

  it("rejects a negative step delay", async () => {
    await expect(startLocalServer({ jobStepDelayMs: -1 })).rejects.toThrow(/jobStepDelayMs must be a non-negative number/);
  });
});
