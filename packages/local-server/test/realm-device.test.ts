import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startLocalServer, type LocalServer } from "../src/index.js";
import { claimsOf, postForm } from "./helpers.js";

const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

let server: LocalServer;
let slow: LocalServer;

beforeAll(async () => {
  [server, slow] = await Promise.all([
    startLocalServer({ devicePollIntervalSeconds: 0 }),
    startLocalServer({ devicePollIntervalSeconds: 1 }),
  ]);
});
afterAll(() => Promise.all([server.stop(), slow.stop()]));
afterEach(() => {
  vi.useRealTimers();
});

const oidc = (s: LocalServer) => `${s.issuer}/protocol/openid-connect`;
const start = (s: LocalServer, clientId = "client-tools", scope?: string) =>
  postForm(`${oidc(s)}/auth/device`, { client_id: clientId, ...(scope === undefined ? {} : { scope }) });
const poll = (s: LocalServer, deviceCode: string, clientId = "client-tools") =>
  postForm(`${oidc(s)}/token`, { grant_type: DEVICE_GRANT, client_id: clientId, device_code: deviceCode });

describe("device authorization endpoint", () => {
  it("returns RFC 8628 fields pointing at the verification page", async () => {
    const { status, body } = await start(server);
    expect(status).toBe(200);
    expect(body).toEqual({
      device_code: expect.any(String),
      user_code: expect.stringMatching(/^[B-Z]{4}-[B-Z]{4}$/),
      verification_uri: `${server.issuer}/device`,
      verification_uri_complete: `${server.issuer}/device?user_code=${body.user_code as string}`,
      expires_in: 600,
      interval: 0,
    });
  });

  it("refuses clients without the device flow", async () => {
    const { status, body } = await start(server, "integration-tests");
    expect(status).toBe(400);
    expect(body.error).toBe("unauthorized_client");
  });
});

describe("device flow outcomes", () => {
  it("is pending, then issues tokens once approved, then the code is spent", async () => {
    const { body } = await start(server);
    const code = body.device_code as string;
    const pending = await poll(server, code);
    expect(pending.status).toBe(400);
    expect(pending.body).toEqual({ error: "authorization_pending", error_description: "The authorization request is still pending" });
    server.approveDevice(body.user_code as string, "user2");
    const ok = await poll(server, code);
    expect(ok.status).toBe(200);
    expect(claimsOf(ok.body.access_token as string)).toMatchObject({ preferred_username: "user2", azp: "client-tools" });
    expect(ok.body.refresh_expires_in).toBe(1800);
    const again = await poll(server, code);
    expect(again.body).toEqual({ error: "invalid_grant", error_description: "Device code not valid" });
  });

  it("answers access_denied after a denial", async () => {
    const { body } = await start(server);
    server.denyDevice(body.user_code as string);
    const res = await poll(server, body.device_code as string);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("access_denied");
  });

  it("answers expired_token after the code's lifetime", async () => {
    const { body } = await start(server);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 601_000);
    const res = await poll(server, body.device_code as string);
    expect(res.body).toEqual({ error: "expired_token", error_description: "Device code is expired" });
    expect(() => server.approveDevice(body.user_code as string, "user1")).toThrow(/No pending device authorization/);
  });

  it("answers slow_down when polled faster than the interval", async () => {
    const { body } = await start(slow);
    expect(body.interval).toBe(1);
    expect((await poll(slow, body.device_code as string)).body.error).toBe("authorization_pending");
    expect((await poll(slow, body.device_code as string)).body).toEqual({ error: "slow_down", error_description: "Slow down" });
  });

  it("rejects unknown codes and another client's code", async () => {
    expect((await poll(server, "nope")).body.error).toBe("invalid_grant");
    const { body } = await start(server, "automated-access");
    expect((await poll(server, body.device_code as string, "client-tools")).body.error).toBe("invalid_grant");
  });

  it("rejects approval for an unknown user or code", async () => {
    const { body } = await start(server);
    expect(() => server.approveDevice(body.user_code as string, "ghost")).toThrow(/No user "ghost"/);
    expect(() => server.approveDevice("BBBB-BBBB", "user1")).toThrow(/No pending device authorization/);
  });
});

describe("offline tokens", () => {
  it("gives automated-access an offline refresh token that refreshes into another", async () => {
    const { body } = await start(server, "automated-access", "offline_access");
    server.approveDevice(body.user_code as string, "user1");
    const tokens = await poll(server, body.device_code as string, "automated-access");
    expect(tokens.status).toBe(200);
    expect(tokens.body.refresh_expires_in).toBe(0);
    expect(tokens.body.scope).toBe("offline_access profile email");
    expect(claimsOf(tokens.body.refresh_token as string).typ).toBe("Offline");

    // Still usable long after a normal refresh token would have expired.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 10 * 24 * 3600_000);
    const refreshed = await postForm(`${oidc(server)}/token`, {
      grant_type: "refresh_token",
      client_id: "automated-access",
      refresh_token: tokens.body.refresh_token as string,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_expires_in).toBe(0);
    expect(claimsOf(refreshed.body.refresh_token as string).typ).toBe("Offline");
    expect(claimsOf(refreshed.body.access_token as string).preferred_username).toBe("user1");
  });

  it("refuses offline_access on client-tools", async () => {
    const { status, body } = await start(server, "client-tools", "offline_access");
    expect(status).toBe(400);
    expect(body.error).toBe("invalid_scope");
  });
});

describe("verification page", () => {
  const page = (s: LocalServer) => `${s.issuer}/device`;
  const submit = (s: LocalServer, fields: Record<string, string>) =>
    fetch(page(s), { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() });

  it("renders a form with the code, escaping what it echoes", async () => {
    const res = await fetch(`${page(server)}?user_code=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).not.toContain("<script>");
    expect(html).toContain("&quot;&gt;&lt;script&gt;");
    expect(html).toContain('name="action" value="approve"');
    expect(html).toContain('name="action" value="deny"');
  });

  it("approves with a person's username and password", async () => {
    const { body } = await start(server);
    const bad = await submit(server, { user_code: body.user_code as string, username: "user1", password: "nope", action: "approve" });
    expect(bad.status).toBe(401);
    expect(await bad.text()).toContain("Invalid username or password.");
    // People type codes loosely: lower case, no dash.
    const loose = (body.user_code as string).replace("-", "").toLowerCase();
    const ok = await submit(server, { user_code: loose, username: "user1", password: "user1", action: "approve" });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("Signed in as <strong>user1</strong>");
    const tokens = await poll(server, body.device_code as string);
    expect(claimsOf(tokens.body.access_token as string).preferred_username).toBe("user1");
  });

  it("denies, and rejects unknown codes", async () => {
    const { body } = await start(server);
    const denied = await submit(server, { user_code: body.user_code as string, username: "", password: "", action: "deny" });
    expect(denied.status).toBe(200);
    expect((await poll(server, body.device_code as string)).body.error).toBe("access_denied");
    const unknown = await submit(server, { user_code: "ZZZZ-ZZZZ", username: "user1", password: "user1", action: "approve" });
    expect(unknown.status).toBe(400);
  });
});
