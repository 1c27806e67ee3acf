// One token provider given the domain and realm once, shared by every service client, each
// created with just `{ domain, tokenProvider }`: one login serves them all. The local server
// has one origin, so a fetch stands in for DNS, sending `https://<sub>.provena.test/...` to
// `<origin>/<sub>/...`; everything else is real HTTP.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { deviceFlow } from "@provena-sdk/auth-core";
import { createAuthClient } from "@provena-sdk/auth";
import { createHandleClient } from "@provena-sdk/handle";
import { createJobsClient } from "@provena-sdk/jobs";
import { createRegistryClient } from "@provena-sdk/registry";
import { createSearchClient } from "@provena-sdk/search";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";

const domain = "provena.test";
let server: LocalServer;
const urls: string[] = [];

/** DNS for the test: `https://<sub>.provena.test/<path>` → `<origin>/<sub>/<path>`. */
const routed: typeof fetch = (input, init) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  const sub = url.hostname.endsWith(`.${domain}`) ? url.hostname.slice(0, -domain.length - 1) : undefined;
  if (sub === undefined) return fetch(request);
  // The realm is served at the origin's `/auth/realms/...`, as Keycloak at `auth.<domain>`.
  const path = sub === "auth" ? url.pathname : `/${sub}${url.pathname}`;
  urls.push(`${sub} ${url.pathname}`);
  return fetch(new Request(`${server.origin}${path}${url.search}`, request));
};

beforeAll(async () => {
  server = await startLocalServer({ devicePollIntervalSeconds: 0 });
});
afterAll(() => server.stop());

describe("one provider, every client", () => {
  it("logs in once (one printed prompt), and each client needs only { domain, tokenProvider }", async () => {
    const printed: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: unknown) => {
      printed.push(String(line));
      const code = /confirm the code ([A-Z]{4}-[A-Z]{4})/.exec(String(line))?.[1];
      if (code !== undefined) server.approveDevice(code, "admin");
    });
    try {
      const tokenProvider = deviceFlow({ domain, realm: "provena", fetch: routed });
      const options = { domain, tokenProvider, fetch: routed };
      const registry = createRegistryClient(options);
      const jobs = createJobsClient(options);
      const auth = createAuthClient(options);
      const search = createSearchClient(options);
      const handles = createHandleClient(options);

      const [orgs, jobPage, report, results, ids] = await Promise.all([
        registry.organisation.list({ pageSize: 5 }),
        jobs.listPage({ pageSize: 5 }),
        auth.access.report(),
        search.search("anything"),
        handles.list(),
      ]);
      expect(ids).toEqual([]);
      expect(orgs.items).toEqual([]);
      expect(jobPage.jobs).toEqual([]);
      expect(report.components.length).toBeGreaterThan(0);
      expect(results.hits).toEqual([]);

      expect(printed).toHaveLength(1);
      expect(urls.filter((u) => u.endsWith("/protocol/openid-connect/auth/device"))).toHaveLength(1);
      expect(urls.filter((u) => u.startsWith("registry-api "))).toHaveLength(1);
      expect(urls.filter((u) => u.startsWith("job-api "))).toHaveLength(1);
      expect(urls.filter((u) => u.startsWith("auth-api "))).toHaveLength(1);
      expect(urls.filter((u) => u.startsWith("search "))).toHaveLength(1);
      expect(urls.filter((u) => u.startsWith("handle "))).toHaveLength(1);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
