import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BadRequestError, ConfigurationError, ResponseValidationError, SoftFailureError, createTransport, defineModels } from "../src/index.js";
import { reply, useFixture } from "./fixture-server.js";

const server = useFixture();

const transport = (options = {}) => createTransport({ endpoints: { registry: server.origin }, retry: false, ...options });

const Models = defineModels((k) => ({
  FetchResponse: k.object({
    status: k.object({ success: z.boolean(), details: z.string() }),
    item: k.optional(k.object({ id: z.string(), item_subtype: k.enum(["PERSON", "ORGANISATION"]) })),
    roles: k.optional(z.array(z.string())),
  }),
}));
const fetchSchema = (mode: "lenient" | "strict") => Models.get(mode).FetchResponse;

describe("soft failures", () => {
  it("200 with status.success=false is a SoftFailureError with the details and body", async () => {
    const body = { status: { success: false, details: "Validation Error: ethics not approved" }, item: null };
    server.script(reply(200, body));
    const error = await transport()
      .request({ service: "registry", method: "POST", path: "/registry/agent/person/create", json: {}, operationName: "registry.person.create" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SoftFailureError);
    const soft = error as SoftFailureError;
    expect([soft.status, soft.details, soft.method, soft.operationName]).toEqual([200, "Validation Error: ethics not approved", "POST", "registry.person.create"]);
    expect(soft.url).toBe(`${server.origin}/registry/agent/person/create`);
    expect(soft.body).toEqual(body);
    expect(soft.message).toBe(
      `POST ${server.origin}/registry/agent/person/create reported failure (status.success=false): Validation Error: ethics not approved`,
    );
  });

  it("envelope: false returns such a body as data (endpoints without the envelope)", async () => {
    server.script(reply(200, { person_id: null, success: false, status: { success: false } }));
    await expect(transport().request({ service: "registry", method: "GET", path: "/link/user/lookup", envelope: false })).resolves.toEqual({
      person_id: null,
      success: false,
      status: { success: false },
    });
  });

  it('envelope: "bare" checks a bare Status body', async () => {
    server.script(reply(200, { success: false, details: "Failed to validate metadata against schema" }));
    const error = await transport()
      .request({ service: "registry", method: "POST", path: "/metadata/validate-metadata", json: {}, envelope: "bare" })
      .catch((e: unknown) => e);
    expect((error as SoftFailureError).details).toBe("Failed to validate metadata against schema");
  });

  it("a successful envelope passes", async () => {
    server.script(reply(200, { status: { success: true, details: "ok" } }));
    await expect(transport().request({ service: "registry", method: "GET", path: "/x" })).resolves.toEqual({ status: { success: true, details: "ok" } });
  });
});

describe("validation", () => {
  const future = { status: { success: true, details: "" }, item: { id: "10378.1/1", item_subtype: "NEW_SUBTYPE", added_later: 1 }, roles: null, extra: true };

  it("lenient (default) keeps unknown keys and enum values and accepts null for optional fields", async () => {
    server.script(reply(200, future));
    const t = transport();
    expect(t.validation).toBe("lenient");
    const result = await t.request({ service: "registry", method: "GET", path: "/fetch", schema: fetchSchema });
    expect(result).toEqual(future);
  });

  it("strict rejects them with a ResponseValidationError listing each issue's path", async () => {
    server.script(reply(200, future));
    const t = transport({ validation: "strict" });
    const error = await t.request({ service: "registry", method: "GET", path: "/fetch", schema: fetchSchema, operationName: "registry.person.fetch" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    const v = error as ResponseValidationError;
    expect(v.mode).toBe("strict");
    expect(v.status).toBe(200);
    expect(v.operationName).toBe("registry.person.fetch");
    const paths = v.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["item.item_subtype", "item", ""]));
    expect(v.message).toMatch(new RegExp(`^GET ${server.origin}/fetch returned a response that does not match the expected schema \\(strict mode\\): `));
    expect(v.message).toContain("item.item_subtype: ");
  });

  it("a mismatch fails in lenient mode too, e.g. a missing required field", async () => {
    server.script(reply(200, { status: { success: true, details: "" }, item: { item_subtype: "PERSON" } }));
    const error = await transport()
      .request({ service: "registry", method: "GET", path: "/fetch", schema: fetchSchema })
      .catch((e: unknown) => e);
    expect((error as ResponseValidationError).issues).toEqual([{ path: ["item", "id"], code: "invalid_type", message: expect.any(String) }]);
  });

  it("with() derives a strict transport from a lenient one", async () => {
    server.script(reply(200, future));
    await expect(transport().with({ validation: "strict" }).request({ service: "registry", method: "GET", path: "/f", schema: fetchSchema })).rejects.toBeInstanceOf(
      ResponseValidationError,
    );
  });

  it("a body that is not JSON is a ResponseValidationError (invalid_json)", async () => {
    server.script(reply(200, "<html>proxy login</html>"));
    const error = await transport()
      .request({ service: "registry", method: "GET", path: "/x" })
      .catch((e: unknown) => e);
    expect((error as ResponseValidationError).issues).toEqual([{ path: [], code: "invalid_json", message: "the response body is not valid JSON" }]);
  });

  it("plain zod schemas, text and none response types", async () => {
    server.script(reply(200, [1, 2]), reply(200, "a,b\n1,2"), reply(200, "ignored"));
    const t = transport();
    await expect(t.request({ service: "registry", method: "GET", path: "/n", schema: z.array(z.number()) })).resolves.toEqual([1, 2]);
    await expect(t.request({ service: "registry", method: "GET", path: "/csv", responseType: "text" })).resolves.toBe("a,b\n1,2");
    await expect(t.request({ service: "registry", method: "DELETE", path: "/d", responseType: "none" })).resolves.toBeUndefined();
    expect(server.requests[1]!.headers.accept).not.toBe("application/json");
  });

  it("bytes: a 2xx body comes back as its exact bytes; an error body is still read for the error", async () => {
    const binary = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x80, 0x0a]);
    server.script(
      (_req, res) => {
        res.writeHead(200, { "content-type": "application/octet-stream" });
        res.end(Buffer.from(binary));
      },
      reply(400, { detail: "Report expired." }),
    );
    const t = transport();
    const bytes = await t.request<Uint8Array>({ service: "registry", method: "GET", path: "/report.docx", responseType: "bytes" });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes]).toEqual([...binary]);
    const error = await t.request({ service: "registry", method: "GET", path: "/report.docx", responseType: "bytes" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).serverMessage).toBe("Report expired.");
  });

  it("multipart: a FormData body is sent as multipart/form-data with its fields", async () => {
    server.script(reply(200, { status: { success: true, details: "" } }));
    const form = new FormData();
    form.append("csv_file", new Blob(['a,"b,c"\n1,2\n'], { type: "text/csv" }), "runs.csv");
    await transport().request({ service: "registry", method: "POST", path: "/upload", multipart: form });
    const seen = server.requests[0]!;
    expect(seen.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen.body).toContain('name="csv_file"; filename="runs.csv"');
    expect(seen.body).toContain('a,"b,c"\n1,2\n');
  });

  it("only one body kind per operation", async () => {
    const error = await transport()
      .request({ service: "registry", method: "POST", path: "/x", json: {}, multipart: new FormData(), operationName: "two.bodies" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toBe("two.bodies: give one of `json`, `form` or `multipart`, not several");
    expect(server.requests).toHaveLength(0);
  });
});
