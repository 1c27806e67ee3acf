// `dataset.reviewing` / `reviewingAll` (`/registry/entity/dataset/user/releases`): only the
// datasets whose release the caller's Person reviews, across short pages, sorted and filtered,
// and the route's refusals as typed errors (no reviewer / unlinked caller: 400; someone else's
// reviews: 403).
import { BadRequestError, ForbiddenError, collectAll } from "@provena-sdk/http-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatasetDomainInfo, ItemDataset, RegistryClient, ReviewingPage } from "../src/index.js";
import { ORGANISATION, datasets } from "./support/examples.js";
import type { References } from "./support/examples.js";
import type { Fixture } from "./support/fixture.js";
import { startFixture } from "./support/fixture.js";

let fx: Fixture;
let owner: RegistryClient;
let reviewer: RegistryClient;
let ownerPerson = "";
let reviewerPerson = "";
/** Datasets user2 reviews, by release timestamp: pending ones and one already released. */
const pending: { id: string; releaseTimestamp: number }[] = [];
let released = "";
let notForReviewer: string[] = [];

function withRelease(base: DatasetDomainInfo, name: string, approver: string | null, status: DatasetDomainInfo["release_status"], timestamp: number | null): DatasetDomainInfo {
  return { ...base, display_name: name, release_approver: approver, release_status: status, release_timestamp: timestamp };
}

beforeAll(async () => {
  fx = await startFixture();
  owner = fx.client("user1");
  reviewer = fx.client("user2");
  ownerPerson = await fx.link("user1");
  reviewerPerson = await fx.link("user2");
  const organisation = (await owner.organisation.create(ORGANISATION[0]!)).item.id;
  const refs: References = { organisation, person: ownerPerson, model: "", datasetTemplates: ["", "", ""] };
  const [base] = datasets(refs);
  const dataStore = fx.service("data-store-api").dataset.proxy({ username: "user1", email: "user1@example.com", roles: [] });
  // Release order (timestamps) differs from creation order, so the two sorts disagree.
  for (const [i, timestamp] of [1_700_000_300, 1_700_000_100, 1_700_000_500, 1_700_000_200, 1_700_000_400].entries()) {
    const { item } = await dataStore.create(withRelease(base!, `pending ${i}`, reviewerPerson, "PENDING", timestamp));
    pending.push({ id: item.id, releaseTimestamp: timestamp });
  }
  released = (await dataStore.create(withRelease(base!, "released", reviewerPerson, "RELEASED", 1_700_000_600))).item.id;
  notForReviewer = [
    (await dataStore.create(withRelease(base!, "reviewed by user1", ownerPerson, "PENDING", 1_700_000_700))).item.id,
    (await dataStore.create(withRelease(base!, "no release requested", null, "NOT_RELEASED", null))).item.id,
  ];
});
afterAll(() => fx.stop());

describe("dataset.reviewing", () => {
  it("one page: only the datasets the caller's Person reviews, as typed items", async () => {
    const page: ReviewingPage = await reviewer.dataset.reviewing(reviewerPerson, { pageSize: 50 });
    expect(page.items.map((d) => d.id).sort()).toEqual([...pending.map((p) => p.id), released].sort());
    expect(page.items.every((d: ItemDataset) => d.item_subtype === "DATASET" && d.release_approver === reviewerPerson)).toBe(true);
    expect(page.status.success).toBe(true);
  });

  it("reviewingAll follows the key across short pages and yields every dataset once", async () => {
    const pages: ReviewingPage[] = [];
    for await (const page of reviewer.dataset.reviewingAll(reviewerPerson, { pageSize: 2 }).pages()) pages.push(page);
    const ids = pages.flatMap((p) => p.items.map((d) => d.id));
    expect(ids.sort()).toEqual([...pending.map((p) => p.id), released].sort());
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.slice(0, -1).every((p) => p.paginationKey !== null)).toBe(true);
    expect(pages.at(-1)!.paginationKey).toBeNull();
    for (const id of notForReviewer) expect(ids).not.toContain(id);

    // Page by page by hand gives the same datasets.
    const byHand: string[] = [];
    let page = await reviewer.dataset.reviewing(reviewerPerson, { pageSize: 2 });
    byHand.push(...page.items.map((d) => d.id));
    while (page.paginationKey !== null) {
      page = await reviewer.dataset.reviewing(reviewerPerson, { pageSize: 2, paginationKey: page.paginationKey });
      byHand.push(...page.items.map((d) => d.id));
    }
    expect(byHand.sort()).toEqual(ids);
  });

  it("sorts by release time (either direction) or, by default, newest updated first", async () => {
    const ascending = await collectAll(reviewer.dataset.reviewingAll(reviewerPerson, { sort: { by: "RELEASE_TIMESTAMP", ascending: true }, releaseStatus: "PENDING", pageSize: 2 }));
    expect(ascending.map((d) => d.id)).toEqual([...pending].sort((a, b) => a.releaseTimestamp - b.releaseTimestamp).map((p) => p.id));
    const descending = await collectAll(reviewer.dataset.reviewingAll(reviewerPerson, { sort: { by: "RELEASE_TIMESTAMP" }, releaseStatus: "PENDING" }));
    expect(descending.map((d) => d.release_timestamp)).toEqual([1_700_000_500, 1_700_000_400, 1_700_000_300, 1_700_000_200, 1_700_000_100]);
    const byUpdate = await collectAll(reviewer.dataset.reviewingAll(reviewerPerson, { prefetch: false, pageSize: 2 }));
    const updated = byUpdate.map((d) => d.updated_timestamp);
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    expect(byUpdate).toHaveLength(pending.length + 1);
  });

  it("filters by release status", async () => {
    const releasedOnly = await collectAll(reviewer.dataset.reviewingAll(reviewerPerson, { releaseStatus: "RELEASED", pageSize: 3 }));
    expect(releasedOnly.map((d) => d.id)).toEqual([released]);
    expect((await reviewer.dataset.reviewing(reviewerPerson, { releaseStatus: "NOT_RELEASED" })).items).toEqual([]);
  });

  it("someone else's reviews are a ForbiddenError (403), for one page and for reviewingAll", async () => {
    const error = await owner.dataset.reviewing(reviewerPerson).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).status).toBe(403);
    expect((error as ForbiddenError).operationName).toBe("registry.dataset.reviewing");
    await expect(collectAll(owner.dataset.reviewingAll(reviewerPerson))).rejects.toBeInstanceOf(ForbiddenError);
    // Their own Person's reviews are fine (and hold only the dataset they review).
    expect((await owner.dataset.reviewing(ownerPerson)).items.map((d) => d.id)).toEqual([notForReviewer[0]]);
  });

  it("a caller not linked to a Person gets a BadRequestError (400) naming the link", async () => {
    const error = await fx.client("user3").dataset.reviewing(reviewerPerson).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).serverMessage).toMatch(/link/i);
    await expect(collectAll(fx.client("user3").dataset.reviewingAll(reviewerPerson))).rejects.toBeInstanceOf(BadRequestError);
  });

  it("no reviewer (an untyped caller) is a BadRequestError (400) before any link check", async () => {
    // The type requires a reviewer; plain JavaScript can still leave it out, and the server's 400 comes through.
    const missing = undefined as unknown as string;
    for (const client of [reviewer, fx.client("user3")]) {
      const error = await client.dataset.reviewing(missing).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect((error as BadRequestError).serverMessage).toMatch(/release_reviewer/);
    }
  });
});
