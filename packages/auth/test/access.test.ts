// The access-request flow through the SDK: a user asks for a role, an admin approves it, and
// a brand-new password-grant token carries it. Soft failures surface as typed errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SoftFailureError, UnauthorizedError } from "@provena-sdk/http-core";
import { AccessRequestNotFoundError, AccessRequestRefusedError, AuthSoftFailureError, UnknownRoleError, withRoleChanges } from "../src/index.js";
import { startLocalAuth, type LocalAuth } from "./support/local.js";

let local: LocalAuth;
beforeAll(async () => {
  local = await startLocalAuth();
});
afterAll(() => local.server.stop());

describe("access requests", () => {
  it("ends with a new token that carries the approved role", async () => {
    const user = local.client("user1");
    const admin = local.client("admin");
    expect(await local.freshTokenRoles("user1")).not.toContain("job-service-read");
    // Without the role, the admin routes refuse user1.
    await expect(user.admin.groups.list()).rejects.toBeInstanceOf(UnauthorizedError);

    const status = await user.access.requestRoles({ grant: ["sys-admin-read"] });
    expect(status.success).toBe(true);
    const [pending] = await user.access.pendingHistory();
    expect(pending).toMatchObject({ username: "user1", status: "PENDING_APPROVAL" });

    // A second request while one is pending is refused, with a typed reason.
    const again = await user.access.requestRoles({ grant: ["job-service-read"] }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(AccessRequestRefusedError);
    expect(again).toBeInstanceOf(AuthSoftFailureError);
    expect((again as AccessRequestRefusedError).reason).toBe("pending-request");
    expect((again as AccessRequestRefusedError).cause).toBeInstanceOf(SoftFailureError);

    const request = { username: "user1", requestId: pending!.request_id };
    expect((await admin.admin.access.allPending()).map((r) => r.request_id)).toContain(pending!.request_id);
    expect(await admin.admin.access.addNote(request, "checked")).toEqual({ success: true, details: "Added note." });
    const changed = await admin.admin.access.changeState(request, "APPROVED_PENDING_ACTION", { note: "approved" });
    expect(changed.state_change).toEqual({ success: true, details: "Updated status to APPROVED_PENDING_ACTION." });

    expect(await local.freshTokenRoles("user1")).toContain("sys-admin-read");
    // A new client (new password grant) can now use a sys-admin-read route.
    expect(await local.client("user1").admin.groups.list()).toEqual([]);
    const report = await local.client("user1").access.report();
    expect(report.components.find((c) => c.component_name === "sys-admin")?.component_roles.find((r) => r.role_name === "sys-admin-read")?.access_granted).toBe(true);

    const [history] = await user.access.history();
    expect(history).toMatchObject({ status: "APPROVED_PENDING_ACTION", notes: "checked,approved" });
    expect(await admin.admin.access.userHistory("user1")).toHaveLength(1);
    expect(await admin.admin.access.userPending("user1")).toEqual([]);
    expect(await admin.admin.access.delete(request)).toEqual({ success: true, details: `Deleted record ${pending!.request_id}` });
    expect(await admin.admin.access.allHistory()).toEqual([]);
  });

  it("refuses a request that changes nothing", async () => {
    const user = local.client("user2");
    const current = await user.access.report();
    const error = await user.access.requestChange(current).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccessRequestRefusedError);
    expect((error as AccessRequestRefusedError).reason).toBe("no-change");
    expect((error as AccessRequestRefusedError).details).toBe("There were no differences between current access and desired access.");
  });

  it("types an unknown request and an unknown role", async () => {
    const admin = local.client("admin");
    await expect(admin.admin.access.changeState({ username: "user2", requestId: 1 }, "DENIED_PENDING_DELETION")).rejects.toBeInstanceOf(AccessRequestNotFoundError);
    await expect(admin.admin.access.addNote({ username: "user2", requestId: 1 }, "x")).rejects.toBeInstanceOf(AccessRequestNotFoundError);
    const report = await admin.access.report();
    expect(() => withRoleChanges(report, { grant: ["no-such-role"] })).toThrow(UnknownRoleError);
    const revoked = withRoleChanges(report, { revoke: ["handle-admin"] });
    expect(revoked.components[0]?.component_roles.find((r) => r.role_name === "handle-admin")?.access_granted).toBe(false);
  });
});
