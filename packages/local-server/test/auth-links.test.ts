// Identity links: a user links only to a Person they own (checked through the registry's
// item access, group grants included), admins assign with `force`, clear, and look up in
// both directions. Persons are created through the registry's own routes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalServer, type LocalServer } from "../src/index.js";
import { authClient, createRegistryItem, personInfo } from "./auth-helpers.js";

let server: LocalServer;
let api: ReturnType<typeof authClient>;
let p100: string;
let p200: string;
let org300: string;
let p400: string;
beforeAll(async () => {
  server = await startLocalServer();
  api = authClient(server.endpoints.auth, (username) => server.mintToken(username));
  const registry = server.endpoints.registry;
  p100 = await createRegistryItem(registry, server.mintToken("user1"), "/registry/agent/person", personInfo("One"));
  p200 = await createRegistryItem(registry, server.mintToken("user2"), "/registry/agent/person", personInfo("Two"));
  org300 = await createRegistryItem(registry, server.mintToken("user3"), "/registry/agent/organisation", { display_name: "Org", name: "Org", ror: "http://example.org/org" });
  p400 = await createRegistryItem(registry, server.mintToken("user2"), "/registry/agent/person", personInfo("Four"));
  // user3 becomes an item admin of user2's Person p400 through the "editors" group (once a member).
  const put = await fetch(`${registry}/registry/agent/person/auth/configuration?id=${encodeURIComponent(p400)}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${server.mintToken("user2")}`, "content-type": "application/json" },
    body: JSON.stringify({ owner: "user2", general: ["metadata-read"], groups: { editors: ["admin"] } }),
  });
  expect(put.status).toBe(200);
});
afterAll(() => server.stop());

/** What the registry's `GET /registry/agent/person/auth/configuration` answers `username`. */
async function registryAuthConfiguration(username: string, id: string): Promise<{ status: number; detail: string }> {
  const res = await fetch(`${server.endpoints.registry}/registry/agent/person/auth/configuration?id=${encodeURIComponent(id)}`, {
    headers: { authorization: `Bearer ${server.mintToken(username)}` },
  });
  const body = (await res.json()) as { detail?: unknown };
  return { status: res.status, detail: String(body.detail) };
}

describe("user links", () => {
  it("links a user to a Person they own, once", async () => {
    expect((await api.as("user1").get("/link/user/lookup")).body).toEqual({ person_id: null, success: false });
    const validated = await api.as("user1").post("/link/user/validate", { person_id: p100 });
    expect(validated.body).toEqual({ status: { success: true, details: "This person ID could be linked to the specified username. Validation successful." } });

    const assigned = await api.as("user1").post("/link/user/assign", { person_id: p100 });
    expect(assigned).toEqual({ status: 200, body: {} });
    expect((await api.as("user1").get("/link/user/lookup")).body).toEqual({ person_id: p100, success: true });
    // Anyone may look anyone up.
    expect((await api.as("user2").get("/link/user/lookup", { username: "user1" })).body).toEqual({ person_id: p100, success: true });

    const again = await api.as("user1").post("/link/user/assign", { person_id: p100 });
    expect(again.status).toBe(400);
    expect(again.body.detail).toBe(`The username user1 already has a person ID assigned, ID ${p100}. You cannot deassign a Person ID without contacting an admin.`);
    const revalidate = await api.as("user1").post("/link/user/validate", { person_id: p100 });
    expect(revalidate.body.status.success).toBe(false);
  });

  it("refuses someone else's Person with the registry's 401", async () => {
    const res = await api.as("user3").post("/link/user/assign", { person_id: p200 });
    expect(res.status).toBe(401);
    // The wrapped detail is exactly what the registry's own route answers.
    const registry = await registryAuthConfiguration("user3", p200);
    expect(registry.status).toBe(401);
    expect(res.body.detail).toBe(`Registry did not grant access to the auth configuration for this person. Details: ${registry.detail}.`);
    expect((await api.as("user3").get("/link/user/lookup")).body.success).toBe(false);
  });

  it("refuses an item admin who is not the owner, even with a group grant", async () => {
    // Without the group, the registry itself says no.
    expect((await api.as("user3").post("/link/user/assign", { person_id: p400 })).body.detail).toMatch(/^Registry did not grant access/);
    await api.as("admin").post("/groups/admin/add_group", { id: "editors", display_name: "Editors", description: "Edit Persons" });
    await api.as("admin").post("/groups/admin/add_member", { username: "user3" }, { group_id: "editors" });
    // With it, the registry shows the settings and the ownership check says no.
    const res = await api.as("user3").post("/link/user/assign", { person_id: p400 });
    expect(res.status).toBe(401);
    expect(res.body.detail).toBe(
      `You are not authorised to assign your identity to a Person in the Registry which you do not own. Username: user3. Person ID: ${p400}.`,
    );
    const validate = await api.as("user3").post("/link/user/validate", { person_id: p400 });
    expect(validate.body.status).toEqual({ success: false, details: res.body.detail });
  });

  it("reports a missing id or a non-Person as the registry's error wrapped in a 500", async () => {
    const missing = await api.as("user3").post("/link/user/assign", { person_id: "10378.1/999" });
    expect(missing.status).toBe(500);
    const registry = await registryAuthConfiguration("user3", "10378.1/999");
    expect(registry.status).toBe(400);
    expect(missing.body.detail).toBe(`Unexpected non 200 status code in Registry person auth configuration fetch. Status code: 400. Details: ${registry.detail}.`);
    const organisation = await api.as("user3").post("/link/user/assign", { person_id: org300 });
    expect(organisation.status).toBe(500);
    expect(organisation.body.detail).toMatch(/^Unexpected non 200 status code in Registry person auth configuration fetch\. Status code: 400\. Details: .*ORGANISATION/);
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
    const taken = await api.as("admin").post("/link/admin/assign", { username: "user1", person_id: p200 });
    expect(taken.status).toBe(400);
    expect(taken.body.detail).toBe(`The username user1 already has a person ID assigned, ID ${p100}. Use the force parameter to reassign.`);

    // Ownership is not checked for admins: user1 and user2 can share user2's Person.
    expect((await api.as("admin").post("/link/admin/assign", { username: "user1", person_id: p200, force: true })).body).toEqual({});
    expect((await api.as("admin").post("/link/admin/assign", { username: "user2", person_id: p200 })).body).toEqual({});
    expect((await api.as("admin").post("/link/admin/assign", { username: "admin", person_id: p200 })).body).toEqual({});
    expect((await api.as("admin").get("/link/admin/lookup", { username: "user1" })).body).toEqual({ person_id: p200, success: true });
    expect((await api.as("admin").get("/link/admin/reverse_lookup", { person_id: p200 })).body).toEqual({ usernames: ["admin", "user1", "user2"] });

    expect((await api.as("admin").delete("/link/admin/clear", { username: "user1" })).body).toEqual({});
    expect((await api.as("admin").delete("/link/admin/clear", { username: "nobody" })).body).toEqual({});
    expect((await api.as("admin").get("/link/admin/lookup", { username: "user1" })).body).toEqual({ person_id: null, success: false });
    expect((await api.as("admin").get("/link/admin/reverse_lookup", { person_id: p200 })).body.usernames).toEqual(["admin", "user2"]);
    expect((await api.as("admin").get("/link/admin/reverse_lookup", { person_id: p100 })).body.usernames).toEqual([]);
  });

  it("validates the Person exists unless told not to", async () => {
    const missing = await api.as("admin").post("/link/admin/assign", { username: "user3", person_id: "10378.1/999" });
    expect(missing.status).toBe(500);
    expect(missing.body.detail).toMatch(/^Registry fetch response id='10378.1\/999' indicated status failure/);
    expect((await api.as("admin").post("/link/admin/assign", { username: "user3", person_id: "10378.1/999", validate_item: false })).status).toBe(200);
    expect((await api.as("user1").get("/link/user/lookup", { username: "user3" })).body).toEqual({ person_id: "10378.1/999", success: true });
  });
});
