// Every operation of auth.json is served (none answers 501) and every answer matches the
// spec, called with the least a valid request needs; sys-admin roles per route come from the
// index, so a user without them gets upstream's 401.
import { afterAll, beforeAll, expect, it } from "vitest";
import { OPERATIONS } from "../src/spec/operations.js";
import { implementedOperations, startLocalServer, type LocalServer } from "../src/index.js";
import { AUTH_SPEC, callAuth } from "./auth-helpers.js";

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.stop());

const authOperations = OPERATIONS.filter((op) => op.service === "auth");

const BODIES: Record<string, unknown> = {
  "POST /access-control/admin/add-note": { note: "n", username: "user1", request_id: 1 },
  "POST /access-control/admin/change-request-state": { username: "user1", request_id: 1, desired_state: "APPROVED_PENDING_ACTION" },
  "POST /access-control/admin/delete-request": { username: "user1", request_id: 1 },
  "POST /access-control/user/request-change": { components: [] },
  "POST /groups/admin/add_member": { username: "user1" },
  "POST /groups/admin/remove_members": { group_id: "g", member_usernames: [] },
  "POST /groups/admin/add_group": { id: "ops group", display_name: "Ops", description: "d" },
  "PUT /groups/admin/update_group": { id: "ops group", display_name: "Ops", description: "d2" },
  "POST /groups/admin/import": { import_mode: "ADD_ONLY", items: [] },
  "POST /groups/admin/restore_from_table": { import_mode: "ADD_ONLY" },
  "POST /link/user/assign": { person_id: "nope" },
  "POST /link/user/validate": { person_id: "nope" },
  "POST /link/admin/assign": { username: "user3", person_id: "p", validate_item: false },
};

// The minimal requests above hit these documented non-200 answers (the other tests cover the
// success paths): unknown groups on writes are 400; a missing Person is a registry 400 the
// Auth API reports as 500; sentry-debug raises on purpose; restore needs an existing table.
const EXPECTED_STATUS: Record<string, number> = {
  "GET /admin/sentry-debug": 500,
  "POST /link/user/assign": 500,
  "POST /link/user/validate": 500,
  "POST /groups/admin/add_member": 400,
  "DELETE /groups/admin/remove_member": 400,
  "POST /groups/admin/remove_members": 400,
  "DELETE /groups/admin/remove_group": 400,
  "POST /groups/admin/restore_from_table": 500,
};

it("has 42 operations, all with a handler", () => {
  expect(authOperations).toHaveLength(42);
  expect(Object.keys(AUTH_SPEC.paths).flatMap((path) => Object.keys(AUTH_SPEC.paths[path] ?? {}))).toHaveLength(42);
  expect(implementedOperations().auth.sort()).toEqual(authOperations.map((op) => op.key).sort());
});

it.each(authOperations.map((op) => [op.key, op] as const))("%s answers as the spec says", async (_key, op) => {
  const query = Object.fromEntries(op.query.filter((q) => q.required).map((q) => [q.name, q.name === "username" ? "user1" : "x"]));
  const token = server.mintToken("admin");
  const res = await callAuth(server.endpoints.auth, token, op.method, op.path, { query, body: BODIES[op.key] });
  expect(res.status).not.toBe(501);
  expect(res.status, JSON.stringify(res.body)).toBe(EXPECTED_STATUS[op.key] ?? 200);
});

it.each(authOperations.filter((op) => op.auth.kind === "ALL").map((op) => [op.key, op] as const))(
  "%s refuses a token without its sys-admin role",
  async (_key, op) => {
    expect(op.auth.roles.every((role) => role.startsWith("sys-admin-"))).toBe(true);
    expect(op.auth.roles).toHaveLength(1);
    const query = Object.fromEntries(op.query.filter((q) => q.required).map((q) => [q.name, "x"]));
    const res = await callAuth(server.endpoints.auth, server.mintToken("user1"), op.method, op.path, { query, body: BODIES[op.key] });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: "You are not authorised to access this resource as you don't have the correct role." });
  },
);
