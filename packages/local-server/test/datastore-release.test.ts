// The Data Store release workflow over real HTTP (behaviour.md §3.2) with an owner (user1), a
// reviewer (user2) and a third user (user3): the reviewers table and its roles, every refusal of
// the approval request and of its action in upstream's order, approve and reject, and the
// e-mails lodged as SEND_EMAIL jobs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./jobs-helpers.js";
import { startDatastore, type DatastoreHarness } from "./datastore/harness.js";
import type { Body } from "./registry/client.js";
import { EXAMPLES } from "./registry/fixtures.js";

let d: DatastoreHarness;
let owner: string; // user1's Person
let reviewer: string; // user2's Person
let third: string; // user3's Person

const OWNER_EMAIL = "owner@example.org";
const REVIEWER_EMAIL = "reviewer@example.org";

beforeAll(async () => {
  d = await startDatastore();
  owner = d.refs.user1.person;
  reviewer = d.refs.user2.person;
  third = d.refs.user3.person;
  for (const [username, person, email] of [
    ["user1", owner, OWNER_EMAIL],
    ["user2", reviewer, REVIEWER_EMAIL],
  ] as const) {
    const body = { ...(EXAMPLES.PERSON?.domain_info[0] as Body), email };
    const res = await d.h.call("PUT", "/registry/agent/person/update", { as: username, query: { id: person, reason: "email" }, body });
    expect(res.body.status.success, JSON.stringify(res.body)).toBe(true);
  }
  d.h.server.addUser({ username: "sysadmin-rw", password: "x", roles: ["sys-admin-read", "sys-admin-write", "entity-registry-read", "entity-registry-write"] });
  d.h.server.addUser({ username: "unlinked", password: "x", roles: ["entity-registry-read", "entity-registry-write"] });
  expect((await d.ds("admin", "POST", "/release/sys-reviewers/add", { query: { reviewer_id: reviewer } })).status).toBe(200);
});
afterAll(() => d.stop());

const request = (username: string, datasetId: string, approverId = reviewer, notes = "please") =>
  d.ds(username, "POST", "/release/approval-request", { body: { dataset_id: datasetId, approver_id: approverId, notes } });
const action = (username: string, datasetId: string, approve: boolean, notes = "decided") =>
  d.ds(username, "PUT", "/release/action-approval-request", { body: { dataset_id: datasetId, approve, notes } });
const item = async (id: string): Promise<Body> => (await d.ds("user1", "GET", "/registry/items/fetch-dataset", { query: { handle_id: id } })).body.item;
const setGeneral = (id: string, general: string[]) =>
  d.h.call("PUT", "/registry/entity/dataset/auth/configuration", { as: "user1", query: { id }, body: { owner: "user1", general, groups: {} } });
const outbox = (): Body[] => [...d.h.storage.table("jobs.email_outbox").values()] as Body[];

describe("reviewers", () => {
  it("lists, adds and deletes reviewers with upstream's roles", async () => {
    expect(await d.ds("user3", "GET", "/release/sys-reviewers/list")).toEqual({ status: 200, body: [reviewer] });
    expect((await d.ds("user1", "POST", "/release/sys-reviewers/add", { query: { reviewer_id: third } })).status).toBe(401);
    expect(await d.ds("sysadmin-rw", "POST", "/release/sys-reviewers/add", { query: { reviewer_id: third } })).toEqual({ status: 200, body: null });
    expect(await d.ds("sysadmin-rw", "POST", "/release/sys-reviewers/add", { query: { reviewer_id: third } })).toEqual({ status: 200, body: null });
    expect((await d.ds("user1", "GET", "/release/sys-reviewers/list")).body).toEqual([reviewer, third].sort());
    expect((await d.ds("sysadmin-rw", "DELETE", "/release/sys-reviewers/delete", { query: { reviewer_id: third } })).status).toBe(401);
    expect(await d.ds("admin", "DELETE", "/release/sys-reviewers/delete", { query: { reviewer_id: third } })).toEqual({ status: 200, body: null });
    expect(await d.ds("admin", "DELETE", "/release/sys-reviewers/delete", { query: { reviewer_id: "never-added" } })).toEqual({ status: 200, body: null });
    expect((await d.ds("user1", "GET", "/release/sys-reviewers/list")).body).toEqual([reviewer]);
    expect((await d.ds("admin", "POST", "/release/sys-reviewers/add")).status).toBe(422);
  });
});

describe("approval request", () => {
  it("refuses, in upstream's order: unlinked (400), not readable (401), not admin (401), seed (400), not a reviewer (400), reviewer cannot read (400)", async () => {
    const id = await d.mint("user1");
    expect(await request("unlinked", id)).toEqual({ status: 400, body: { detail: "You cannot request a review without having a linked Person in the registry." } });
    expect(await request("user3", id)).toEqual({
      status: 401,
      body: { detail: `User user3 is not an admin of dataset ${id}. Only admins of datasets can request for the dataset to be reviewed.` },
    });
    // The reviewer (user2) is not an admin either, even when asking themselves.
    expect((await request("user2", id)).status).toBe(401);
    expect((await request("user1", await d.seed("user1"))).status).toBe(400);
    expect((await request("user1", "10378.1/999999")).status).toBe(400);
    expect(await request("user1", id, third)).toEqual({
      status: 400,
      body: { detail: `User ${third} is not a system dataset reviewer. Please provide an ID for entity pointing to a person who is a valid dataset reviewer for this system.` },
    });
    const readRefusal = `Desired reviewer 'user2' does not have read permissions into dataset ${id}. Cannot request for dataset to be reviewed for release by a reviewer who cannot read it. Please provide user2 with dataset read and metadata read access to dataset for review.`;
    await setGeneral(id, []);
    expect(await request("user1", id)).toEqual({ status: 400, body: { detail: readRefusal } });
    expect((await request("user3", id)).status).toBe(401);
    await setGeneral(id, ["metadata-read"]);
    expect(await request("user1", id)).toEqual({ status: 400, body: { detail: readRefusal } });
    expect((await item(id)).release_status).toBe("NOT_RELEASED");
  });

  it("marks the dataset PENDING without touching item history, and e-mails the reviewer", async () => {
    const id = await d.mint("user1");
    const before = await item(id);
    const sent = outbox().length;
    const res = await request("user1", id, reviewer, "ready for review");
    expect(res).toEqual({
      status: 200,
      body: { dataset_id: id, approver_id: reviewer, details: "Successfully sent request to approve dataset release to approver. Email notification included." },
    });
    const after = await item(id);
    expect(after.release_status).toBe("PENDING");
    expect(after.release_approver).toBe(reviewer);
    expect(after.release_timestamp).toEqual(expect.any(Number));
    expect(after.release_history).toEqual([{ action: "REQUEST", timestamp: after.release_timestamp, approver: reviewer, requester: owner, notes: "ready for review" }]);
    expect(after.history).toEqual(before.history);
    const emails = await eventually(async () => {
      const fresh = outbox().slice(sent);
      return Promise.resolve(fresh.length > 0 ? fresh : undefined);
    });
    expect(emails).toHaveLength(1);
    expect(emails[0].email_to).toBe(REVIEWER_EMAIL);
    expect(emails[0].body).toContain(id);
    // A pending dataset cannot be requested again.
    expect(await request("user1", id)).toEqual({
      status: 400,
      body: { detail: `Dataset ${id} is already pending review or is released. Cannot request a review while another is unresolved.` },
    });
  });
});

describe("action approval request", () => {
  let pending: string;
  beforeAll(async () => {
    pending = await d.mint("user1");
    expect((await request("user1", pending)).status).toBe(200);
  });

  it("refuses, in upstream's order: unlinked (400), not a reviewer (401), not pending (400), not the approver (401)", async () => {
    expect(await action("unlinked", pending, true)).toEqual({ status: 400, body: { detail: "In order to perform this operation you must link your User account to a Person in the registry." } });
    const notReviewer = {
      status: 401,
      body: { detail: "You are not a dataset reviewer. Only system dataset reviewers can perform this action. Contact system admins to request to be a reviewer." },
    };
    expect(await action("user3", pending, true)).toEqual(notReviewer);
    expect(await action("user1", pending, true)).toEqual(notReviewer);
    const idle = await d.mint("user1");
    expect(await action("user2", idle, true)).toEqual({ status: 400, body: { detail: `Dataset ${idle} is not pending review. Cannot perform this action.` } });
    await d.ds("admin", "POST", "/release/sys-reviewers/add", { query: { reviewer_id: third } });
    expect(await action("user3", pending, true)).toEqual({
      status: 401,
      body: { detail: `User with name user3 and linked ID ${third} is not the approver for dataset ${pending}. Only the designated approver can perform this action.` },
    });
    await d.ds("admin", "DELETE", "/release/sys-reviewers/delete", { query: { reviewer_id: third } });
    expect((await item(pending)).release_status).toBe("PENDING");
  });

  it("approves: RELEASED, history appended, write credentials 403, a new request 400, e-mails to reviewer and owner", async () => {
    const before = await item(pending);
    const sent = outbox().length;
    const res = await action("user2", pending, true, "looks good");
    expect(res).toEqual({ status: 200, body: { dataset_id: pending, approved: true, details: "Succesfully responded to dataset release approval request." } });
    const after = await item(pending);
    expect(after.release_status).toBe("RELEASED");
    expect(after.release_approver).toBe(reviewer);
    expect(after.release_history).toHaveLength(2);
    expect(after.release_history[1]).toEqual({ action: "APPROVE", timestamp: after.release_timestamp, approver: reviewer, requester: null, notes: "looks good" });
    expect(after.history).toEqual(before.history);
    const write = await d.ds("user1", "POST", "/registry/credentials/generate-write-access-credentials", { body: { dataset_id: pending, console_session_required: false } });
    expect(write.status).toBe(403);
    expect((await request("user1", pending)).status).toBe(400);
    expect((await action("user2", pending, false)).status).toBe(400);
    const emails = await eventually(async () => {
      const fresh = outbox().slice(sent);
      return Promise.resolve(fresh.length >= 2 ? fresh : undefined);
    });
    expect(emails.map((e) => e.email_to as string).sort()).toEqual([OWNER_EMAIL, REVIEWER_EMAIL].sort());
  });

  it("rejects: NOT_RELEASED, writable again, and can be requested again", async () => {
    const id = await d.mint("user1");
    expect((await request("user1", id)).status).toBe(200);
    const res = await action("user2", id, false, "not yet");
    expect(res.body).toEqual({ dataset_id: id, approved: false, details: "Succesfully responded to dataset release approval request." });
    const after = await item(id);
    expect(after.release_status).toBe("NOT_RELEASED");
    expect((after.release_history as { action: string }[]).map((e) => e.action)).toEqual(["REQUEST", "REJECT"]);
    const write = await d.ds("user1", "POST", "/registry/credentials/generate-write-access-credentials", { body: { dataset_id: id, console_session_required: false } });
    expect(write.status).toBe(200);
    expect((await request("user1", id, reviewer, "again")).status).toBe(200);
    expect((await item(id)).release_history).toHaveLength(3);
  });
});
