// The release workflow with an owner (user1), a reviewer (user2) and a third user (user3), and
// every refusal in the order upstream checks them (behaviour.md §3.2).
import { clientCredentials } from "@provena-sdk/auth-core";
import { BadRequestError, UnauthorizedError } from "@provena-sdk/http-core";
import { createRegistryClient } from "@provena-sdk/registry";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DatasetInReleaseError } from "../src/index.js";
import type { CollectionFormat, DatastoreClient } from "../src/index.js";
import type { Fixture } from "./support/fixture.js";
import { startFixture } from "./support/fixture.js";

let fx: Fixture;
let owner: DatastoreClient;
let reviewer: DatastoreClient;
let third: DatastoreClient;
let admin: DatastoreClient;
let metadata: CollectionFormat;
let ownerPerson: string;
let reviewerPerson: string;

beforeAll(async () => {
  fx = await startFixture();
  [owner, reviewer, third, admin] = ["user1", "user2", "user3", "admin"].map((u) => fx.client(u)) as [DatastoreClient, DatastoreClient, DatastoreClient, DatastoreClient];
  metadata = await fx.metadataFor("user1");
  ownerPerson = await fx.link("user1");
  reviewerPerson = await fx.link("user2");
});
afterAll(() => fx.stop());

it("reviewers are managed by system admins and listed to writers", async () => {
  await expect(owner.release.addReviewer(reviewerPerson)).rejects.toBeInstanceOf(UnauthorizedError);
  await admin.release.addReviewer(reviewerPerson);
  expect(await owner.release.listReviewers()).toEqual([reviewerPerson]);
  const { item: extraPerson } = await fx.registry("admin").person.create({ display_name: "Extra reviewer", email: "x@example.com", first_name: "X", last_name: "R", ethics_approved: true });
  const extra = extraPerson.id;
  await admin.release.addReviewer(extra);
  expect(new Set(await owner.release.listReviewers())).toEqual(new Set([reviewerPerson, extra]));
  await expect(owner.release.removeReviewer(extra)).rejects.toBeInstanceOf(UnauthorizedError);
  await admin.release.removeReviewer(extra);
  expect(await owner.release.listReviewers()).toEqual([reviewerPerson]);
});

it("request → reject → request → approve, with every refusal on the way", async () => {
  const { handle } = await owner.mint(metadata);

  // Request refusals, in upstream's order: an unlinked caller (400), not the dataset's admin
  // (401, below), an approver who is no reviewer (400).
  await expect(third.release.requestApproval(handle, reviewerPerson, "please")).rejects.toBeInstanceOf(BadRequestError);
  await expect(owner.release.requestApproval(handle, ownerPerson, "please")).rejects.toBeInstanceOf(BadRequestError);

  const requested = await owner.release.requestApproval(handle, reviewerPerson, "ready for release");
  expect(requested).toMatchObject({ dataset_id: handle, approver_id: reviewerPerson });
  let { item } = await owner.fetch(handle);
  expect(item.release_status).toBe("PENDING");
  expect(item.release_approver).toBe(reviewerPerson);
  expect(item.release_history?.map((e) => [e.action, e.approver, e.requester, e.notes])).toEqual([["REQUEST", reviewerPerson, ownerPerson, "ready for release"]]);
  expect(item.history).toHaveLength(1);

  // While pending: a second request is refused (400) and the files are frozen (403); reading is fine.
  await expect(owner.release.requestApproval(handle, reviewerPerson, "again")).rejects.toBeInstanceOf(BadRequestError);
  await expect(owner.credentials(handle, "write")).rejects.toBeInstanceOf(DatasetInReleaseError);
  expect((await owner.credentials(handle, "read")).access).toBe("read");

  // Action refusals, in order: an unlinked caller (400), a caller who is no reviewer (401), then
  // (a reviewer) the dataset not PENDING (400) and not the named approver (401).
  await expect(third.release.approve(handle, "ok")).rejects.toBeInstanceOf(BadRequestError);
  const thirdPerson = await fx.link("user3");
  await expect(third.release.requestApproval(handle, reviewerPerson, "please")).rejects.toBeInstanceOf(UnauthorizedError);
  await expect(third.release.approve(handle, "ok")).rejects.toBeInstanceOf(UnauthorizedError);
  const other = await owner.mint(metadata);
  await expect(reviewer.release.approve(other.handle, "ok")).rejects.toBeInstanceOf(BadRequestError);
  await admin.release.addReviewer(thirdPerson);
  await expect(third.release.approve(handle, "ok")).rejects.toBeInstanceOf(UnauthorizedError);
  await expect(owner.release.approve(handle, "my own")).rejects.toBeInstanceOf(UnauthorizedError);

  const rejected = await reviewer.release.reject(handle, "missing licence notes");
  expect(rejected).toMatchObject({ dataset_id: handle, approved: false });
  item = (await owner.fetch(handle)).item;
  expect(item.release_status).toBe("NOT_RELEASED");
  expect(item.release_history?.map((e) => e.action)).toEqual(["REQUEST", "REJECT"]);
  expect((await owner.credentials(handle, "write")).access).toBe("write");

  await owner.release.requestApproval(handle, reviewerPerson, "fixed");
  const approved = await reviewer.release.approve(handle, "looks good");
  expect(approved).toMatchObject({ dataset_id: handle, approved: true });
  item = (await owner.fetch(handle)).item;
  expect(item.release_status).toBe("RELEASED");
  expect(item.release_history?.map((e) => [e.action, e.notes])).toEqual([
    ["REQUEST", "ready for release"],
    ["REJECT", "missing licence notes"],
    ["REQUEST", "fixed"],
    ["APPROVE", "looks good"],
  ]);
  expect(item.history).toHaveLength(1);

  // Released: files frozen for good, and no new request.
  const frozen = (await owner.credentials(handle, "write").catch((e: unknown) => e)) as DatasetInReleaseError;
  expect(frozen).toBeInstanceOf(DatasetInReleaseError);
  expect(frozen.status).toBe(403);
  await expect(owner.release.requestApproval(handle, reviewerPerson, "once more")).rejects.toBeInstanceOf(BadRequestError);
  // Metadata stays editable (only data writes are blocked).
  await owner.update(handle, metadata, "typo");
});

it("a seed dataset cannot be sent for release (400)", async () => {
  const service = createRegistryClient({
    endpoints: fx.server.endpoints,
    tokenProvider: clientCredentials({ issuer: fx.server.issuer, clientId: "data-store-api", clientSecret: "data-store-api-secret" }),
    retry: false,
  });
  const seed = await service.dataset.proxy({ username: "user1", roles: ["entity-registry-read", "entity-registry-write"] }).seed();
  await expect(owner.release.requestApproval(seed.id, reviewerPerson, "seed")).rejects.toBeInstanceOf(BadRequestError);
});
