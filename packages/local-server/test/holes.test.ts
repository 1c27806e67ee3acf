// The holes found by trying hostile requests on loopback (issue 10): each test failed on the
// code before the fix. Self-approval of access requests, prototype-key group ids, oversized
// bodies, dot segments that cross service prefixes, and lenient JWT signature decoding.
/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- response bodies are `any` in tests */
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REALM_ROLE_CATALOGUE, startLocalServer, type LocalServer } from "../src/index.js";
import { authClient, type Body } from "./auth-helpers.js";
import { claimsOf, postForm } from "./helpers.js";
import { startRegistry, type RegistryHarness } from "./registry/client.js";
import { createReferences } from "./registry/fixtures.js";

let server: LocalServer;
let api: ReturnType<typeof authClient>;
beforeAll(async () => {
  server = await startLocalServer({
    users: [
      { username: "admin", password: "admin", roles: REALM_ROLE_CATALOGUE },
      { username: "sysadm", password: "sysadm", roles: ["sys-admin-read", "sys-admin-write"] },
      { username: "user1", password: "user1", email: "user1@example.com", roles: ["entity-registry-read"] },
    ],
  });
  api = authClient(server.endpoints.auth, (username) => server.mintToken(username));
});
afterAll(() => server.stop());

/** A raw HTTP exchange: the path goes on the wire exactly as given (fetch would resolve dot segments). */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  const origin = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: origin.hostname, port: origin.port, path, method: options.method ?? "GET", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

async function requestEveryRole(username: string): Promise<string> {
  const { body } = await api.as(username).get("/access-control/user/generate-access-report");
  for (const component of body.report.components) for (const role of component.component_roles) role.access_granted = true;
  const asked = await api.as(username).post("/access-control/user/request-change", body.report);
  expect(asked.body.status.success).toBe(true);
  const pending = await api.as(username).get("/access-control/user/pending-request-history");
  return pending.body.items[0].request_id as string;
}

const realmRoles = (username: string): string[] => [...(server.users.find((u) => u.username === username)?.roles ?? [])].sort();

describe("access requests cannot grant what the approver could not", () => {
  it("a sys-admin approving their own request for every role keeps the state change but gains no role", async () => {
    const requestId = await requestEveryRole("sysadm");
    const approve = await api.as("sysadm").post("/access-control/admin/change-request-state", { username: "sysadm", request_id: requestId, desired_state: "APPROVED_PENDING_ACTION" });
    expect(approve.status).toBe(200);
    expect(approve.body.state_change).toEqual({ success: true, details: "Updated status to APPROVED_PENDING_ACTION." });
    expect(realmRoles("sysadm")).toEqual(["sys-admin-read", "sys-admin-write"]);
    const token = await postForm(`${server.issuer}/protocol/openid-connect/token`, { grant_type: "password", client_id: "integration-tests", username: "sysadm", password: "sysadm" });
    expect(claimsOf(token.body.access_token as string).realm_access.roles).toEqual(["sys-admin-read", "sys-admin-write"]);
  });

  it("an approver lacking a granted role changes the state but not the requester's roles; one holding them grants", async () => {
    const requestId = await requestEveryRole("user1");
    const byLimited = await api.as("sysadm").post("/access-control/admin/change-request-state", { username: "user1", request_id: requestId, desired_state: "APPROVED_PENDING_ACTION" });
    expect(byLimited.body.state_change.success).toBe(true);
    expect(realmRoles("user1")).toEqual(["entity-registry-read"]);

    // The same request, approved again from a non-approved state by an admin holding every role.
    await api.as("admin").post("/access-control/admin/change-request-state", { username: "user1", request_id: requestId, desired_state: "PENDING_APPROVAL" });
    const byAdmin = await api.as("admin").post("/access-control/admin/change-request-state", { username: "user1", request_id: requestId, desired_state: "APPROVED_PENDING_ACTION" });
    expect(byAdmin.body.state_change.success).toBe(true);
    expect(realmRoles("user1")).toEqual([...REALM_ROLE_CATALOGUE].sort());
  });
});

describe("prototype-named keys", () => {
  let h: RegistryHarness;
  let itemId: string;
  beforeAll(async () => {
    h = await startRegistry();
    itemId = (await createReferences(h, "user2")).organisation;
  });
  afterAll(() => h.stop());

  const PROTOTYPE_KEYS = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"];

  it.each(PROTOTYPE_KEYS)("a group called %s leaves its members' item reads working (group table + item access settings)", async (groupId) => {
    const groups = authClient(h.server.endpoints.auth, (username) => h.server.mintToken(username));
    const added = await groups.as("admin").post("/groups/admin/add_group", { id: groupId, display_name: groupId, description: groupId });
    expect(added.body.status.success).toBe(true);
    expect((await groups.as("admin").post("/groups/admin/add_member", { username: "user1" }, { group_id: groupId })).body.status.success).toBe(true);
    const member = await groups.as("user1").get("/groups/user/list_user_membership");
    expect(member.body.groups.map((g: Body) => g.id)).toContain(groupId);

    // Not readable (no general or group role): a clean 401, not a 500.
    const settings = await h.call("GET", "/registry/agent/organisation/auth/configuration", { as: "user2", query: { id: itemId } });
    const closed = await h.call("PUT", "/registry/agent/organisation/auth/configuration", { as: "user2", query: { id: itemId }, body: { ...settings.body, general: [], groups: {} } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const denied = await h.call("GET", "/registry/agent/organisation/fetch", { as: "user1", query: { id: itemId } });
    expect(denied.status).toBe(401);

    // The group is granted read in the item's own settings, under the prototype-named key.
    const next = { ...settings.body, general: [], groups: JSON.parse(`{${JSON.stringify(groupId)}: ["metadata-read"]}`) as Record<string, string[]> };
    const put = await h.call("PUT", "/registry/agent/organisation/auth/configuration", { as: "user2", query: { id: itemId }, body: next });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const read = await h.call("GET", "/registry/agent/organisation/fetch", { as: "user1", query: { id: itemId } });
    expect(read.status).toBe(200);
    expect(read.body.item.id).toBe(itemId);
    await h.call("PUT", "/registry/agent/organisation/auth/configuration", { as: "user2", query: { id: itemId }, body: settings.body });
    await groups.as("admin").delete("/groups/admin/remove_group", { id: groupId });
  });

  it.each(PROTOTYPE_KEYS)("ids called %s are simply not found in every id-keyed table (registry items, jobs, access requests, groups)", async (key) => {
    const as = (username: string) => ({ authorization: `Bearer ${h.server.mintToken(username)}` });
    const registryFetch = await fetch(`${h.server.endpoints.registry}/registry/general/fetch?id=${encodeURIComponent(key)}`, { headers: as("admin") });
    expect(registryFetch.status).toBe(200);
    expect(((await registryFetch.json())).status).toEqual({ success: false, details: `Item with id ${key} was not found in the registry.` });
    const job = await fetch(`${h.server.endpoints.jobs}/jobs/user/fetch?session_id=${encodeURIComponent(key)}`, { headers: as("user1") });
    expect(job.status).toBe(400);
    const groups = authClient(h.server.endpoints.auth, (username) => h.server.mintToken(username));
    const describeGroup = await groups.as("user1").get("/groups/user/describe_group", { id: key });
    expect(describeGroup.status).toBe(200);
    expect(describeGroup.body).toMatchObject({ status: { success: false }, group: null });
    const history = await groups.as("admin").get("/access-control/admin/user-request-history", { username: key });
    expect(history.body).toEqual({ items: [] });
  });
});

describe("request bodies over the cap", () => {
  it("a body over 16 MiB gets 413 in FastAPI's shape, then the connection closes", async () => {
    const body = Buffer.alloc(16 * 1024 * 1024 + 1, 0x20);
    const res = await raw("/registry-api/registry/agent/organisation/create", {
      method: "POST",
      headers: { authorization: `Bearer ${server.mintToken("admin")}`, "content-type": "application/json" },
      body,
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text)).toEqual({ detail: `Request body too large: the limit is ${16 * 1024 * 1024} bytes.` });
    expect(res.headers.connection).toBe("close");
  });

  it("a body over the cap without a content-length (chunked) gets the same 413", async () => {
    const res = await fetch(`${server.endpoints.registry}/registry/agent/organisation/create`, {
      method: "POST",
      headers: { authorization: `Bearer ${server.mintToken("admin")}`, "content-type": "application/json" },
      body: new Blob([Buffer.alloc(17 * 1024 * 1024, 0x20)]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json())).detail).toMatch(/^Request body too large/);
  });

  it("the realm's unauthenticated endpoints take 64 KiB at most", async () => {
    const padding = "x".repeat(64 * 1024);
    for (const path of ["/protocol/openid-connect/token", "/protocol/openid-connect/auth/device", "/device"]) {
      const res = await raw(`/auth/realms/provena${path}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: Buffer.from(`grant_type=password&client_id=integration-tests&pad=${padding}`),
      });
      expect(res.status, path).toBe(413);
      expect(JSON.parse(res.text)).toEqual({ detail: "Request body too large: the limit is 65536 bytes." });
    }
    // A small token request still works.
    const ok = await postForm(`${server.issuer}/protocol/openid-connect/token`, { grant_type: "password", client_id: "integration-tests", username: "user1", password: "user1" });
    expect(ok.status).toBe(200);
  });
});

describe("dot segments never move a request across service prefixes", () => {
  const target = "/registry-api/check-access/check-read-access";
  it.each(["%2e%2e", "%2E%2E", ".%2e", "%2e.", ".."])("/job-api/%s/registry-api/... answers 404", async (dots) => {
    const res = await raw(`/job-api/${dots}/registry-api/check-access/check-read-access`, { headers: { authorization: `Bearer ${server.mintToken("admin")}` } });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text)).toEqual({ detail: "Not Found" });
  });

  it("single dot segments are refused too, and the plain path still answers", async () => {
    const token = server.mintToken("admin");
    expect((await raw(`/registry-api/%2e/check-access/check-read-access`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
    expect((await raw(target, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });
});

describe("JWT signatures are read strictly (jose, RS256 only)", () => {
  const check = async (token: string) =>
    (await fetch(`${server.endpoints.registry}/check-access/check-read-access`, { headers: { authorization: `Bearer ${token}` } })).status;

  it("a valid token passes; appended padding, stray characters or spare bits do not", async () => {
    const token = server.mintToken("admin");
    expect(await check(token)).toBe(200);
    expect(await check(`${token}==`)).toBe(401);
    expect(await check(`${token}!!`)).toBe(401);
    expect(await check(`${token}=`)).toBe(401);
    // RSA-2048 signatures end on a character with two unused bits: flipping them changes no byte.
    const last = token.at(-1) as string;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const sibling = alphabet[alphabet.indexOf(last) ^ 1] as string;
    expect(await check(`${token.slice(0, -1)}${sibling}`)).toBe(401);
  });

  it("a refresh token with padding appended is refused by the token endpoint; userinfo refuses such an access token", async () => {
    const tokens = await postForm(`${server.issuer}/protocol/openid-connect/token`, { grant_type: "password", client_id: "integration-tests", username: "user1", password: "user1" });
    const refresh = tokens.body.refresh_token as string;
    const refused = await postForm(`${server.issuer}/protocol/openid-connect/token`, { grant_type: "refresh_token", client_id: "integration-tests", refresh_token: `${refresh}==` });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: "invalid_grant", error_description: "Invalid refresh token" });
    const info = await fetch(`${server.issuer}/protocol/openid-connect/userinfo`, { headers: { authorization: `Bearer ${tokens.body.access_token as string}==` } });
    expect(info.status).toBe(401);
  });

  it("the JWKS the realm publishes verifies its tokens", async () => {
    const { createLocalJWKSet, jwtVerify } = await import("jose");
    const jwks = (await (await fetch(`${server.issuer}/protocol/openid-connect/certs`)).json()) as { keys: Body[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig" });
    const { payload, protectedHeader } = await jwtVerify(server.mintToken("user1"), createLocalJWKSet(jwks as never), { algorithms: ["RS256"] });
    expect(protectedHeader.kid).toBe(jwks.keys[0].kid);
    expect(payload.preferred_username).toBe("user1");
  });
});
