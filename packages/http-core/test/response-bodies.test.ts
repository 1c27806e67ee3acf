// How a 2xx answer is read, for each kind of body an operation asks for: empty answers, bodies
// that need no envelope check, the soft failures whose details are blank, and validation that
// hands back the body as it arrived. Over real HTTP (fixture server).
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { ResponseValidationError, SoftFailureError, createTransport } from "../src/index.js";
import type { TransportOptions } from "../src/index.js";
import { reply, useFixture } from "./fixture-server.js";
import type { Responder } from "./fixture-server.js";

const server = useFixture();

const transport = (options: TransportOptions = {}) => createTransport({ endpoints: { registry: server.origin }, retry: false, ...options });
const get = { service: "registry", method: "GET", path: "/thing" } as const;
const noContent =
  (status: number): Responder =>
  (_req, res) => {
    res.writeHead(status);
    res.end();
  };

describe("empty answers", () => {
  it("a 204 resolves undefined for JSON, an empty string for text, no bytes for bytes", async () => {
    server.script(noContent(204));
    await expect(transport().request(get)).resolves.toBeUndefined();
    await expect(transport().request({ ...get, responseType: "text" })).resolves.toBe("");
    const bytes = await transport().request<Uint8Array>({ ...get, responseType: "bytes" });
    expect([...bytes]).toEqual([]);
    await expect(transport().request({ ...get, method: "DELETE", responseType: "none" })).resolves.toBeUndefined();
  });

  it("a 200 with a blank body is undefined for JSON, which a schema can refuse", async () => {
    server.script(reply(200, "  \n"));
    await expect(transport().request(get)).resolves.toBeUndefined();
    await expect(transport().request({ ...get, schema: z.object({ id: z.string() }) })).rejects.toBeInstanceOf(ResponseValidationError);
  });
});

describe("the status envelope", () => {
  it("is only looked for in JSON objects: a list or a text answer is data", async () => {
    server.script(reply(200, [{ status: { success: false } }]));
    await expect(transport().request(get)).resolves.toEqual([{ status: { success: false } }]);
    server.script(reply(200, '{"status":{"success":false}}', { "content-type": "text/plain" }));
    await expect(transport().request({ ...get, responseType: "text" })).resolves.toBe('{"status":{"success":false}}');
  });

  it("a status that is not an object, or a success that is not exactly false, is not a failure", async () => {
    for (const body of [{ status: "failed" }, { status: { success: 0 } }, { status: { success: "false" } }, { status: null }]) {
      server.script(reply(200, body));
      await expect(transport().request(get)).resolves.toEqual(body);
    }
  });

  it("a failure without details, or with blank details, says only that it failed", async () => {
    server.script(reply(200, { status: { success: false } }));
    const bare = (await transport()
      .request(get)
      .catch((e: unknown) => e)) as SoftFailureError;
    expect(bare).toBeInstanceOf(SoftFailureError);
    expect(bare.details).toBeUndefined();
    expect(bare.message).toBe(`GET ${server.origin}/thing reported failure (status.success=false)`);

    server.script(reply(200, { status: { success: false, details: "" } }));
    const blank = (await transport()
      .request(get)
      .catch((e: unknown) => e)) as SoftFailureError;
    expect(blank.details).toBe("");
    expect(blank.message).toBe(`GET ${server.origin}/thing reported failure (status.success=false)`);
  });

  it('"bare" reads the body itself as the status', async () => {
    server.script(reply(200, { success: true, details: "fine" }));
    await expect(transport().request({ ...get, envelope: "bare" })).resolves.toEqual({ success: true, details: "fine" });
    server.script(reply(200, { status: { success: false } }));
    await expect(transport().request({ ...get, envelope: "bare" })).resolves.toEqual({ status: { success: false } });
  });
});

describe("validation", () => {
  const Item = z.looseObject({ id: z.string(), tags: z.array(z.string()) });

  it("lenient mode hands back a valid body as it arrived, unknown keys and all", async () => {
    server.script(reply(200, { id: "a", tags: ["t"], extra: { nested: true } }));
    await expect(transport().request({ ...get, schema: Item })).resolves.toEqual({ id: "a", tags: ["t"], extra: { nested: true } });
  });

  it("a schema that reshapes the body is applied in either mode", async () => {
    const Shaped = z.pipe(
      z.object({ n: z.string() }),
      z.transform((v) => Number(v.n)),
    );
    for (const validation of ["lenient", "strict"] as const) {
      server.script(reply(200, { n: "42", dropped: 1 }));
      await expect(transport({ validation }).request({ ...get, schema: Shaped })).resolves.toBe(42);
    }
  });

  it("a mismatch reports the status, the mode and each issue's path, code and message", async () => {
    server.script(reply(201, { id: 1, tags: "t" }));
    const error = (await transport({ validation: "strict" })
      .request({ ...get, method: "POST", json: {}, schema: Item, operationName: "registry.thing.create" })
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect([error.status, error.mode, error.operationName, error.method]).toEqual([201, "strict", "registry.thing.create", "POST"]);
    expect(error.issues).toEqual([
      { path: ["id"], code: "invalid_type", message: "Invalid input: expected string, received number" },
      { path: ["tags"], code: "invalid_type", message: "Invalid input: expected array, received string" },
    ]);
  });

  it("validate() checks a body fetched earlier, as request would have, naming the context", () => {
    const t = transport({ validation: "strict" });
    expect(t.validate(Item, { id: "a", tags: [] }, { method: "GET", url: `${server.origin}/thing` })).toEqual({ id: "a", tags: [] });
    let error: unknown;
    try {
      t.validate((mode) => (mode === "strict" ? z.strictObject({ id: z.string() }) : Item), { id: "a", tags: [] }, { method: "get", url: `${server.origin}/thing`, status: 203 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect([(error as ResponseValidationError).status, (error as ResponseValidationError).method]).toEqual([203, "GET"]);
    let defaulted: unknown;
    try {
      t.validate(Item, {}, { method: "GET", url: `${server.origin}/thing` });
    } catch (e) {
      defaulted = e;
    }
    expect((defaulted as ResponseValidationError).status).toBe(200);
  });
});
