import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AbortError, PaginationError, ResponseValidationError, collectAll, createTransport, paginate } from "../src/index.js";
import type { Transport } from "../src/index.js";
import { reply, useFixture } from "./fixture-server.js";

const server = useFixture();
let transport: Transport;
beforeEach(() => {
  transport = createTransport({ endpoints: { registry: server.origin }, retry: false });
});

const PageModel = {
  lenient: z.looseObject({ items: z.array(z.string()), pagination_key: z.record(z.string(), z.unknown()).nullable() }),
  strict: z.strictObject({ status: z.unknown(), items: z.array(z.string()), pagination_key: z.record(z.string(), z.unknown()).nullable() }),
};

interface ListPage {
  items: string[];
  pagination_key: Record<string, unknown> | null;
}

// A Provena list call: POST with the key in the body, read-only so flagged idempotent.
const list = (signal?: AbortSignal, prefetch = false) =>
  paginate<ListPage, string>(
    (key, s) =>
      transport.request<ListPage>({
        service: "registry",
        method: "POST",
        path: "/registry/general/list",
        json: { pagination_key: key, page_size: 2 },
        idempotent: true,
        signal: s,
      }),
    { items: (p) => p.items, nextKey: (p) => p.pagination_key, signal, operationName: "registry.general.list", prefetch },
  );

const page = (items: string[], key: Record<string, unknown> | null) => reply(200, { status: { success: true, details: "" }, items, pagination_key: key });
const sentKeys = () => server.requests.map((r) => (JSON.parse(r.body) as { pagination_key: unknown }).pagination_key);

describe("paginate", () => {
  it("follows the opaque key until it is null", async () => {
    server.script(page(["a", "b"], { id: "1" }), page(["c", "d"], { id: "2" }), page(["e"], null));
    expect(await collectAll(list())).toEqual(["a", "b", "c", "d", "e"]);
    expect(sentKeys()).toEqual([null, { id: "1" }, { id: "2" }]);
  });

  it("keeps going through empty pages that still carry a key", async () => {
    server.script(page([], { id: "1" }), page([], { id: "2" }), page(["x"], null));
    expect(await collectAll(list())).toEqual(["x"]);
    expect(server.requests).toHaveLength(3);
  });

  it("iterates pages with .pages(), and can be iterated again", async () => {
    server.script(page(["a"], { id: "1" }), page(["b"], null), page(["a"], { id: "1" }), page(["b"], null));
    const listing = list();
    const pages: ListPage[] = [];
    for await (const p of listing.pages()) pages.push(p);
    expect(pages.map((p) => p.items)).toEqual([["a"], ["b"]]);
    expect(await collectAll(listing)).toEqual(["a", "b"]);
    expect(server.requests).toHaveLength(4);
  });

  it("stops with a PaginationError when a key repeats (even with keys in another order)", async () => {
    server.script(page(["a"], { id: "1", ts: 5 }), page(["b"], { id: "2" }), page(["c"], { ts: 5, id: "1" }), page(["never"], null));
    const got: string[] = [];
    const error = await (async () => {
      for await (const item of list()) got.push(item);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    const p = error as PaginationError;
    expect([p.reason, p.pageNumber]).toEqual(["repeated-key", 3]);
    expect(p.message).toBe("registry.general.list returned a pagination key on page 3 that it already returned before; stopping to avoid an endless loop");
    expect(got).toEqual(["a", "b", "c"]);
    expect(server.requests).toHaveLength(3);
  });

  it("an aborted signal stops between pages", async () => {
    const controller = new AbortController();
    server.script(page(["a"], { id: "1" }), page(["b"], null));
    const got: string[] = [];
    const error = await (async () => {
      for await (const item of list(controller.signal)) {
        got.push(item);
        controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(got).toEqual(["a"]);
    expect(server.requests).toHaveLength(1);
  });
});

describe("collectAll", () => {
  it("throws a PaginationError (limit-exceeded) when there are more items than the limit", async () => {
    server.script(page(["a", "b"], { id: "1" }), page(["c", "d"], { id: "2" }), page(["e"], null));
    const error = await collectAll(list(), { limit: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect([(error as PaginationError).reason, (error as PaginationError).limit]).toEqual(["limit-exceeded", 3]);
    expect((error as Error).message).toContain("more than 3 items");
    expect(server.requests).toHaveLength(2); // stopped as soon as the 4th item appeared
  });

  it("returns exactly `limit` items when there are exactly that many", async () => {
    server.script(page(["a", "b"], { id: "1" }), page(["c"], null));
    expect(await collectAll(list(), { limit: 3 })).toEqual(["a", "b", "c"]);
  });

  it('onLimit: "truncate" returns the first `limit` items and fetches no further page', async () => {
    server.script(page(["a", "b"], { id: "1" }), page(["c", "d"], { id: "2" }), page(["e"], null));
    expect(await collectAll(list(), { limit: 2, onLimit: "truncate" })).toEqual(["a", "b"]);
    expect(server.requests).toHaveLength(1);
  });

  describe("prefetch", () => {
    it("asks for page N+1 while the caller is still on page N, and yields the same items", async () => {
      server.script(page(["a", "b"], { id: "1" }), page(["c", "d"], { id: "2" }), page(["e"], null));
      const seenWhenHandling: number[] = [];
      const items: string[] = [];
      for await (const item of list(undefined, true)) {
        if (item === "a") {
          // The next page was requested as soon as the first arrived, before we asked for it.
          await vi.waitFor(() => expect(server.requests.length).toBe(2));
          seenWhenHandling.push(server.requests.length);
        }
        items.push(item);
      }
      expect(items).toEqual(["a", "b", "c", "d", "e"]);
      expect(seenWhenHandling).toEqual([2]);
      expect(sentKeys()).toEqual([null, { id: "1" }, { id: "2" }]);
    });

    it("stopping early costs at most the one page already asked for", async () => {
      server.script(page(["a", "b"], { id: "1" }), page(["c", "d"], { id: "2" }), page(["e"], null));
      const first: string[] = [];
      for await (const item of list(undefined, true)) {
        first.push(item);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(first).toEqual(["a"]);
      expect(server.requests.length).toBeLessThanOrEqual(2);
    });

    it("still detects a repeated key", async () => {
      server.script(page(["a"], { id: "1" }), page(["b"], { id: "1" }), page(["c"], null));
      const error = await collectAll(list(undefined, true)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PaginationError);
      expect((error as PaginationError).reason).toBe("repeated-key");
      expect(server.requests).toHaveLength(2);
    });

    it("validates a page after asking for the next one, so validation overlaps the server's work", async () => {
      server.script(page(["a"], { id: "1" }), page(["b"], { id: "2" }), page(["c"], null));
      const requestsWhenValidating: number[] = [];
      let started = 0;
      const listing = paginate<ListPage, string>(
        (key, s) => {
          started++;
          return transport.request<ListPage>({ service: "registry", method: "POST", path: "/list", json: { pagination_key: key }, idempotent: true, signal: s });
        },
        {
          items: (p) => p.items,
          nextKey: (p) => p.pagination_key,
          rawNextKey: (p) => p.pagination_key,
          prefetch: true,
          validate: (p) => {
            requestsWhenValidating.push(started);
            return transport.validate((mode) => (mode === "strict" ? PageModel.strict : PageModel.lenient), p, { method: "POST", url: `${server.origin}/list` });
          },
        },
      );
      expect(await collectAll(listing)).toEqual(["a", "b", "c"]);
      // Pages 1 and 2 were validated with the next request already started; page 3 had no next.
      expect(requestsWhenValidating).toEqual([2, 3, 3]);
    });

    it("a page that fails validation stops the listing with ResponseValidationError", async () => {
      server.script(page(["a"], { id: "1" }), reply(200, { items: "not a list", pagination_key: { id: "2" } }), page(["c"], null));
      const listing = paginate<ListPage, string>(
        (key, s) => transport.request<ListPage>({ service: "registry", method: "POST", path: "/list", json: { pagination_key: key }, idempotent: true, signal: s }),
        {
          items: (p) => p.items,
          nextKey: (p) => p.pagination_key,
          prefetch: true,
          validate: (p) => transport.validate((mode) => (mode === "strict" ? PageModel.strict : PageModel.lenient), p, { method: "POST", url: `${server.origin}/list`, operationName: "test.list" }),
        },
      );
      const error = await collectAll(listing).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect((error as ResponseValidationError).operationName).toBe("test.list");
      expect((error as ResponseValidationError).issues.map((i) => i.path)).toEqual([["items"]]);
    });
  });
});
