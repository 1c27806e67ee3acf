// A server on a data folder, stopped and started again on it (another port): items, the
// signing key (tokens and refresh tokens), runtime role changes, pending device grants and
// unfinished jobs all carry over. The kill -9 case with 1,000 SDK creates is in the registry
// package (it needs the SDK); this file covers the restart contract piece by piece.
/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- response bodies are `any` in tests */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalServerError, startLocalServer, type LocalServer } from "../src/index.js";
import { personInfo } from "./auth-helpers.js";
import { postForm } from "./helpers.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

let dir: string;
const servers: LocalServer[] = [];
async function start(options: Parameters<typeof startLocalServer>[0] = {}): Promise<LocalServer> {
  const server = await startLocalServer({ dataDir: dir, jobStepDelayMs: 0, devicePollIntervalSeconds: 0, ...options });
  servers.push(server);
  return server;
}
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "provena-local-data-"));
});
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function call(server: LocalServer, token: string, method: string, url: string, body?: unknown): Promise<{ status: number; body: Body }> {
  const res = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text === "" ? undefined : JSON.parse(text) };
}

const registry = (server: LocalServer, path: string) => `${server.endpoints.registry}${path}`;

async function waitForJob(server: LocalServer, token: string, sessionId: string): Promise<Body> {
  for (let i = 0; i < 500; i++) {
    const res = await call(server, token, "GET", `${server.endpoints.jobs}/jobs/user/fetch?session_id=${sessionId}`);
    if (res.status === 200 && (res.body.job.status === "SUCCEEDED" || res.body.job.status === "FAILED")) return res.body.job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`job ${sessionId} did not finish`);
}

describe("restart on the same data folder", () => {
  it("keeps items, the signing key, refresh tokens and role changes", async () => {
    const first = await start();
    expect(first.dataDir).toBe(dir);
    const tokens = await postForm(`${first.issuer}/protocol/openid-connect/token`, { grant_type: "password", client_id: "integration-tests", username: "user1", password: "user1" });
    const access = tokens.body.access_token as string;
    // user1 needs a linked Person to create most items: make one and link it.
    const person = await call(first, access, "POST", registry(first, "/registry/agent/person/create"), personInfo("Ada"));
    expect(person.status).toBe(200);
    const personId = person.body.created_item.id as string;
    const linked = await call(first, access, "POST", `${first.endpoints.auth}/link/user/assign`, { person_id: personId });
    expect(linked).toEqual({ status: 200, body: {} });
    const org = await call(first, access, "POST", registry(first, "/registry/agent/organisation/create"), { display_name: "Org", name: "Org", ror: "https://ror.org/x" });
    expect(org.status).toBe(200);
    const orgId = org.body.created_item.id as string;
    first.setUserRoles("user2", ["entity-registry-read"]);
    const jwks = await (await fetch(`${first.issuer}/protocol/openid-connect/certs`)).json();
    await first.stop();

    const second = await start();
    expect(second.origin).not.toBe(first.origin);
    // The access token from before verifies, and the items are there, readable and listed.
    const fetched = await call(second, access, "GET", registry(second, `/registry/agent/organisation/fetch?id=${encodeURIComponent(orgId)}`));
    expect(fetched.status).toBe(200);
    expect(fetched.body.item).toMatchObject({ id: orgId, display_name: "Org", owner_username: "user1" });
    const listed = await call(second, access, "POST", registry(second, "/registry/agent/organisation/list"), {});
    expect(listed.body.items.map((i: Body) => i.id)).toEqual([orgId]);
    expect(await (await fetch(`${second.issuer}/protocol/openid-connect/certs`)).json()).toEqual(jwks);
    // The refresh token from before refreshes (same session).
    const refreshed = await postForm(`${second.issuer}/protocol/openid-connect/token`, { grant_type: "refresh_token", client_id: "integration-tests", refresh_token: tokens.body.refresh_token as string });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.session_state).toBe(tokens.body.session_state);
    // The link and the role change persisted; a new create gets the next handle, not a reused one.
    const link = await call(second, access, "GET", `${second.endpoints.auth}/link/user/lookup`);
    expect(link.body.person_id).toBe(personId);
    expect(second.users.find((u) => u.username === "user2")?.roles).toEqual(["entity-registry-read"]);
    const another = await call(second, access, "POST", registry(second, "/registry/agent/organisation/create"), { display_name: "Org 2", name: "Org 2", ror: "https://ror.org/y" });
    expect(another.status).toBe(200);
    expect([personId, orgId]).not.toContain(another.body.created_item.id);
  });

  it("a job launched before the stop completes after the start", async () => {
    const slow = await start({ jobStepDelayMs: 60_000 });
    const token = slow.mintToken("admin");
    const launched = await call(slow, token, "POST", `${slow.endpoints.jobs}/jobs/admin/launch`, {
      username: "admin", job_type: "EMAIL", job_sub_type: "SEND_EMAIL", job_payload: { email_to: "a@example.org", subject: "s", body: "b", reason: "r" },
    });
    expect(launched.status, JSON.stringify(launched.body)).toBe(200);
    const sessionId = launched.body.session_id as string;
    // Still queued: the row is not written yet.
    expect((await call(slow, token, "GET", `${slow.endpoints.jobs}/jobs/admin/fetch?session_id=${sessionId}`)).status).toBe(400);
    await slow.stop();

    const fast = await start();
    const job = await waitForJob(fast, token, sessionId);
    expect(job).toMatchObject({ session_id: sessionId, status: "SUCCEEDED", job_sub_type: "SEND_EMAIL", username: "admin" });
  });

  it("a device authorization started before the stop is approved and redeemed after it", async () => {
    const first = await start();
    const oidc = `${first.issuer}/protocol/openid-connect`;
    const device = await postForm(`${oidc}/auth/device`, { client_id: "client-tools" });
    await first.stop();
    const second = await start();
    second.approveDevice(device.body.user_code as string, "user3");
    const tokens = await postForm(`${second.issuer}/protocol/openid-connect/token`, {
      grant_type: "urn:ietf:params:oauth:grant-type:device_code",
      client_id: "client-tools",
      device_code: device.body.device_code as string,
    });
    expect(tokens.status).toBe(200);
    expect(typeof tokens.body.access_token).toBe("string");
  });

  it("two servers cannot share one data folder; dataDir and storage cannot be combined", async () => {
    await start();
    await expect(start()).rejects.toThrow(/in use by another process/);
    await expect(startLocalServer({ dataDir: dir, storage: undefined, jobStepDelayMs: -1 })).rejects.toThrow(LocalServerError);
    const { memoryStorage } = await import("../src/index.js");
    await expect(startLocalServer({ dataDir: dir, storage: memoryStorage() })).rejects.toThrow("Options dataDir and storage cannot be combined");
  });
});
