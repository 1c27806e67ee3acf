// Access reports and requests end to end: a user asks for a role, an admin approves, and the
// user's NEXT token (minted or from the password grant) carries it.
/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- response bodies are `any` in tests (validated against the spec by callAuth) */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalServer, type LocalServer } from "../src/index.js";
import { authClient, type Body } from "./auth-helpers.js";
import { claimsOf, postForm } from "./helpers.js";

let server: LocalServer;
let api: ReturnType<typeof authClient>;
beforeAll(async () => {
  server = await startLocalServer();
  api = authClient(server.endpoints.auth, (username) => server.mintToken(username));
});
afterAll(() => server.stop());

/** The current report with one role's `access_granted` flipped to `granted`. */
async function desiredReport(username: string, role: string, granted: boolean): Promise<Body> {
  const { body } = await api.as(username).get("/access-control/user/generate-access-report");
  for (const component of body.report.components) for (const r of component.component_roles) if (r.role_name === role) r.access_granted = granted;
  return body.report;
}

async function passwordGrantRoles(username: string): Promise<string[]> {
  const res = await postForm(`${server.issuer}/protocol/openid-connect/token`, { grant_type: "password", client_id: "integration-tests", username, password: username });
  expect(res.status).toBe(200);
  return claimsOf(res.body.access_token as string).realm_access.roles as string[];
}

describe("access report", () => {
  it("reports the four catalogue components against the token's roles", async () => {
    const res = await api.as("user1").get("/access-control/user/generate-access-report");
    expect(res.status).toBe(200);
    expect(res.body.status).toEqual({ success: true, details: "Generated access report successfully." });
    const components = res.body.report.components as Body[];
    expect(components.map((c) => c.component_name)).toEqual(["handle-service", "sys-admin", "entity-registry", "job-service"]);
    const granted = components.flatMap((c) => c.component_roles.filter((r: Body) => r.access_granted).map((r: Body) => r.role_name));
    expect(granted.sort()).toEqual(["entity-registry-read", "entity-registry-write"]);
    const registryRead = components[2].component_roles[0];
    expect(registryRead).toEqual({
      role_name: "entity-registry-read",
      role_display_name: "Entity registry read only access",
      role_level: "READ",
      description: "Allows read only access to the entity registry - list, view.",
      intended_users: ["GENERAL", "ADMINISTRATOR"],
      access_granted: true,
    });
  });
});

describe("request, approve, new token", () => {
  it("grants the requested role on approval so the next token carries it", async () => {
    expect(await passwordGrantRoles("user2")).not.toContain("sys-admin-read");
    const desired = await desiredReport("user2", "sys-admin-read", true);

    const request = await api.as("user2").post("/access-control/user/request-change", desired);
    expect(request.body).toEqual({ status: { success: true, details: "Successfully requested an update to access. No email sent due to not being PROD." } });

    // A second request while one is pending is a soft failure.
    const again = await api.as("user2").post("/access-control/user/request-change", await desiredReport("user2", "handle-read", true));
    expect(again.status).toBe(200);
    expect(again.body.status).toEqual({
      success: false,
      details: "Failed due to user having unresolved requests, info: You have a pending request which has been pending less than 5 days.",
    });

    const pending = await api.as("user2").get("/access-control/user/pending-request-history");
    expect(pending.body.items).toHaveLength(1);
    const item = pending.body.items[0];
    expect(item).toMatchObject({ username: "user2", email: "user2@example.com", status: "PENDING_APPROVAL", ui_friendly_status: "request received, awaiting action", notes: "" });
    expect(item.expiry - item.created_timestamp).toBe(30 * 24 * 3600);
    const diff = JSON.parse(item.request_diff_contents as string);
    expect(diff.components).toHaveLength(1);
    expect(diff.components[0].component_name).toBe("sys-admin");
    expect(diff.components[0].component_roles.map((r: Body) => [r.role_name, r.access_granted])).toEqual([["sys-admin-read", true]]);
    expect(item.request_diff_contents).toContain('"component_name": "sys-admin"');
    expect(JSON.parse(item.complete_contents as string).components).toHaveLength(4);

    // The admin sees it among all pending requests and the user's.
    const allPending = await api.as("admin").get("/access-control/admin/all-pending-request-history");
    expect(allPending.body.items.map((i: Body) => i.request_id)).toContain(item.request_id);
    const userPending = await api.as("admin").get("/access-control/admin/user-pending-request-history", { username: "user2" });
    expect(userPending.body.items).toHaveLength(1);

    const note = await api.as("admin").post("/access-control/admin/add-note", { note: "looks fine", username: "user2", request_id: item.request_id });
    expect(note.body).toEqual({ success: true, details: "Added note." });

    const approve = await api.as("admin").post("/access-control/admin/change-request-state", {
      username: "user2",
      request_id: item.request_id,
      desired_state: "APPROVED_PENDING_ACTION",
      additional_note: "granted",
    });
    expect(approve.body).toEqual({
      state_change: { success: true, details: "Updated status to APPROVED_PENDING_ACTION." },
      email_alert: { success: true, details: "No email requested." },
    });

    // The next tokens carry the role, and it works on a sys-admin-read route.
    expect(await passwordGrantRoles("user2")).toContain("sys-admin-read");
    const fresh = server.mintToken("user2");
    expect(claimsOf(fresh).realm_access.roles).toContain("sys-admin-read");
    expect((await api.as("user2").get("/groups/admin/list_groups")).status).toBe(200);
    expect((await api.as("user2").get("/access-control/user/generate-access-report")).body.report.components[1].component_roles[0].access_granted).toBe(true);

    const history = await api.as("user2").get("/access-control/user/request-history");
    expect(history.body.items[0]).toMatchObject({ status: "APPROVED_PENDING_ACTION", ui_friendly_status: "request approved, action underway", notes: "looks fine,granted" });
    expect((await api.as("user2").get("/access-control/user/pending-request-history")).body.items).toEqual([]);

    // Moving on to ACTIONED does not apply anything twice; asking again for the same state is a no-op.
    const actioned = await api.as("admin").post("/access-control/admin/change-request-state", { username: "user2", request_id: item.request_id, desired_state: "ACTIONED_PENDING_DELETION" });
    expect(actioned.body.state_change.success).toBe(true);
    const same = await api.as("admin").post("/access-control/admin/change-request-state", { username: "user2", request_id: item.request_id, desired_state: "ACTIONED_PENDING_DELETION" });
    expect(same.body.state_change).toEqual({ success: true, details: "Status was already matching - no update applied." });
    expect(await passwordGrantRoles("user2")).toEqual(expect.arrayContaining(["entity-registry-read", "entity-registry-write", "sys-admin-read"]));
  });

  it("revokes a role on approval, and a denied request changes nothing", async () => {
    const desired = await desiredReport("user3", "entity-registry-write", false);
    expect((await api.as("user3").post("/access-control/user/request-change", desired)).body.status.success).toBe(true);
    const [item] = (await api.as("admin").get("/access-control/admin/user-request-history", { username: "user3" })).body.items;
    const denied = await api.as("admin").post("/access-control/admin/change-request-state", {
      username: "user3",
      request_id: item.request_id,
      desired_state: "DENIED_PENDING_DELETION",
    }, { send_email_alert: "true" });
    expect(denied.body.state_change.success).toBe(true);
    // No email leaves the local server, and it says so.
    expect(denied.body.email_alert.success).toBe(false);
    expect(claimsOf(server.mintToken("user3")).realm_access.roles).toContain("entity-registry-write");

    const approved = await api.as("admin").post("/access-control/admin/change-request-state", { username: "user3", request_id: item.request_id, desired_state: "ACTIONED_PENDING_DELETION" });
    expect(approved.body.state_change.success).toBe(true);
    expect(claimsOf(server.mintToken("user3")).realm_access.roles).toEqual(["entity-registry-read"]);

    const deleted = await api.as("admin").post("/access-control/admin/delete-request", { username: "user3", request_id: item.request_id });
    expect(deleted.body).toEqual({ success: true, details: `Deleted record ${item.request_id}` });
    expect((await api.as("admin").get("/access-control/admin/user-request-history", { username: "user3" })).body.items).toEqual([]);
  });
});

describe("soft failures and errors", () => {
  it("refuses a request with no difference", async () => {
    const { body } = await api.as("user1").get("/access-control/user/generate-access-report");
    const res = await api.as("user1").post("/access-control/user/request-change", body.report);
    expect(res.body).toEqual({ status: { success: false, details: "There were no differences between current access and desired access." } });
  });

  it("answers a plain 500 for a role the catalogue lacks, 422 for a bad enum", async () => {
    const report = await desiredReport("user1", "handle-read", true);
    report.components[0].component_roles[0].role_name = "made-up";
    const res = await fetch(`${server.endpoints.auth}/access-control/user/request-change`, {
      method: "POST",
      headers: { authorization: `Bearer ${server.mintToken("user1")}`, "content-type": "application/json" },
      body: JSON.stringify(report),
    });
    expect(res.status).toBe(500);
    expect(await res.text()).toBe("Internal Server Error");

    report.components[0].component_name = "nonsense";
    const bad = await api.as("user1").post("/access-control/user/request-change", report);
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0]).toMatchObject({ loc: ["body", "components", 0, "component_name"], type: "type_error.enum" });
  });

  it("reports unknown requests as failed statuses", async () => {
    const note = await api.as("admin").post("/access-control/admin/add-note", { note: "x", username: "user1", request_id: 42 });
    expect(note.body).toEqual({ success: false, details: "Could not find item in table." });
    const change = await api.as("admin").post("/access-control/admin/change-request-state", { username: "user1", request_id: 42, desired_state: "DENIED_PENDING_DELETION" });
    expect(change.body).toEqual({ state_change: { success: false, details: "Could not find item in table." }, email_alert: { success: false, details: "Could not find item in table." } });
    const missing = await api.as("admin").post("/access-control/admin/change-request-state", { username: "user1", request_id: 42 });
    expect(missing.status).toBe(422);
    expect(missing.body.detail).toEqual([{ loc: ["body", "desired_state"], msg: "field required", type: "value_error.missing" }]);
  });
});
