// Identity links through the SDK, with Persons created through the registry's HTTP route:
// a user links only to a Person they own; admins force, clear and reverse-look-up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError, UnauthorizedError, UnprocessableEntityError } from "@provena-sdk/http-core";
import { LinkValidationError } from "../src/index.js";
import { startLocalAuth, type LocalAuth } from "./support/local.js";

let local: LocalAuth;
let user1Person: string;
let user2Person: string;
beforeAll(async () => {
  local = await startLocalAuth();
  user1Person = await local.createPerson("user1", "User One");
  user2Person = await local.createPerson("user2", "User Two");
});
afterAll(() => local.server.stop());

describe("user links", () => {
  it("links to an owned Person only, and only once", async () => {
    const user1 = local.client("user1").links;
    expect(await user1.lookup()).toBeNull();
    await user1.validate(user1Person);
    // Not the owner: the registry refuses the auth configuration (401).
    await expect(user1.assign(user2Person)).rejects.toBeInstanceOf(UnauthorizedError);

    await user1.assign(user1Person);
    expect(await user1.lookup()).toBe(user1Person);
    expect(await local.client("user3").links.lookup("user1")).toBe(user1Person);

    const again = await user1.assign(user1Person).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(BadRequestError);
    expect((again as BadRequestError).serverMessage).toContain("already has a person ID assigned");
    const invalid = await user1.validate(user1Person).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(LinkValidationError);
    expect((invalid as LinkValidationError).personId).toBe(user1Person);
  });

  it("rejects an empty person id with 422", async () => {
    const error = await local.client("user2").links.assign("").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).issues[0]).toMatchObject({ loc: ["body", "person_id"], type: "value_error.any_str.min_length" });
  });
});

describe("admin links", () => {
  it("forces, clears and reverse-looks-up several users", async () => {
    const admin = local.client("admin").admin.links;
    await expect(admin.assign({ username: "user1", personId: user2Person })).rejects.toBeInstanceOf(BadRequestError);
    await admin.assign({ username: "user1", personId: user2Person, force: true });
    await admin.assign({ username: "user2", personId: user2Person });
    await admin.assign({ username: "user3", personId: user2Person });
    expect(await admin.lookup("user1")).toBe(user2Person);
    expect(await admin.reverseLookup(user2Person)).toEqual(["user1", "user2", "user3"]);
    expect(await admin.reverseLookup(user1Person)).toEqual([]);

    await admin.clear("user3");
    await admin.clear("user3");
    expect(await admin.lookup("user3")).toBeNull();
    expect(await admin.reverseLookup(user2Person)).toEqual(["user1", "user2"]);
    // After a clear, the user may link themselves again (to a Person they own).
    const user3Person = await local.createPerson("user3", "User Three");
    await local.client("user3").links.assign(user3Person);
    expect(await local.client("user3").links.lookup()).toBe(user3Person);
  });
});
