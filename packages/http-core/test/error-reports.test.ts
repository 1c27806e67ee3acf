// What a user reads when a call fails: the message, and what an error shows when it is logged
// whole (JSON.stringify, util.inspect). Over real HTTP against the fixture server.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { NetworkError, ResponseValidationError, TimeoutError, createTransport } from "../src/index.js";
import type { HttpError, ServerError, TransportOptions } from "../src/index.js";
import { hang, reply, startFixture, useFixture } from "./fixture-server.js";

const server = useFixture();

const transport = (options: TransportOptions = {}) => createTransport({ endpoints: { registry: server.origin }, retry: false, ...options });
const get = { service: "registry", method: "GET", path: "/thing", operationName: "registry.thing.fetch" } as const;
const fail = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("the call should fail"), (e: unknown) => e);

describe("the server's explanation in an error message", () => {
  it("a long text body is cut to 500 characters, marked with an ellipsis", async () => {
    const text = `${"a".repeat(499)}bc${"d".repeat(300)}`;
    server.script(reply(500, text));
    const error = (await fail(transport().request(get))) as ServerError;
    expect(error.serverMessage).toBe(`${"a".repeat(499)}b…`);
    expect(error.message).toBe(`GET ${server.origin}/thing failed with 500 Internal Server Error: ${"a".repeat(499)}b…`);
    // The body itself is kept whole.
    expect(error.body).toBe(text);
  });

  it("a text body of exactly 500 characters is shown whole, and surrounding blanks are trimmed", async () => {
    const text = "x".repeat(500);
    server.script(reply(500, `\n  ${text}  \n`));
    const error = (await fail(transport().request(get))) as ServerError;
    expect(error.serverMessage).toBe(text);
  });

  it("a blank text body gives no server message", async () => {
    server.script(reply(503, "   \n"));
    const error = (await fail(transport().request(get))) as ServerError;
    expect(error.serverMessage).toBeUndefined();
    expect(error.message).toBe(`GET ${server.origin}/thing failed with 503 Service Unavailable`);
  });

  it("reads Provena's status envelope and an OAuth error without a description", async () => {
    server.script(reply(400, { status: { success: false, details: "Item is locked" } }));
    expect(((await fail(transport().request(get))) as HttpError).serverMessage).toBe("Item is locked");
    server.script(reply(400, { error: "invalid_request" }));
    expect(((await fail(transport().request(get))) as HttpError).serverMessage).toBe("invalid_request");
  });

  it("a body with none of the known shapes gives no server message but is kept", async () => {
    server.script(reply(400, { oops: true, detail: 7, status: { details: 3 }, message: 5, error: 1 }));
    const error = (await fail(transport().request(get))) as HttpError;
    expect(error.serverMessage).toBeUndefined();
    expect(error.body).toEqual({ oops: true, detail: 7, status: { details: 3 }, message: 5, error: 1 });
    expect(error.message).toBe(`GET ${server.origin}/thing failed with 400 Bad Request`);
  });

  it("a status without a well-known reason phrase uses the server's", async () => {
    server.script((_req, res) => {
      res.writeHead(451, "Unavailable For Legal Reasons", { "content-type": "application/json" });
      res.end("{}");
    });
    const error = (await fail(transport().request(get))) as HttpError;
    expect(error.statusText).toBe("Unavailable For Legal Reasons");
    expect(error.message).toBe(`GET ${server.origin}/thing failed with 451 Unavailable For Legal Reasons`);
  });

  it("a FastAPI 422 names each field by its path, and a detail entry without one by its message", async () => {
    server.script(
      reply(422, {
        detail: [{ loc: ["body", "items", 2, "id"], msg: "field required", type: "missing" }, { msg: "body is empty" }, "not an issue", { loc: "body", msg: 3 }],
      }),
    );
    const error = (await fail(transport().request(get))) as HttpError & { issues: unknown[] };
    expect(error.issues).toEqual([
      { loc: ["body", "items", 2, "id"], msg: "field required", type: "missing" },
      { loc: [], msg: "body is empty", type: "unknown" },
      { loc: [], msg: "invalid", type: "unknown" },
    ]);
    expect(error.serverMessage).toBe("body.items[2].id: field required; body is empty; invalid");
  });
});

describe("a response that does not match its model", () => {
  const Item = z.object({ id: z.string() });

  it("lists the first five issues by path and counts the rest", async () => {
    server.script(reply(200, [1, 2, 3, 4, 5, 6, 7]));
    const error = (await fail(transport().request({ ...get, schema: z.array(Item) }))) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues).toHaveLength(7);
    const each = "Invalid input: expected object, received number";
    expect(error.message).toBe(
      `GET ${server.origin}/thing returned a response that does not match the expected schema (lenient mode): ` +
        `[0]: ${each}; [1]: ${each}; [2]: ${each}; [3]: ${each}; [4]: ${each} (and 2 more)`,
    );
  });

  it("lists exactly five issues without a count, and an issue at the top of the body by its message alone", async () => {
    server.script(reply(200, [{}, {}, {}, {}, {}]));
    const five = (await fail(transport().request({ ...get, schema: z.array(Item) }))) as ResponseValidationError;
    expect(five.message).not.toContain("more)");
    expect(five.message).toMatch(/\[4\]\.id: Invalid input: expected string, received undefined$/);

    server.script(reply(200, ["a list"]));
    const top = (await fail(transport().request({ ...get, schema: Item }))) as ResponseValidationError;
    expect(top.message).toMatch(/\(lenient mode\): Invalid input: expected object, received array$/);
    expect(top.issues[0]!.path).toEqual([]);
  });
});

describe("an error logged whole", () => {
  it("serialises to its name, message and data fields, leaving out the ones that are absent", async () => {
    server.script(reply(404, { detail: "No such item" }));
    const error = (await fail(transport().request(get))) as HttpError;
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "NotFoundError",
      message: `GET ${server.origin}/thing failed with 404 Not Found: No such item`,
      method: "GET",
      url: `${server.origin}/thing`,
      status: 404,
      statusText: "Not Found",
      serverMessage: "No such item",
      body: { detail: "No such item" },
      operationName: "registry.thing.fetch",
    });
  });

  it("shows its stack, then its fields, when inspected", async () => {
    server.script(reply(409, { detail: "Already exists" }));
    const error = (await fail(transport().request(get))) as HttpError;
    const text = inspect(error);
    expect(text.startsWith(error.stack!)).toBe(true);
    expect(text).toContain("status: 409");
    expect(text).toContain("serverMessage: 'Already exists'");
    expect(text).toContain("operationName: 'registry.thing.fetch'");
    expect(text).not.toContain("name: 'ConflictError'");
  });

  it("summarises its cause by name, message and error code, a cause deep", async () => {
    const closed = await startFixture();
    await closed.close();
    const error = (await fail(createTransport({ endpoints: { registry: closed.origin }, retry: false }).request(get))) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    const json = JSON.parse(JSON.stringify(error)) as { cause: { name: string; message: string; cause?: { code?: string; message: string } } };
    expect(json.cause.name).toBe("TypeError");
    expect(json.cause.message).toBe("fetch failed");
    expect(json.cause.cause?.code).toBe("ECONNREFUSED");
    expect(json.cause.cause?.message).toContain("ECONNREFUSED");
    expect(error.message).toMatch(new RegExp(`^GET ${closed.origin}/thing failed: network error \\(.*ECONNREFUSED`));
  });
});

describe("a timed-out call", () => {
  it("says which timeout ran out and how many attempts were made", async () => {
    server.script(hang());
    const t = transport({ timeoutMs: 300, retry: { limit: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    const error = (await fail(t.request(get))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect([error.kind, error.timeoutMs, error.attempts]).toEqual(["attempt", 300, 3]);
    expect(error.message).toBe(`GET ${server.origin}/thing timed out: attempt timeout of 300 ms exceeded (3 attempts)`);
    expect(server.requests).toHaveLength(3);
  });
});
