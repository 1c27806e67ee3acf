// Identity links: a user links only to a Person they own (checked through the registry's
// item access, group grants included), admins assign with `force`, clear, and look up in
// both directions. The Person rows are written straight into the registry's tables.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryStorage, startLocalServer, type LocalServer, type Storage } from "../src/index.js";
import { authClient, putRegistryItem } from "./auth-helpers.js";

let server: LocalServer;
let storage: Storage;
let api: ReturnType<typeof authClient>;
beforeAll(async () => {
  storage = memoryStorage();
  server = await startLocalServer({ storage });
  api = authClient(server.endpoints.auth, (username) => server.mintToken(username));
  putRegistryItem(storage, { id: "10378.1/100", owner: "user1" });
  putRegistryItem(storage, { id: "10378.1/200", owner: "user2" });
  putRegistryItem(storage, { id: "10378.1/300", owner: "user3", subtype: "ORGANISATION" });
  // user3 is an item admin of user2's Person through a group, but not its owner.
  putRegistryItem(storage, { id: "10378.1/400", owner: "user2", groups: { editors: ["admin"] } });
});
afterAll(() => server.stop());

describe("user links", () => {
  it("links a user to a Person they own, once", async () => {
    expect((await api.as("user1").get("/link/user/lookup")).body).toEqual({ person_id: null, success: false });
    const validated = await api.as("user1").post("/link/user/validate", { person_id: "10378.1/100" });
    expect(validated.body).toEqual({ status: { success: true, details: "This person ID could be linked to the specified username. Validation successful." } });

    const assigned = await api.as("user1").post("/link/user/assign", { person_id: "10378.1/100" });
    expect(assigned).toEqual({ status: 200, body: {} });
    expect((await api.as("user1").get("/link/user/lookup")).body).toEqual({ person_id: "10378.1/100", success: true });
    // Anyone may look anyone up.
    expect((await api.as("user2").get("/link/user/lookup", { username: "user1" })).body).toEqual({ person_id: "10378.1/100", success: true });

    const again = await api.as("user1").post("/link/user/assign", { person_id: "10378.1/100" });
    expect(again.status).toBe(400);
    expect(again.body.detail).toBe("The username user1 already has a person ID assigned, ID 10378.1/100. You cannot deassign a Person ID without contacting an admin.");
    const revalidate = await api.as("user1").post("/link/user/validate", { person_id: "10378.1/100" });
    expect(revalidate.body.status.success).toBe(false);
  });

  it("refuses someone else's Person with the registry's 401", async () => {
    const res = await api.as("user3").post("/link/user/assign", { person_id: "10378.1/200" });
    expect(res.status).toBe(401);
    expect(res.body.detail).toBe(
      "Registry did not grant access to the auth configuration for this person. Details: You are not authorised to view the access configuration for item id='10378.1/200'..",
    );
    expect((await api.as("user3").get("/link/user/lookup")).body.success).toBe(false);
  });

  it("refuses an item admin who is not the owner, even with a group grant", async () => {
    // Without the group, the registry itself says no.
    expect((await api.as("user3").post("/link/user/assign", { person_id: "10378.1/400" })).body.detail).toMatch(/^Registry did not grant access/);
    await api.as("admin").post("/groups/admin/add_group", { id: "editors", display_name: "Editors", description: "Edit Persons" });
    await api.as("admin").post("/groups/admin/add_member", { username: "user3" }, { group_id: "editors" });
    // With it, the registry shows the settings and the ownership check says no.
    const res = await api.as("user3").post("/link/user/assign", { person_id: "10378.1/400" });
    expect(res.status).toBe(401);
    expect(res.body.detail).toBe(
      "You are not authorised to assign your identity to a Person in the Registry which you do not own. Username: user3. Person ID: 10378.1/400.",
    );
    const validate = await api.as("user3").post("/link/user/validate", { person_id: "10378.1/400" });
    expect(validate.body.status).toEqual({ success: false, details: res.body.detail });
  });

  it("reports a missing id or a non-Person as the registry's error wrapped in a 500", async () => {
    const missing = await api.as("user3").post("/link/user/assign", { person_id: "10378.1/999" });
    expect(missing.status).toBe(500);
    expect(missing.body.detail).toBe(
      "Unexpected non 200 status code in Registry person auth configuration fetch. Status code: 400. Details: Item (id='10378.1/999') was not present in the registry. Are you sure the id is correct?.",
    );
    const organisation = await api.as("user3").post("/link/user/assign", { person_id: "10378.1/300" });
    expect(organisation.status).toBe(500);
    expect(organisation.body.detail).toContain("has item subtype of ORGANISATION but expected PERSON");
  });

  it("answers 422 on an empty person_id", async () => {
    for (const path of ["/link/user/assign", "/link/user/validate"]) {
      const res = await api.as("user2").post(path, { person_id: "" });
      expect(res.status).toBe(422);
      expect(res.body.detail).toEqual([
        { loc: ["body", "person_id"], msg: "ensure this value has at least 1 characters", type: "value_error.any_str.min_length", ctx: { limit_value: 1 } },
      ]);
    }
    expect((await api.as("admin").post("/link/admin/assign", { username: "user2", person_id: "" })).status).toBe(422);
  });
});

describe("admin links", () => {
  it("assigns with force, clears, and reverse-looks-up several users", async () => {
    const taken = await api.as("admin").post("/link/admin/assign", { username: "user1", person_id: "10378.1/200" });
    expect(taken.status).toBe(400);
    expect(taken.body.detail).toBe("The username user1 already has a person ID assigned, ID 10378.1/100. Use the force parameter to reassign.");

    // Ownership is not checked for admins: user1 and user2 can share user2's Person.
    expect((await api.as("admin").post("/link/admin/assign", { username: "user1", person_id: "10378.1/200", force: true })).body).toEqual({});
    expect((await api.as("admin").post("/link/admin/assign", { username: "user2", person_id: "10378.1/200" })).body).toEqual({});
    expect((await api.as("admin").post("/link/admin/assign", { username: "admin", person_id: "10378.1/200" })).body).toEqual({});
    expect((await api.as("admin").get("/link/admin/lookup", { username: "user1" })).body).toEqual({ person_id: "10378.1/200", success: true });
    expect((await api.as("admin").get("/link/admin/reverse_lookup", { person_id: "10378.1/200" })).body).toEqual({ usernames: ["admin", "user1", "user2"] });

    expect((await api.as("admin").delete("/link/admin/clear", { username: "user1" })).body).toEqual({});
    expect((await api.as("admin").delete("/link/admin/clear", { username: "nobody" })).body).toEqual({});
    expect((await api.as("admin").get("/link/admin/lookup", { username: "user1" })).body).toEqual({ person_id: null, success: false });
    expect((await api.as("admin").get("/link/admin/reverse_lookup", { person_id: "10378.1/200" })).body.usernames).toEqual(["admin", "user2"]);
    expect((await api.as("admin").get("/link/admin/reverse_lookup", { person_id: "10378.1/100" })).body.usernames).toEqual([]);
  });

  it("validates the Person exists unless told not to", async () => {
    const missing = await api.as("admin").post("/link/admin/assign", { username: "user3", person_id: "10378.1/999" });
    expect(missing.status).toBe(500);
    expect(missing.body.detail).toMatch(/^Registry fetch response id='10378.1\/999' indicated status failure/);
    expect((await api.as("admin").post("/link/admin/assign", { username: "user3", person_id: "10378.1/999", validate_item: false })).status).toBe(200);
    expect((await api.as("user1").get("/link/user/lookup", { username: "user3" })).body).toEqual({ person_id: "10378.1/999", success: true });
  });
});
