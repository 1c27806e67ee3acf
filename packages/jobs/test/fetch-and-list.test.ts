// Fetching and listing jobs through the SDK against the local server: owner-only reads, the
// list iterator over several pages, batches, and the admin routes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError, PaginationError, UnauthorizedError } from "@provena-sdk/http-core";
import { createJobsClient, type JobStatusTable, type JobsPage } from "../src/index.js";
import { startLocalJobs, type LocalJobs } from "./support/local.js";

let local: LocalJobs;
const quick = { pollIntervalMs: 5, maxPollIntervalMs: 20 };
const user4Jobs: string[] = [];

beforeAll(async () => {
  local = await startLocalJobs(0);
  local.server.addUser({ username: "user4", password: "user4", email: "user4@example.com" });
  for (let i = 0; i < 27; i++) user4Jobs.push((await local.launchWakeUp("user4")).session_id);
  await local.client("user4").waitFor(user4Jobs.at(-1)!, quick);
});
afterAll(() => local.server.stop());

describe("fetch", () => {
  it("returns the caller's job, typed and validated", async () => {
    const job = await local.client("user4").fetch(user4Jobs[0]!);
    expect(job).toMatchObject({ session_id: user4Jobs[0], username: "user4", job_type: "REGISTRY", status: "SUCCEEDED", gsi_status: "ok" });
  });

  it("refuses another user's job with UnauthorizedError", async () => {
    const error = await local.client("user1").fetch(user4Jobs[0]!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as UnauthorizedError).serverMessage).toBe("Not authorised to view this record.");
  });

  it("answers BadRequestError for an unknown job", async () => {
    await expect(local.client("user4").fetch("unknown")).rejects.toMatchObject({ name: "BadRequestError", serverMessage: "Item was not found." });
  });
});

describe("list", () => {
  it("iterates every job of the caller, newest first, across pages", async () => {
    const pages: JobsPage[] = [];
    for await (const page of local.client("user4").list({ pageSize: 10 }).pages()) pages.push(page);
    expect(pages.map((p) => p.jobs.length)).toEqual([10, 10, 7]);
    expect(pages.at(-1)?.pagination_key).toBeNull();

    const ids: string[] = [];
    for await (const job of local.client("user4").list({ pageSize: 10 })) ids.push(job.session_id);
    expect(ids).toEqual([...user4Jobs].reverse());
  });

  it("listAll collects everything, and refuses to cut a listing short silently", async () => {
    expect(await local.client("user4").listAll({ pageSize: 8 })).toHaveLength(27);
    await expect(local.client("user4").listAll({ limit: 20 })).rejects.toBeInstanceOf(PaginationError);
    expect(await local.client("user4").listAll({ limit: 20, onLimit: "truncate" })).toHaveLength(20);
  });

  it("stops when its signal aborts", async () => {
    const controller = new AbortController();
    const seen: JobStatusTable[] = [];
    const run = async () => {
      for await (const job of local.client("user4").list({ pageSize: 5, signal: controller.signal })) {
        seen.push(job);
        if (seen.length === 5) controller.abort();
      }
    };
    await expect(run()).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toHaveLength(5);
  });
});

describe("batches", () => {
  it("lists a batch for its owner, and refuses it to a user when it holds someone else's job", async () => {
    const first = await local.launchWakeUp("user1", { request_batch_id: true });
    const batchId = first.batch_id!;
    const second = await local.launchWakeUp("user1", { add_to_batch: batchId });
    await local.client("user1").waitFor(second.session_id, quick);
    const jobs = await local.client("user1").listBatch(batchId);
    expect(jobs.map((j) => j.session_id)).toEqual([second.session_id, first.session_id]);
    expect(jobs.every((j) => j.batch_id === batchId)).toBe(true);

    const stranger = await local.launchWakeUp("user2", { add_to_batch: batchId });
    await local.client("user2").waitFor(stranger.session_id, quick);
    await expect(local.client("user1").listBatch(batchId)).rejects.toBeInstanceOf(UnauthorizedError);
    expect(await local.client("admin").admin.listBatch(batchId)).toHaveLength(3);
    await expect(local.client("admin").admin.listBatch(batchId, { usernameFilter: "user1" })).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe("admin", () => {
  it("fetches and lists any user's jobs, optionally one user's", async () => {
    const admin = local.client("admin").admin;
    expect(await admin.fetch(user4Jobs[3]!)).toMatchObject({ username: "user4" });
    const user4 = await admin.listAll({ usernameFilter: "user4", pageSize: 50 });
    expect(user4.map((j) => j.session_id)).toEqual([...user4Jobs].reverse());
    const everyone = await admin.listAll({ pageSize: 50 });
    expect(new Set(everyone.map((j) => j.username))).toEqual(new Set(["user1", "user2", "user4"]));
  });

  it("reports the server's refusal of a bad payload as BadRequestError", async () => {
    const launch = local.client("admin").admin.launch({ job_type: "EMAIL", job_sub_type: "SEND_EMAIL", job_payload: {} });
    await expect(launch).rejects.toMatchObject({ name: "BadRequestError", serverMessage: expect.stringMatching(/^Invalid payload supplied for job sub type SEND_EMAIL/) as unknown });
  });

  it("is refused to a user without the job-service roles", async () => {
    await expect(local.client("user1").admin.listAll()).rejects.toBeInstanceOf(UnauthorizedError);
  });
});

describe("createJobsClient", () => {
  it("builds its own transport from transport options", async () => {
    const token = local.server.mintToken("user4");
    const client = createJobsClient({ endpoints: local.server.endpoints, tokenProvider: { getToken: () => Promise.resolve(token) } });
    expect((await client.fetch(user4Jobs[1]!)).session_id).toBe(user4Jobs[1]);
  });
});
