// waitFor / waitForChain against the local server's job runner: success with progress, FAILED
// with the job's info, "not found yet" tolerated for the grace period only, abort and timeout.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordGrant } from "@provena-sdk/auth-core";
import { AbortError, BadRequestError, ConfigurationError, createTransport, ProvenaError } from "@provena-sdk/http-core";
import { activityJobs, JobError, JobFailedError, JobNotFoundError, JobTimeoutError, JobStatusValues, type JobStatusTable } from "../src/index.js";
import { startLocalJobs, type LocalJobs } from "./support/local.js";

const quick = { pollIntervalMs: 5, maxPollIntervalMs: 20 };

describe("with a fast runner", () => {
  let local: LocalJobs;
  beforeAll(async () => {
    local = await startLocalJobs(40);
  });
  afterAll(() => local.server.stop());

  it("resolves with the SUCCEEDED job and reports each status change once, in order", async () => {
    const { session_id } = await local.launchWakeUp("user1");
    const seen: JobStatusTable[] = [];
    const job = await local.client("user1").waitFor(session_id, { ...quick, onProgress: (j) => seen.push(j) });
    expect(job).toMatchObject({ session_id, status: "SUCCEEDED", result: {}, username: "user1", job_sub_type: "REGISTRY_WAKE_UP" });
    const statuses = seen.map((j) => j.status);
    expect(statuses.at(-1)).toBe("SUCCEEDED");
    // Polling may miss a short-lived status, but never reports one twice or out of order.
    const order = statuses.map((s) => JobStatusValues.indexOf(s as (typeof JobStatusValues)[number]));
    expect(order).toEqual([...new Set(order)].sort((a, b) => a - b));
    expect(seen.every((j) => j.session_id === session_id)).toBe(true);
  });

  it("rejects with JobFailedError carrying the job's info and session id", async () => {
    const { session_id } = await local.client("admin").admin.launch({
      username: "user1",
      job_type: "EMAIL",
      job_sub_type: "SEND_EMAIL",
      job_payload: { email_to: "nobody", subject: "s", body: "b", reason: "r" },
    });
    const error = await local.client("user1").waitFor(session_id, quick).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).toBeInstanceOf(JobError);
    expect(error).toBeInstanceOf(ProvenaError);
    const failed = error as JobFailedError;
    expect(failed.sessionId).toBe(session_id);
    expect(failed.info).toBe('Failed to send email: "nobody" is not a valid email address.');
    expect(failed.job).toMatchObject({ status: "FAILED", result: null });
    expect(failed.message).toContain(`Job ${session_id} (SEND_EMAIL) failed: Failed to send email`);
  });

  it("gives up on an unknown session id when the grace period ends", async () => {
    const error = await local.client("user1").waitFor("no-such-session", { ...quick, notFoundGraceMs: 60 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobNotFoundError);
    expect(error).toMatchObject({ sessionId: "no-such-session", graceMs: 60 });
    expect((error as JobNotFoundError).cause).toBeInstanceOf(BadRequestError);
  });

  // Another user's job is a permission refusal (a 401 that a new token would not fix): no refresh, no retry.
  it("does not treat another user's job as pending: the 401 surfaces at once", async () => {
    const { session_id } = await local.launchWakeUp("user1");
    await local.client("user1").waitFor(session_id, quick);
    await expect(local.client("user2").waitFor(session_id, quick)).rejects.toMatchObject({ name: "PermissionDeniedError", status: 401 });
  });

  it("waitForChain resolves a job whose result names no lodge job with lodgeJob null", async () => {
    const { session_id } = await local.launchWakeUp("user1");
    const chain = await local.client("user1").waitForChain(session_id, quick);
    expect(chain.job).toMatchObject({ session_id, status: "SUCCEEDED" });
    expect(chain.lodgeJob).toBeNull();
  });

  it("waitForChain follows a registry job's lodge_session_id to its PROV_LODGE job", async () => {
    const { session_id } = await local.client("admin").admin.launch({
      username: "user1",
      job_type: "REGISTRY",
      job_sub_type: "REGISTER_CREATE_ACTIVITY",
      job_payload: { created_item_id: "10378.1/999", created_item_subtype: "MODEL", linked_person_id: "10378.1/998" },
    });
    const seen: string[] = [];
    const chain = await local.client("user1").waitForChain(session_id, { ...quick, onProgress: (j) => seen.push(`${j.job_sub_type}:${j.status}`) });
    expect(chain.job).toMatchObject({ session_id, status: "SUCCEEDED", job_type: "REGISTRY" });
    const lodgeSessionId = chain.job.result?.lodge_session_id;
    expect(typeof lodgeSessionId).toBe("string");
    expect(chain.lodgeJob).toMatchObject({ session_id: lodgeSessionId, job_type: "PROV_LODGE", job_sub_type: "LODGE_CREATE_ACTIVITY", status: "SUCCEEDED", username: "user1" });
    expect(seen.at(-1)).toBe("LODGE_CREATE_ACTIVITY:SUCCEEDED");
    expect(seen).toContain("REGISTER_CREATE_ACTIVITY:SUCCEEDED");
  });

  it("activityJobs waits for a chain as a JobsClient does, and sees only the caller's jobs", async () => {
    const { session_id } = await local.client("admin").admin.launch({
      username: "user1",
      job_type: "REGISTRY",
      job_sub_type: "REGISTER_CREATE_ACTIVITY",
      job_payload: { created_item_id: "10378.1/997", created_item_subtype: "MODEL", linked_person_id: "10378.1/996" },
    });
    const transportFor = (username: string) =>
      createTransport({ endpoints: local.server.endpoints, tokenProvider: passwordGrant({ issuer: local.server.issuer, username, password: username }), validation: "strict" });
    const chain = await activityJobs(transportFor("user1")).waitForChain(session_id, quick);
    expect(chain.job).toMatchObject({ session_id, status: "SUCCEEDED", job_type: "REGISTRY" });
    expect(chain.lodgeJob).toMatchObject({ session_id: chain.job.result?.lodge_session_id, job_type: "PROV_LODGE", status: "SUCCEEDED" });
    expect(await local.client("user1").waitForChain(session_id, quick)).toEqual(chain);
    await expect(activityJobs(transportFor("user2")).waitForChain(session_id, quick)).rejects.toMatchObject({ name: "PermissionDeniedError", status: 401 });
  });

  it("refuses unusable options", async () => {
    await expect(local.client("user1").waitFor("x", { backoff: 0.5 })).rejects.toBeInstanceOf(ConfigurationError);
    await expect(local.client("user1").waitFor("x", { timeoutMs: -1 })).rejects.toThrow(/timeoutMs must be a non-negative number/);
  });
});

describe("with a slow runner (each step 250 ms)", () => {
  let local: LocalJobs;
  beforeAll(async () => {
    local = await startLocalJobs(600);
  });
  afterAll(() => local.server.stop());

  it("treats 'not found yet' as pending within the grace period, then succeeds", async () => {
    const { session_id } = await local.launchWakeUp("user1");
    // The row is written one step after launch: right now the service does not know the job.
    await expect(local.client("user1").fetch(session_id)).rejects.toBeInstanceOf(BadRequestError);
    const job = await local.client("user1").waitFor(session_id, { pollIntervalMs: 50, notFoundGraceMs: 5_000 });
    expect(job.status).toBe("SUCCEEDED");
  });

  it("caps the growing pause at maxPollIntervalMs", async () => {
    const { session_id } = await local.launchWakeUp("user1");
    // Uncapped, a ×100 backoff would pause 10 ms, 1 s, 100 s: the job (several 600 ms steps)
    // would still be running at the second poll and the third would never come within 15 s.
    const job = await local.client("user1").waitFor(session_id, { pollIntervalMs: 10, backoff: 100, maxPollIntervalMs: 50, notFoundGraceMs: 5_000, timeoutMs: 15_000 });
    expect(job.status).toBe("SUCCEEDED");
  });

  it("rejects with JobTimeoutError when the overall timeout ends first", async () => {
    const { session_id } = await local.launchWakeUp("user1");
    const error = await local.client("user1").waitFor(session_id, { ...quick, timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error).toMatchObject({ sessionId: session_id, timeoutMs: 100, lastStatus: undefined });
    expect((error as Error).message).toBe(`Gave up waiting for job ${session_id} after 100 ms: its record never appeared`);
  });

  it("reports the last status it saw when timing out", async () => {
    const { session_id } = await local.launchWakeUp("user1");
    const client = local.client("user1");
    // Wait for the row (PENDING); the next step is 600 ms away, well past the 100 ms timeout.
    for (;;) {
      const row = await client.fetch(session_id).catch(() => undefined);
      if (row !== undefined) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const error = await client.waitFor(session_id, { ...quick, timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(["PENDING", "DEQUEUED", "IN_PROGRESS"]).toContain((error as JobTimeoutError).lastStatus);
  });

  it("stops at once when the caller aborts, mid-wait or before starting", async () => {
    const { session_id } = await local.launchWakeUp("user1");
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user pressed cancel")), 50);
    const error = await local.client("user1").waitFor(session_id, { ...quick, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toMatchObject({ message: "user pressed cancel" });

    await expect(local.client("user1").waitFor(session_id, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
  });
});
