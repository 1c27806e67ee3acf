// The Job API's routes over real HTTP: owner-only reads, admin launch checks, batches, listing
// with pagination, the hidden retry stubs and /admin/config. Every body is checked against
// specs/provena/job.json by callJobs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GetJobResponse, JobStatusTable, ListJobsResponse } from "@provena-sdk/models/jobs";
import { startLocalServer, type LocalServer } from "../src/index.js";
import { OPERATIONS } from "../src/spec/operations.js";
import { callJobs, eventually } from "./jobs-helpers.js";

let server: LocalServer;
let base: string;
let admin: string;
let user1: string;
let user2: string;

beforeAll(async () => {
  server = await startLocalServer({ jobStepDelayMs: 0 });
  base = server.endpoints.jobs;
  admin = server.mintToken("admin");
  user1 = server.mintToken("user1");
  user2 = server.mintToken("user2");
});
afterAll(() => server.stop());

interface Launched {
  session_id: string;
  batch_id: string | null;
}

const wakeUp = (extra: Record<string, unknown> = {}) => ({ job_type: "REGISTRY", job_sub_type: "REGISTRY_WAKE_UP", job_payload: {}, ...extra });

async function launch(body: Record<string, unknown>): Promise<Launched> {
  const res = await callJobs<Launched>(base, admin, "POST", "/jobs/admin/launch", { body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Waits until the job's row exists (the runner writes it on its first step). */
const written = (sessionId: string): Promise<JobStatusTable> =>
  eventually(async () => {
    const res = await callJobs<GetJobResponse>(base, admin, "GET", "/jobs/admin/fetch", { query: { session_id: sessionId } });
    return res.status === 200 ? res.body.job : undefined;
  });

describe("every operation of job.json", () => {
  it("is served (no 501, 404 or 405 for any of the 16)", async () => {
    const operations = OPERATIONS.filter((op) => op.service === "jobs");
    expect(operations).toHaveLength(16);
    for (const op of operations) {
      const url = new URL(`${base}${op.path}`);
      if (op.query.some((q) => q.name === "session_id")) url.searchParams.set("session_id", "00000000-0000-4000-8000-000000000000");
      const res = await fetch(url, {
        method: op.method,
        headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
        body: op.method === "GET" ? undefined : "{}",
      });
      await res.arrayBuffer();
      expect([501, 404, 405], `${op.key} answered ${res.status}`).not.toContain(res.status);
    }
  });
});

describe("user fetch", () => {
  it("is owner-only: another user gets 401", async () => {
    const { session_id } = await launch(wakeUp({ username: "user1" }));
    await written(session_id);
    const own = await callJobs<GetJobResponse>(base, user1, "GET", "/jobs/user/fetch", { query: { session_id } });
    expect(own.status).toBe(200);
    expect(own.body.job.username).toBe("user1");
    const other = await callJobs(base, user2, "GET", "/jobs/user/fetch", { query: { session_id } });
    expect(other).toEqual({ status: 401, body: { detail: "Not authorised to view this record." } });
  });

  it("answers 400 for an unknown session id and 422 without one", async () => {
    expect(await callJobs(base, user1, "GET", "/jobs/user/fetch", { query: { session_id: "nope" } })).toEqual({ status: 400, body: { detail: "Item was not found." } });
    const missing = await callJobs<{ detail: { loc: string[] }[] }>(base, user1, "GET", "/jobs/user/fetch");
    expect(missing.status).toBe(422);
    expect(missing.body.detail[0]?.loc).toEqual(["query", "session_id"]);
  });

  it("answers the admin's fetch of an unknown session id with the same 400, and shows the admin anyone's job", async () => {
    expect(await callJobs(base, admin, "GET", "/jobs/admin/fetch", { query: { session_id: "nope" } })).toEqual({ status: 400, body: { detail: "Item was not found." } });
    const { session_id } = await launch(wakeUp({ username: "user2" }));
    expect((await written(session_id)).username).toBe("user2");
  });

  it("needs a token", async () => {
    expect(await callJobs(base, undefined, "GET", "/jobs/user/fetch", { query: { session_id: "x" } })).toEqual({ status: 401, body: { detail: "Not authenticated" } });
  });
});

describe("admin launch", () => {
  it("launches on behalf of the caller by default", async () => {
    const { session_id, batch_id } = await launch(wakeUp());
    expect(batch_id).toBeNull();
    expect((await written(session_id)).username).toBe("admin");
  });

  it("refuses a payload that does not fit the sub-type's model", async () => {
    const res = await callJobs<{ detail: string }>(base, admin, "POST", "/jobs/admin/launch", {
      body: { job_type: "EMAIL", job_sub_type: "SEND_EMAIL", job_payload: { email_to: "a@b.co", subject: 3 } },
    });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/^Invalid payload supplied for job sub type SEND_EMAIL\. Error: /);
    expect(res.body.detail).toContain("subject");
    expect(res.body.detail).toContain("body");
  });

  it("refuses a sub-type of another job type", async () => {
    const res = await callJobs<{ detail: string }>(base, admin, "POST", "/jobs/admin/launch", { body: wakeUp({ job_type: "EMAIL" }) });
    expect(res).toEqual({ status: 400, body: { detail: "Invalid payload supplied: job sub type REGISTRY_WAKE_UP belongs to job type REGISTRY, not EMAIL." } });
  });

  it("refuses request_batch_id together with add_to_batch", async () => {
    const res = await callJobs<{ detail: string }>(base, admin, "POST", "/jobs/admin/launch", { body: wakeUp({ request_batch_id: true, add_to_batch: "b" }) });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/request_batch_id.*add_to_batch/);
  });

  it("answers 422 for an unknown job type or a missing body", async () => {
    const bad = await callJobs<{ detail: { loc: string[]; type: string }[] }>(base, admin, "POST", "/jobs/admin/launch", { body: wakeUp({ job_type: "NOPE" }) });
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0]).toMatchObject({ loc: ["body", "job_type"], type: "type_error.enum" });
    const empty = await callJobs<{ detail: { loc: string[] }[] }>(base, admin, "POST", "/jobs/admin/launch");
    expect(empty.status).toBe(422);
    expect(empty.body.detail[0]?.loc).toEqual(["body"]);
  });

  it("needs the job-service read and write roles", async () => {
    expect((await callJobs(base, user1, "POST", "/jobs/admin/launch", { body: wakeUp() })).status).toBe(401);
  });
});

describe("batches", () => {
  it("groups jobs under a requested batch id and lists them for their owner", async () => {
    const first = await launch(wakeUp({ username: "user1", request_batch_id: true }));
    expect(first.batch_id).toMatch(/^[0-9a-f-]{36}$/);
    const second = await launch(wakeUp({ username: "user1", add_to_batch: first.batch_id }));
    expect(second.batch_id).toBe(first.batch_id);
    await written(first.session_id);
    await written(second.session_id);

    const res = await callJobs<ListJobsResponse>(base, user1, "POST", "/jobs/user/list_batch", { body: { batch_id: first.batch_id } });
    expect(res.status).toBe(200);
    expect(res.body.jobs.map((j) => j.session_id)).toEqual([second.session_id, first.session_id]);
    expect(res.body.pagination_key).toBeNull();
  });

  it("answers 401 to a user when any job of the batch is someone else's", async () => {
    const mine = await launch(wakeUp({ username: "user1", request_batch_id: true }));
    const theirs = await launch(wakeUp({ username: "user2", add_to_batch: mine.batch_id }));
    await written(theirs.session_id);
    const res = await callJobs(base, user1, "POST", "/jobs/user/list_batch", { body: { batch_id: mine.batch_id } });
    expect(res).toEqual({ status: 401, body: { detail: "Not authorised to view this record." } });

    const admins = await callJobs<ListJobsResponse>(base, admin, "POST", "/jobs/admin/list_batch", { body: { batch_id: mine.batch_id } });
    expect(admins.body.jobs).toHaveLength(2);
    const filtered = await callJobs<{ detail: string }>(base, admin, "POST", "/jobs/admin/list_batch", { body: { batch_id: mine.batch_id, username_filter: "user1" } });
    expect(filtered).toEqual({ status: 400, body: { detail: "The batch contains jobs of users other than user1." } });
  });
});

describe("listing", () => {
  it("pages a user's jobs newest first with an opaque key, null when done", async () => {
    const launched: string[] = [];
    for (let i = 0; i < 25; i++) launched.push((await launch(wakeUp({ username: "user3" }))).session_id);
    await written(launched.at(-1)!);
    const user3 = server.mintToken("user3");

    const pages: string[][] = [];
    let key: Record<string, unknown> | null | undefined = null;
    do {
      const res: { status: number; body: ListJobsResponse } = await callJobs<ListJobsResponse>(base, user3, "POST", "/jobs/user/list", { body: { limit: 10, pagination_key: key } });
      expect(res.status).toBe(200);
      pages.push(res.body.jobs.map((j) => j.session_id));
      key = res.body.pagination_key;
    } while (key !== null && key !== undefined);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual([...launched].reverse());
  });

  it("defaults to 10 per page, and rejects a key that matches nothing", async () => {
    const user3 = server.mintToken("user3");
    const first = await callJobs<ListJobsResponse>(base, user3, "POST", "/jobs/user/list", { body: {} });
    expect(first.body.jobs).toHaveLength(10);
    expect(first.body.pagination_key).toMatchObject({ username: "user3" });
    const bad = await callJobs(base, user3, "POST", "/jobs/user/list", { body: { pagination_key: { session_id: "unknown" } } });
    expect(bad.status).toBe(400);
  });

  it("gives an admin every user's jobs, or one user's with username_filter", async () => {
    const all = await callJobs<ListJobsResponse>(base, admin, "POST", "/jobs/admin/list", { body: { limit: 100 } });
    expect(new Set(all.body.jobs.map((j) => j.username))).toEqual(new Set(["admin", "user1", "user2", "user3"]));
    const one = await callJobs<ListJobsResponse>(base, admin, "POST", "/jobs/admin/list", { body: { limit: 100, username_filter: "user2" } });
    expect(one.body.jobs.length).toBeGreaterThan(0);
    expect(one.body.jobs.every((j) => j.username === "user2")).toBe(true);
  });

  it("never shows a user another user's jobs", async () => {
    const res = await callJobs<ListJobsResponse>(base, user2, "POST", "/jobs/user/list", { body: { limit: 100 } });
    expect(res.body.jobs.length).toBeGreaterThan(0);
    expect(res.body.jobs.every((j) => j.username === "user2")).toBe(true);
  });
});

describe("hidden and admin routes", () => {
  it("answers 400 to both retry stubs", async () => {
    const { session_id } = await launch(wakeUp({ username: "user1" }));
    for (const [token, path] of [[user1, "/jobs/user/retry"], [admin, "/jobs/admin/retry"]] as const) {
      const res = await callJobs(base, token, "POST", path, { query: { session_id } });
      expect(res).toEqual({ status: 400, body: { detail: "Retrying jobs is not supported by this service." } });
    }
  });

  it("serves /admin/config to the job-service admin", async () => {
    const res = await callJobs(base, admin, "GET", "/admin/config");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ keycloak_endpoint: server.issuer });
    const full = await callJobs(base, admin, "GET", "/admin/config", { query: { required_only: "false" } });
    expect(full.body).toMatchObject({ job_step_delay_ms: 0 });
    expect((await callJobs(base, user1, "GET", "/admin/config")).status).toBe(401);
  });
});
