// Configuring a transport: where each service lives, which settings are refused before anything
// is sent (and what the error says), and how `.with()` layers settings on a parent.
import { describe, expect, it } from "vitest";
import { ConfigurationError, ServerError, createTransport, deriveEndpoints, joinUrl, resolveEndpoints } from "../src/index.js";
import type { RetryInfo, TransportOptions } from "../src/index.js";
import { reply, useFixture } from "./fixture-server.js";

describe("a Provena domain", () => {
  it("is accepted with surrounding blanks or a trailing dot", () => {
    expect(deriveEndpoints("  mds.example.org  ").registry).toBe("https://registry-api.mds.example.org");
    expect(deriveEndpoints("mds.example.org.").search).toBe("https://search.mds.example.org");
    expect(deriveEndpoints("mds.example.org...").jobs).toBe("https://job-api.mds.example.org");
  });

  it("is refused when empty, or with a port, a path or a blank inside, naming what was given", () => {
    for (const domain of ["", "  ", ".", "mds.example.org:8443", "mds.example.org/api", "mds example.org"]) {
      expect(() => deriveEndpoints(domain)).toThrow(ConfigurationError);
      expect(() => deriveEndpoints(domain)).toThrow(`Invalid Provena domain "${domain}": pass the bare domain`);
    }
  });
});

describe("a per-service endpoint", () => {
  it("must be an http or https URL", () => {
    expect(() => resolveEndpoints({ endpoints: { datastore: "ftp://files.example.org" } })).toThrow(
      'Invalid endpoint for the datastore service: "ftp://files.example.org" must use http or https',
    );
    expect(resolveEndpoints({ endpoints: { datastore: "http://127.0.0.1:1/data//" } }).datastore).toBe("http://127.0.0.1:1/data");
    expect(resolveEndpoints({ endpoints: { datastore: "https://data.example.org" } }).datastore).toBe("https://data.example.org");
  });

  it("joins paths with exactly one slash, and an empty path leaves the base as it is", () => {
    expect(joinUrl("https://h/base///", "///a/b")).toBe("https://h/base/a/b");
    expect(joinUrl("https://h/base", "a")).toBe("https://h/base/a");
    expect(joinUrl("https://h/base/", "")).toBe("https://h/base/");
  });

  it("an operation with both an absolute URL and a service is refused, naming the operation", async () => {
    const t = createTransport({ endpoints: { registry: "http://127.0.0.1:1" } });
    await expect(t.request({ url: "http://127.0.0.1:1/x", service: "registry", method: "GET", operationName: "my.op" })).rejects.toThrow(
      "my.op: give either `url` or `service` + `path`, not both",
    );
    await expect(t.request({ url: "/relative", method: "GET" })).rejects.toThrow('GET request: "/relative" is not an absolute URL');
  });
});

describe("settings refused when the transport is made", () => {
  it("a validation mode other than lenient or strict", () => {
    expect(() => createTransport({ validation: "loose" as never })).toThrow('Invalid validation mode "loose": use "lenient" or "strict"');
  });

  it("a timeout that is not a positive number of milliseconds, per-attempt or total", () => {
    for (const bad of [0, -1, Number.NaN]) {
      expect(() => createTransport({ timeoutMs: bad })).toThrow(`Invalid timeoutMs ${bad}: must be a positive number of milliseconds (or Infinity)`);
      expect(() => createTransport({ totalTimeoutMs: bad })).toThrow(`Invalid totalTimeoutMs ${bad}: must be a positive number of milliseconds (or Infinity)`);
    }
    expect(() => createTransport({ timeoutMs: 1, totalTimeoutMs: Infinity })).not.toThrow();
  });

  it("shows only its configured endpoints and validation mode when serialised", () => {
    const t = createTransport({ endpoints: { registry: "http://127.0.0.1:1/r" }, validation: "strict", headers: { "x-api-key": "k" } });
    expect(JSON.parse(JSON.stringify(t))).toEqual({ endpoints: { registry: "http://127.0.0.1:1/r" }, validation: "strict" });
  });
});

describe(".with() layers settings on its parent", () => {
  const server = useFixture();
  const get = { service: "registry", method: "GET", path: "/x" } as const;
  const retried = async (options: TransportOptions, overrides: Partial<TransportOptions>): Promise<number> => {
    server.requests.length = 0;
    server.script(reply(503, { detail: "busy" }, { "retry-after": "0" }));
    const t = createTransport({ endpoints: { registry: server.origin }, ...options }).with(overrides);
    await expect(t.request(get)).rejects.toBeInstanceOf(ServerError);
    return server.requests.length - 1;
  };

  it("retry settings merge key by key; retry: false on either side turns retrying off", async () => {
    expect(await retried({ retry: { limit: 1 } }, { retry: { maxRetryAfterMs: 10 } })).toBe(1);
    expect(await retried({ retry: { limit: 3 } }, { retry: { limit: 2 } })).toBe(2);
    expect(await retried({ retry: { limit: 1 } }, { retry: false })).toBe(0);
    expect(await retried({ retry: false }, {})).toBe(0);
    // A parent without retries can be given some again.
    expect(await retried({ retry: false }, { retry: { limit: 1 } })).toBe(1);
  });

  it("an override given as undefined keeps the parent's setting", async () => {
    server.script(reply(200, { ok: true }));
    const parent = createTransport({ endpoints: { registry: server.origin }, userAgent: "parent/1", validation: "strict" });
    const child = parent.with({ userAgent: undefined, validation: undefined, headers: { "x-child": "1" } });
    expect(child.validation).toBe("strict");
    await child.request(get);
    expect(server.requests[0]!.headers["user-agent"]).toBe("parent/1");
    expect(server.requests[0]!.headers["x-child"]).toBe("1");
  });

  it("beforeRetry hooks of parent and child both run, parent first", async () => {
    server.script(reply(503, {}, { "retry-after": "0" }), reply(200, {}));
    const seen: string[] = [];
    const parent = createTransport({ endpoints: { registry: server.origin }, hooks: { beforeRetry: (i: RetryInfo) => void seen.push(`parent ${i.basis}`) } });
    const child = parent.with({ hooks: { beforeRetry: [(i: RetryInfo) => void seen.push(`child ${i.basis}`)] } });
    await child.request(get);
    expect(seen).toEqual(["parent retry-after", "child retry-after"]);
  });
});
