// The SDK in a real browser: headless Chromium (Debian's chromium through playwright-core) loads
// a page served from one origin that calls provena-local on another, through CORS, with a token
// handed over by the host page's external token provider.
import { createServer, type Server } from "node:http";
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordGrant } from "@provena-sdk/auth-core";
import { createTransport } from "@provena-sdk/http-core";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { RegistryClient } from "@provena-sdk/registry";
import type { PageFailure, PageReport, PageTask } from "./page/app.js";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const WORD = "Wombatfjord";

let server: LocalServer;
let pageHost: Server;
let pageOrigin: string;
let browser: Browser;
let page: Page;
let token = "";
const created: string[] = [];
const logs: string[] = [];

/** Serves the page and its bundle; nothing else, so every API call must cross origins. */
async function servePage(script: string): Promise<Server> {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>provena-sdk in a browser</title></head><body><script type="module" src="/app.js"></script></body></html>`;
  const host = createServer((req, res) => {
    if (req.url === "/") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    else if (req.url === "/app.js") res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(script);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  return host;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  server = await startLocalServer();
  // Three organisations made from Node, as admin; the page reads them as user1.
  const admin = new RegistryClient({ transport: createTransport({ endpoints: server.endpoints, tokenProvider: passwordGrant({ issuer: server.issuer, username: "admin", password: "admin" }) }) });
  for (const name of ["Alpha", "Beta", "Gamma"]) {
    const { item } = await admin.organisation.create({ display_name: `${name} ${WORD}`, name: `${name} ${WORD}`, ror: `https://ror.org/0${name.toLowerCase()}` });
    created.push(item.id);
  }
  // The page's token: from the realm's token endpoint, as an outside login would hand it over.
  const grant = await fetch(`${server.issuer}/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "password", client_id: "integration-tests", username: "user1", password: "user1" }),
  });
  token = ((await grant.json()) as { access_token: string }).access_token;

  const bundle = await build({
    entryPoints: [new URL("./page/app.ts", import.meta.url).pathname],
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  pageHost = await servePage(bundle.outputFiles[0]!.text);
  // "localhost" for the page, 127.0.0.1 for the API: two origins, as upstream's UI and APIs are.
  pageOrigin = `http://localhost:${(pageHost.address() as AddressInfo).port}`;

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  page = await browser.newPage();
  page.on("console", (message) => logs.push(message.text()));
  page.on("pageerror", (error) => logs.push(String(error)));
  await page.exposeFunction("provenaToken", () => token);
  await page.goto(`${pageOrigin}/`);
  await page.waitForFunction(() => "provenaPage" in window, undefined, { timeout: 60_000 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => pageHost?.close(resolve));
  await server?.stop();
});

const task = (extra: Partial<PageTask> = {}): PageTask => ({ endpoints: server.endpoints, itemId: created[1]!, query: WORD, ...extra });
const run = (t: PageTask): Promise<PageReport> => page.evaluate((t) => window.provenaPage.run(t), t);
const fail = (t: PageTask): Promise<PageFailure> => page.evaluate((t) => window.provenaPage.fail(t), t);

describe("the SDK in headless Chromium, against provena-local on another origin", () => {
  it("logs in with an external token, fetches, lists and searches", async () => {
    const report = await run(task());
    expect(report.origin).toBe(pageOrigin);
    expect(new URL(server.origin).origin).not.toBe(report.origin);
    expect(report.username).toBe("user1");
    expect(report.tokenCalls).toBeGreaterThanOrEqual(1);
    expect(report.fetched).toEqual({ id: created[1], displayName: `Beta ${WORD}`, roles: expect.arrayContaining(["metadata-read"]) });
    // Pages of two: listing walked more than one page to find all three.
    expect(report.listed).toEqual(expect.arrayContaining(created));
    expect(new Set(report.hits)).toEqual(new Set(created));
    expect(report.retries).toEqual([]);
    expect(logs.filter((line) => /CORS|blocked/i.test(line))).toEqual([]);
  });

  it("reports the server's refusal of a bad token as a typed 401, not a CORS failure", async () => {
    const good = token;
    token = "not-a-token";
    try {
      const failure = await fail(task());
      expect(failure).toMatchObject({ name: "UnauthorizedError", status: 401, isHttpError: true });
      expect(failure.message).not.toContain("not-a-token");
    } finally {
      token = good;
    }
  });

  it("reports a missing item as the registry's typed ItemNotFoundError", async () => {
    const failure = await fail(task({ itemId: "10378.1/does-not-exist" }));
    expect(failure).toMatchObject({ name: "ItemNotFoundError", missingId: "10378.1/does-not-exist" });
  });

  it("reads Retry-After across origins: a throttled call waits as the server says, then succeeds", async () => {
    // Four requests a burst, then one a second: the run's first calls pass, the burst meets 429s.
    server.setThrottle({ rate: 1, burst: 4 });
    try {
      const report = await run(task({ burst: 3 }));
      expect(report.fetched.id).toBe(created[1]);
      expect(report.retries.length).toBeGreaterThan(0);
      // "retry-after" only when the page could read the header: CORS exposes it.
      expect(report.retries.every((r) => r.status === 429 && r.basis === "retry-after" && r.delayMs >= 0)).toBe(true);
    } finally {
      server.setThrottle(undefined);
    }
  });

  it("lets a page send credentials: the API echoes the page's origin and allows credentials", async () => {
    const result = await page.evaluate(
      async ({ url, token }) => {
        const res = await fetch(url, { credentials: "include", headers: { authorization: `Bearer ${token}` } });
        return { status: res.status, body: (await res.json()) as { username: string } };
      },
      { url: `${server.endpoints.registry}/check-access/check-read-access`, token },
    );
    expect(result).toEqual({ status: 200, body: expect.objectContaining({ username: "user1" }) });
  });
});
