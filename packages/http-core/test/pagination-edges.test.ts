// Listings at their edges: limits checked before anything is fetched, pages read ahead that
// turn out to be the wrong ones, a caller who stops while a page is in flight. Over real HTTP.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AbortError, PaginationError, ResponseValidationError, collectAll, createTransport, paginate } from "../src/index.js";
import type { Transport } from "../src/index.js";
import { hang, reply, useFixture } from "./fixture-server.js";

const server = useFixture();
let transport: Transport;
beforeEach(() => {
  transport = createTransport({ endpoints: { registry: server.origin }, retry: false });
});

interface Page {
  items: string[];
  key: unknown;
}
const page = (items: string[], key: unknown) => reply(200, { items, key });
const fetchPage = (key: unknown, signal?: AbortSignal) =>
  transport.request<Page>({ service: "registry", method: "POST", path: "/list", json: { key }, idempotent: true, signal });
const sentKeys = () => server.requests.map((r) => (JSON.parse(r.body) as { key: unknown }).key);
const list = (options: Partial<Parameters<typeof paginate<Page, string>>[1]> = {}) =>
  paginate<Page, string>(fetchPage, { items: (p) => p.items, nextKey: (p) => p.key, ...options });

describe("collectAll's limit", () => {
  it("must be a non-negative number, checked before anything is fetched", async () => {
    server.script(page(["a"], null));
    for (const limit of [-1, Number.NaN]) {
      await expect(collectAll(list(), { limit })).rejects.toThrow(new RangeError(`collectAll limit must be a non-negative number, got ${limit}`));
    }
    expect(server.requests).toHaveLength(0);
  });

  it('0 with onLimit "truncate" is an empty list, fetched without a request', async () => {
    server.script(page(["a"], null));
    expect(await collectAll(list(), { limit: 0, onLimit: "truncate" })).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it("0 otherwise refuses the first item", async () => {
    server.script(page(["a"], null));
    await expect(collectAll(list(), { limit: 0 })).rejects.toBeInstanceOf(PaginationError);
    expect(await collectAll(list(), { limit: 0 }).catch(() => [])).toEqual([]);
  });

  it("truncating at exactly the number of items there are returns them all", async () => {
    server.script(page(["a", "b"], { n: 1 }), page(["c"], null));
    expect(await collectAll(list(), { limit: 3, onLimit: "truncate" })).toEqual(["a", "b", "c"]);
  });
});

describe("pagination keys", () => {
  it("an empty object is a key like any other; only null or absent ends the listing", async () => {
    server.script(page(["a"], {}), page(["b"], { n: 1 }), reply(200, { items: ["c"] }));
    expect(await collectAll(list())).toEqual(["a", "b", "c"]);
    expect(sentKeys()).toEqual([null, {}, { n: 1 }]);
  });

  it("a repeated key in a listing without a name is reported as 'the listing'", async () => {
    server.script(page(["a"], { n: 1 }), page(["b"], { n: 1 }));
    const error = (await collectAll(list()).catch((e: unknown) => e)) as PaginationError;
    expect(error.message).toBe("the listing returned a pagination key on page 2 that it already returned before; stopping to avoid an endless loop");
  });

  it("keys compare by content whatever their nesting and key order", async () => {
    server.script(page(["a"], { b: { y: 1, x: [2, { q: 1, p: 0 }] }, a: 1 }), page(["b"], { a: 1, b: { x: [2, { p: 0, q: 1 }], y: 1 } }));
    await expect(collectAll(list())).rejects.toBeInstanceOf(PaginationError);
    // Different array order is a different key.
    server.requests.length = 0;
    server.script(page(["a"], { k: [1, 2] }), page(["b"], { k: [2, 1] }), page(["c"], null));
    expect(await collectAll(list())).toEqual(["a", "b", "c"]);
  });

  it("an already-aborted signal fetches nothing", async () => {
    server.script(page(["a"], null));
    const controller = new AbortController();
    controller.abort(new Error("no longer needed"));
    const error = (await collectAll(list({ signal: controller.signal, operationName: "x.list" })).catch((e: unknown) => e)) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.message).toBe("x.list was aborted by the caller");
    expect((error.cause as Error).message).toBe("no longer needed");
    expect(server.requests).toHaveLength(0);
  });
});

describe("reading ahead (prefetch)", () => {
  const validating = (options: Partial<Parameters<typeof paginate<Page, string>>[1]> = {}) =>
    list({
      prefetch: true,
      rawNextKey: (raw) => (raw as { rawKey?: unknown }).rawKey,
      // The validated page's key is the real one.
      validate: (raw) => raw,
      ...options,
    });

  it("when the validated page has another key than the one read ahead, the early request is dropped and the right page fetched", async () => {
    // Each page by the key asked for (the early request may or may not reach the server).
    const byKey: Record<string, unknown> = { null: { items: ["a"], key: { n: 2 }, rawKey: { n: 1 } }, '{"n":1}': { items: ["wrong"], key: null }, '{"n":2}': { items: ["b"], key: null } };
    server.script((req, res) => reply(200, byKey[JSON.stringify((JSON.parse(req.body) as { key: unknown }).key)])(req, res));
    const items = await collectAll(validating());
    expect(items).toEqual(["a", "b"]);
    expect(sentKeys().at(-1)).toEqual({ n: 2 });
  });

  it("a raw key already seen is not read ahead", async () => {
    server.script(reply(200, { items: ["a"], key: { n: 1 }, rawKey: { n: 1 } }), reply(200, { items: ["b"], key: null, rawKey: { n: 1 } }));
    expect(await collectAll(validating())).toEqual(["a", "b"]);
    expect(sentKeys()).toEqual([null, { n: 1 }]);
  });

  it("a page whose raw key cannot be read is still validated, and its validation error reported", async () => {
    server.script(reply(200, { items: ["a"], key: null }));
    const listing = list({
      prefetch: true,
      rawNextKey: () => {
        throw new TypeError("malformed page");
      },
      validate: () => {
        throw new ResponseValidationError({ method: "POST", url: `${server.origin}/list`, status: 200, mode: "lenient", issues: [{ path: ["key"], code: "invalid_type", message: "bad" }] });
      },
    });
    await expect(collectAll(listing)).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("stopping while a page read ahead is in flight aborts that request", async () => {
    server.script(page(["a", "b"], { n: 1 }), hang());
    const controller = new AbortController();
    const got: string[] = [];
    const error = await (async () => {
      for await (const item of list({ prefetch: true, signal: controller.signal })) {
        got.push(item);
        await vi.waitFor(() => expect(server.requests).toHaveLength(2));
        controller.abort(new Error("user left"));
      }
    })().catch((e: unknown) => e);
    expect(got).toEqual(["a", "b"]); // the rest of the page in hand, then the stop
    expect(error).toBeInstanceOf(AbortError);
  });

  it("without prefetch, nothing is requested before the caller reaches the end of a page", async () => {
    server.script(page(["a", "b"], { n: 1 }), page(["c"], null));
    const seen: number[] = [];
    for await (const item of list()) {
      seen.push(server.requests.length);
      if (item === "c") break;
    }
    expect(seen).toEqual([1, 1, 2]);
  });
});
