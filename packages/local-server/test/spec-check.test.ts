// The response checker every suite relies on: it must reject what the documents do not allow,
// or "every body validates" would hold vacuously.
import { describe, expect, it } from "vitest";
import { assertMatchesSpec, responseErrors, searchResponseErrors } from "./support/spec-check.js";

describe("spec check", () => {
  it("resolves $refs into components and reports a missing required property", () => {
    expect(responseErrors("auth", "GET", "/link/user/lookup", 200, { success: true, person_id: "10378.1/1" })).toEqual([]);
    expect(responseErrors("auth", "GET", "/link/user/lookup", 200, { person_id: "10378.1/1" }).join("\n")).toMatch(/success/);
    expect(responseErrors("auth", "GET", "/link/user/lookup", 200, { success: "yes" }).join("\n")).toMatch(/boolean/);
  });

  it("lets optional properties be explicit null where upstream serialises them so, but not required ones", () => {
    expect(responseErrors("auth", "GET", "/link/user/lookup", 200, { success: true, person_id: null })).toEqual([]);
    expect(responseErrors("auth", "GET", "/link/user/lookup", 200, { success: null })).not.toEqual([]);
  });

  it("holds undocumented error statuses to FastAPI's {detail: string}", () => {
    expect(responseErrors("job", "GET", "/jobs/user/fetch", 401, { detail: "Not authenticated" })).toEqual([]);
    expect(responseErrors("job", "GET", "/jobs/user/fetch", 401, { detail: { reason: "x" } })).not.toEqual([]);
    expect(responseErrors("registry", "GET", "/registry/agent/organisation/fetch", 403, { detail: "x", extra: 1 })).not.toEqual([]);
  });

  it("throws, naming the document, for a mismatch or an operation the document lacks", () => {
    expect(() => assertMatchesSpec("registry", "GET", "/registry/agent/organisation/fetch", 200, { item: null })).toThrow(/registry\.json/);
    expect(() => responseErrors("search", "GET", "/no/such/route", 200, {})).toThrow(/no operation/);
    expect(searchResponseErrors("GET", "/search/entity-registry", [])).not.toEqual([]);
  });
});
