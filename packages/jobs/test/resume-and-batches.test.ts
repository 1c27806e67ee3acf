// Resumable listings (a saved `pagination_key` continues a listing in another client), one-page
// reads, batch pages and lazy batch iteration, and the health route, against the local server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError, UnauthorizedError } from "@provena-sdk/http-core";
import { JobsClient, createTransport, type JobsPage, type JobsPaginationKey } from "../src/index.js";
import { startLocalJobs, type LocalJobs } from "./support/local.js";

let local: LocalJobs;
const quick = { pollIntervalMs: 5, maxPollIntervalMs: 20 };
const user5Jobs: string[] = []; // oldest first
let batchId = "";
const batchJobs: string[] = []; // oldest first

beforeAll(async () => {
  local = await startLocalJobs(0);
  local.server.addUser({ username: "user5", password: "user5", email: "user5@example.com" });
  for (let i = 0; i < 12; i++) user5Jobs.push((await local.launchWakeUp("user5")).session_id);
  const first = await local.launchWakeUp("user5", { request_batch_id: true });
  batchId = first.batch_id!;
  batchJobs.push(first.session_id);
  for (let i = 0; i < 4; i++) batchJobs.push((await local.launchWakeUp("user5", { add_to_batch: batchId })).session_id);
  await local.client("user5").waitFor(batchJobs.at(-1)!, quick);
});
afterAll(() => local.server.stop());

const newestFirst = (ids: string[]): string[] => [...ids].reverse();
const allUser5 = (): string[] => newestFirst([...user5Jobs, ...batchJobs]);

/** A fresh client, as another process would build one (nothing shared but the saved key). */
function freshClient(username: string): JobsClient {
  return new JobsClient({ transport: createTransport({ endpoints: local.server.endpoints, tokenProvider: { getToken: () => Promise.resolve(local.server.mintToken(username)) }, validation: "strict" }) });
}

/** The key survives a JSON round trip, as it would through a file. */
const saved = (key: JobsPaginationKey | null | undefined): JobsPaginationKey => JSON.parse(JSON.stringify(key)) as JobsPaginationKey;

describe("user listing, resumed", () => {
  it("listPage hands back the key, and a fresh client continues from it with no job lost or repeated", async () => {
    const first = await local.client("user5").listPage({ pageSize: 7 });
    expect(first.jobs.map((j) => j.session_id)).toEqual(allUser5().slice(0, 7));
    expect(first.pagination_key).not.toBeNull();

    const rest: string[] = [];
    for await (const job of freshClient("user5").list({ pageSize: 4, paginationKey: saved(first.pagination_key) })) rest.push(job.session_id);
    expect(rest).toEqual(allUser5().slice(7));
  });

  it("every page of .pages() carries the key of the next; resuming from any of them yields the remainder", async () => {
    const pages: JobsPage[] = [];
    for await (const page of local.client("user5").list({ pageSize: 5 }).pages()) pages.push(page);
    expect(pages.map((p) => p.jobs.length)).toEqual([5, 5, 5, 2]);
    const second = await freshClient("user5").listPage({ pageSize: 5, paginationKey: saved(pages[1]!.pagination_key) });
    expect(second.jobs.map((j) => j.session_id)).toEqual(pages[2]!.jobs.map((j) => j.session_id));
    expect(second.pagination_key).toEqual(pages[2]!.pagination_key);
  });

  it("the last page's key is null", async () => {
    const page = await local.client("user5").listPage({ pageSize: 50 });
    expect(page.jobs).toHaveLength(17);
    expect(page.pagination_key).toBeNull();
  });

  it("listAll resumes too, and a null key starts at the newest job", async () => {
    const first = await local.client("user5").listPage({ pageSize: 10 });
    expect((await freshClient("user5").listAll({ paginationKey: saved(first.pagination_key) })).map((j) => j.session_id)).toEqual(allUser5().slice(10));
    expect((await freshClient("user5").listAll({ paginationKey: null, pageSize: 3 })).map((j) => j.session_id)).toEqual(allUser5());
  });

  it("a key from another listing is refused with the server's 400", async () => {
    const other = await local.client("admin").admin.listPage({ usernameFilter: "user5", pageSize: 1 });
    const foreign = { ...saved(other.pagination_key), session_id: "no-such-session" };
    await expect(local.client("user5").listPage({ paginationKey: foreign })).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe("admin listing, resumed", () => {
  it("admin.listPage with a user filter, continued by admin.list in a fresh client", async () => {
    const first = await local.client("admin").admin.listPage({ usernameFilter: "user5", pageSize: 6 });
    expect(first.jobs.map((j) => j.session_id)).toEqual(allUser5().slice(0, 6));
    const rest: string[] = [];
    for await (const job of freshClient("admin").admin.list({ usernameFilter: "user5", pageSize: 4, paginationKey: saved(first.pagination_key) })) rest.push(job.session_id);
    expect(rest).toEqual(allUser5().slice(6));
  });
});

describe("batch listing", () => {
  it("listBatchPage gives one page and its key; the next page continues", async () => {
    const client = local.client("user5");
    const first = await client.listBatchPage(batchId, { pageSize: 3 });
    expect(first.jobs.map((j) => j.session_id)).toEqual(newestFirst(batchJobs).slice(0, 3));
    expect(first.pagination_key).not.toBeNull();
    const second = await freshClient("user5").listBatchPage(batchId, { pageSize: 3, paginationKey: saved(first.pagination_key) });
    expect(second.jobs.map((j) => j.session_id)).toEqual(newestFirst(batchJobs).slice(3));
    expect(second.pagination_key).toBeNull();
  });

  it("iterateBatch is lazy: nothing is requested until iterated, and breaking early stops fetching", async () => {
    const requests: string[] = [];
    const counting = new JobsClient({
      transport: createTransport({
        endpoints: local.server.endpoints,
        tokenProvider: { getToken: () => Promise.resolve(local.server.mintToken("user5")) },
        fetch: (input, init) => {
          requests.push(input instanceof Request ? input.url : String(input));
          return fetch(input, init);
        },
      }),
    });
    const listing = counting.iterateBatch(batchId, { pageSize: 2 });
    expect(requests).toHaveLength(0);
    const seen: string[] = [];
    for await (const job of listing) {
      seen.push(job.session_id);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(newestFirst(batchJobs).slice(0, 3));
    expect(requests.filter((url) => url.endsWith("/jobs/user/list_batch"))).toHaveLength(2);

    const pages: JobsPage[] = [];
    for await (const page of counting.iterateBatch(batchId, { pageSize: 2 }).pages()) pages.push(page);
    expect(pages.map((p) => p.jobs.length)).toEqual([2, 2, 1]);
  });

  it("admin.iterateBatch and admin.listBatchPage honour the user filter and the 400 on a mismatch", async () => {
    const admin = local.client("admin").admin;
    const ids: string[] = [];
    for await (const job of admin.iterateBatch(batchId, { usernameFilter: "user5", pageSize: 2 })) ids.push(job.session_id);
    expect(ids).toEqual(newestFirst(batchJobs));
    const page = await admin.listBatchPage(batchId, { pageSize: 4 });
    expect(page.jobs).toHaveLength(4);
    const rest = await admin.listBatchPage(batchId, { pageSize: 4, paginationKey: page.pagination_key });
    expect(rest.jobs.map((j) => j.session_id)).toEqual([batchJobs[0]]);
    await expect(admin.listBatchPage(batchId, { usernameFilter: "user1" })).rejects.toBeInstanceOf(BadRequestError);
  });

  it("a user cannot page through a batch holding another user's job", async () => {
    await expect(local.client("user1").listBatchPage(batchId)).rejects.toBeInstanceOf(UnauthorizedError);
  });
});

describe("health", () => {
  it("answers the service's message without a token", async () => {
    let asked = 0;
    const client = new JobsClient({
      transport: createTransport({ endpoints: local.server.endpoints, tokenProvider: { getToken: () => Promise.resolve(`never-${++asked}`) } }),
    });
    expect(await client.health()).toEqual({ service: "jobs", message: "Health check successful." });
    expect(asked).toBe(0);
  });

  it("rejects with AbortError when its signal is already aborted", async () => {
    await expect(local.client("user5").health({ signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
  });
});
