// One request-body reader serves every service: the same FastAPI/pydantic v1 answers for bad
// JSON, a missing or null body, wrong types and unknown keys, whichever API is called.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalServer, type LocalServer } from "../src/index.js";
import { callApi } from "./support/call.js";
import type { SpecDocument } from "./support/spec-check.js";

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer({ jobStepDelayMs: 0 });
});
afterAll(() => server.stop());

interface Target {
  readonly document: SpecDocument;
  readonly base: () => string;
  readonly method: string;
  readonly path: string;
}

const targets: readonly Target[] = [
  { document: "registry", base: () => server.endpoints.registry, method: "PUT", path: "/registry/agent/organisation/revert" },
  { document: "auth", base: () => server.endpoints.auth, method: "POST", path: "/groups/admin/add_group" },
  { document: "job", base: () => server.endpoints.jobs, method: "POST", path: "/jobs/user/list" },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function send(target: Target, rawBody: string | undefined): Promise<{ status: number; body: any }> {
  return callApi(target.document, target.base(), server.mintToken("admin"), target.method, target.path, { rawBody });
}

describe.each(targets)("$document $method $path", (target) => {
  it("answers bad JSON with Python's decode error", async () => {
    const res = await send(target, "{not json");
    expect(res.status).toBe(422);
    expect(res.body.detail).toEqual([{ loc: ["body", 0], msg: "Expecting value: line 1 column 1 (char 0)", type: "value_error.jsondecode" }]);
  });

  it("answers an empty or JSON null body of a required model with 'field required' at body", async () => {
    for (const raw of [undefined, "null"]) {
      const res = await send(target, raw);
      expect(res.status, String(raw)).toBe(422);
      expect(res.body.detail).toEqual([{ loc: ["body"], msg: "field required", type: "value_error.missing" }]);
    }
  });
});

describe("field errors", () => {
  const [registry, auth, jobs] = targets as [Target, Target, Target];

  it("words a non-integer for an int field as pydantic's integer error in every service", async () => {
    const expected = { msg: "value is not a valid integer", type: "type_error.integer" };
    const revert = await send(registry, JSON.stringify({ id: "x", history_id: "first", reason: "r" }));
    expect(revert.body.detail).toEqual([{ loc: ["body", "history_id"], ...expected }]);
    const list = await send(jobs, JSON.stringify({ limit: "ten" }));
    expect(list.body.detail).toEqual([{ loc: ["body", "limit"], ...expected }]);
  });

  it("reports a null required field as not allowed and a missing enum field as required", async () => {
    const nulled = await send(auth, JSON.stringify({ id: "g", display_name: null, description: "d" }));
    expect(nulled.body.detail).toEqual([{ loc: ["body", "display_name"], msg: "none is not an allowed value", type: "type_error.none.not_allowed" }]);
    const noType = await send({ ...jobs, path: "/jobs/admin/launch" }, JSON.stringify({ job_sub_type: "REGISTRY_WAKE_UP", job_payload: {} }));
    expect(noType.body.detail).toEqual([{ loc: ["body", "job_type"], msg: "field required", type: "value_error.missing" }]);
  });

  it("drops unknown keys of an auth model instead of storing them (pydantic's Extra.ignore)", async () => {
    expect((await send(auth, JSON.stringify({ id: "extras", display_name: "E", description: "d", colour: "red" }))).status).toBe(200);
    const describe = await fetch(`${server.endpoints.auth.replace(/\/$/, "")}/groups/user/describe_group?id=extras`, { headers: { authorization: `Bearer ${server.mintToken("admin")}` } });
    const group = ((await describe.json()) as { group: Record<string, unknown> }).group;
    expect(group).toEqual({ id: "extras", display_name: "E", description: "d", default_data_store_access: null });
  });

  it("renders import parse failures with the same pydantic errors", async () => {
    const res = await send({ ...auth, path: "/groups/admin/import" }, JSON.stringify({ import_mode: "ADD_ONLY", items: [{ id: "g", display_name: 5, description: "d", users: [] }] }));
    expect(res.body.failure_list[0][0]).toBe("Could not parse item as valid group, exception: 1 validation error for UserGroup\ndisplay_name\n  str type expected (type=type_error.str)");
  });
});
