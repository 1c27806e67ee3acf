// waitForActivity (shared by the registry and the Data Store) against the local job runner: a
// job that finishes without an activity, one that runs past the timeout, and what a failed wait
// shows in util.inspect (every field, the cause's fields too).
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProvenaError } from "@provena-sdk/http-core";
import { ActivityWaitError, activityWaitOptions, JobError, JobTimeoutError, waitForActivity } from "../src/index.js";
import { startLocalJobs, type LocalJobs } from "./support/local.js";

let local: LocalJobs;
beforeAll(async () => {
  // Slow steps: a 50 ms wait always runs out first.
  local = await startLocalJobs(600);
});
afterAll(() => local.server.stop());

describe("waitForActivity", () => {
  it("a wait that runs out is an ActivityWaitError naming the item and the job, the JobTimeoutError its cause", async () => {
    const { session_id } = await local.launchWakeUp("user1");
    const target = { sessionId: session_id, itemId: "10378.1/42", operationName: "test.create" };
    const error = await waitForActivity(local.client("user1"), target, { timeoutMs: 50, pollIntervalMs: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActivityWaitError);
    expect(error).toBeInstanceOf(JobError);
    const e = error as ActivityWaitError;
    expect([e.itemId, e.sessionId, e.operationName]).toEqual(["10378.1/42", session_id, "test.create"]);
    expect(e.cause).toBeInstanceOf(JobTimeoutError);
    expect(e.message).toBe(`test.create: 10378.1/42 was written, but waiting for its activity (job ${session_id}) failed: ${(e.cause as Error).message}`);
    expect(e.handle).toBe("10378.1/42");

    const shown = inspect(e);
    expect(shown).toContain(`sessionId: '${session_id}'`);
    expect(shown).toContain("itemId: '10378.1/42'");
    expect(shown).toContain("operationName: 'test.create'");
    // The cause's own fields, not just its message.
    expect(shown).toContain("name: 'JobTimeoutError'");
    expect(shown).toContain("timeoutMs: 50");
  });

  it("util.inspect of a JobTimeoutError shows its session id, timeout and last status", async () => {
    const { session_id } = await local.launchWakeUp("user1");
    const error = (await local.client("user1").waitFor(session_id, { timeoutMs: 300, pollIntervalMs: 5, maxPollIntervalMs: 20 }).catch((e: unknown) => e)) as JobTimeoutError;
    expect(error).toBeInstanceOf(JobTimeoutError);
    const shown = inspect(error);
    expect(shown).toContain(`sessionId: '${session_id}'`);
    expect(shown).toContain("timeoutMs: 300");
    // On a loaded machine the job's row may not be written within 300 ms: then the message says so.
    if (error.lastStatus === undefined) expect(shown).toContain("its record never appeared");
    else expect(shown).toContain(`lastStatus: '${error.lastStatus}'`);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "JobTimeoutError",
      message: error.message,
      sessionId: session_id,
      timeoutMs: 300,
      ...(error.lastStatus === undefined ? {} : { lastStatus: error.lastStatus }),
    });
  });

  it("a job that succeeds without naming an activity is an ActivityWaitError too (the item was still written)", async () => {
    const { session_id } = await local.launchWakeUp("user1");
    const error = await waitForActivity(local.client("user1"), { sessionId: session_id, operationName: "test.version" }, { timeoutMs: 60_000, pollIntervalMs: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActivityWaitError);
    expect((error as ActivityWaitError).itemId).toBeUndefined();
    expect((error as Error).message).toContain(`test.version: job ${session_id} was started`);
    expect((error as ActivityWaitError).cause).toBeInstanceOf(ProvenaError);
    expect(((error as ActivityWaitError).cause as Error).message).toContain("without an activity id");
  });
});

describe("activityWaitOptions", () => {
  it("maps false/undefined to no wait, true to defaults, and keeps given options", () => {
    expect(activityWaitOptions(undefined)).toBeUndefined();
    expect(activityWaitOptions(false)).toBeUndefined();
    expect(activityWaitOptions(true)).toEqual({});
    const options = { timeoutMs: 5 };
    expect(activityWaitOptions(options)).toBe(options);
  });
});
