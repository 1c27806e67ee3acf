// A listing that reads ahead hands each early request its own signal: the caller's abort, an
// early stop, or a page that turns out to point elsewhere ends that request, and nothing is
// left listening on the caller's signal afterwards. Over real HTTP (fixture server).
import { getEventListeners } from "node:events";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { collectAll, createTransport, paginate } from "../src/index.js";
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
  rawKey?: unknown;
}
const page = (items: string[], key: unknown) => reply(200, { items, key });

/** A listing that records the signal each page request was given. */
function recordingList(options: { signal?: AbortSignal; validate?: (raw: Page) => Page; rawNextKey?: (raw: Page) => unknown } = {}) {
  const signals: (AbortSignal | undefined)[] = [];
  const listing = paginate<Page, string>(
    (key, signal) => {
      signals.push(signal);
      return transport.request<Page>({ service: "registry", method: "POST", path: "/list", json: { key }, idempotent: true, signal });
    },
    { items: (p) => p.items, nextKey: (p) => p.key, prefetch: true, ...options },
  );
  return { listing, signals };
}

describe("a page read ahead", () => {
  it("is aborted with the caller's reason when the caller aborts", async () => {
    server.script(page(["a"], { n: 1 }), hang());
    const controller = new AbortController();
    const { listing, signals } = recordingList({ signal: controller.signal });
    const reason = new Error("user left");
    await expect(
      (async () => {
        for await (const _ of listing) {
          await vi.waitFor(() => expect(server.requests).toHaveLength(2));
          controller.abort(reason);
        }
      })(),
    ).rejects.toThrow("was aborted by the caller");
    expect(signals[1]!.aborted).toBe(true);
    expect(signals[1]!.reason).toBe(reason);
  });

  it("is aborted when the caller stops early, saying the listing stopped", async () => {
    server.script(page(["a"], { n: 1 }), hang());
    const { listing, signals } = recordingList();
    for await (const _ of listing) {
      await vi.waitFor(() => expect(server.requests).toHaveLength(2));
      break;
    }
    expect(signals[1]!.aborted).toBe(true);
    expect((signals[1]!.reason as Error).message).toBe("listing stopped");
  });

  it("is aborted when the validated page points elsewhere, saying so", async () => {
    const byKey: Record<string, unknown> = { null: { items: ["a"], key: { n: 2 }, rawKey: { n: 1 } }, '{"n":2}': { items: ["b"], key: null } };
    server.script((req, res) => {
      const key = JSON.stringify((JSON.parse(req.body) as { key: unknown }).key);
      return key in byKey ? reply(200, byKey[key])(req, res) : hang()(req, res);
    });
    const { listing, signals } = recordingList({ validate: (raw) => raw, rawNextKey: (raw) => raw.rawKey });
    expect(await collectAll(listing)).toEqual(["a", "b"]);
    expect(signals[1]!.aborted).toBe(true);
    expect((signals[1]!.reason as Error).message).toBe("the validated page has another pagination key");
    expect(signals[2]?.aborted ?? false).toBe(false); // the right page, asked for with the caller's (absent) signal
  });

  it("leaves nothing listening on the caller's signal once the listing is done", async () => {
    server.script(page(["a"], { n: 1 }), page(["b"], { n: 2 }), page(["c"], null));
    const controller = new AbortController();
    const { listing } = recordingList({ signal: controller.signal });
    expect(await collectAll(listing)).toEqual(["a", "b", "c"]);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("is not requested when pages are validated and no raw key reader is given", async () => {
    server.script(page(["a"], { n: 1 }), page(["b"], null));
    const seenWhenValidating: number[] = [];
    const { listing } = recordingList({
      validate: (raw) => {
        seenWhenValidating.push(server.requests.length);
        return raw;
      },
    });
    expect(await collectAll(listing)).toEqual(["a", "b"]);
    expect(seenWhenValidating).toEqual([1, 2]);
  });
});

it("an iterator closed by hand reports itself done", async () => {
  server.script(page(["a", "b"], { n: 1 }), page(["c"], null));
  const iterator = recordingList().listing[Symbol.asyncIterator]();
  expect(await iterator.next()).toEqual({ done: false, value: "a" });
  expect(await iterator.return!()).toEqual({ done: true, value: undefined });
});
