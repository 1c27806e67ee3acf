// The models every Provena service shares (generated from the spec): what each accepts and what
// it refuses, in both validation modes.
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import type * as Core from "../src/index.js";
import type * as Models from "../src/models.js";

// Models are built once and cached per module: each test imports a fresh copy, so each builds
// (and checks) the models itself rather than relying on an earlier test's build.
let common: typeof Core;
let modelKit: typeof Models.modelKit;
beforeEach(async () => {
  vi.resetModules();
  common = await import("../src/index.js");
  ({ modelKit } = await import("../src/models.js"));
});

const ok = (schema: z.core.$ZodType, value: unknown): boolean => z.safeParse(schema, value).success;

describe("the shared models", () => {
  it("Status and StatusResponse: a success flag and its details, nested under `status`", () => {
    for (const mode of ["lenient", "strict"] as const) {
      const { Status, StatusResponse } = common.CommonModels.get(mode);
      expect(ok(Status, { success: true, details: "done" })).toBe(true);
      expect(ok(Status, { success: "true", details: "done" })).toBe(false);
      expect(ok(Status, { success: true })).toBe(false);
      expect(ok(Status, { details: "done" })).toBe(false);
      expect(ok(StatusResponse, { status: { success: false, details: "locked" } })).toBe(true);
      expect(ok(StatusResponse, { status: { success: false } })).toBe(false);
      expect(ok(StatusResponse, {})).toBe(false);
    }
  });

  it("User: a username, roles and the access token; email optional", () => {
    const { User } = common.CommonModels.lenient;
    const user = { username: "u1", roles: ["a"], access_token: "t" };
    expect(ok(User, user)).toBe(true);
    expect(ok(User, { ...user, email: null })).toBe(true);
    expect(ok(User, { ...user, email: "u@example.org" })).toBe(true);
    expect(ok(User, { ...user, email: 3 })).toBe(false);
    expect(ok(User, { ...user, roles: [1] })).toBe(false);
    expect(ok(User, { username: "u1", roles: [] })).toBe(false);
    expect(ok(User, { roles: [], access_token: "t" })).toBe(false);
  });

  it("HTTPValidationError: FastAPI's list of issues, each with an integer or string location", () => {
    const { HTTPValidationError, ValidationError } = common.CommonModels.strict;
    const issue = { loc: ["body", "items", 0], msg: "field required", type: "missing" };
    expect(ok(ValidationError, issue)).toBe(true);
    expect(ok(ValidationError, { ...issue, loc: ["body", 0.5] })).toBe(false);
    expect(ok(ValidationError, { loc: [], type: "x" })).toBe(false);
    expect(ok(ValidationError, { loc: [], msg: "x" })).toBe(false);
    expect(ok(HTTPValidationError, { detail: [issue] })).toBe(true);
    expect(ok(HTTPValidationError, {})).toBe(true);
    expect(ok(HTTPValidationError, { detail: [{ loc: [], msg: 1, type: "x" }] })).toBe(false);
    // Strict refuses what lenient keeps.
    expect(ok(HTTPValidationError, { detail: [], extra: 1 })).toBe(false);
    expect(ok(common.CommonModels.lenient.HTTPValidationError, { detail: [], extra: 1 })).toBe(true);
  });

  it("each model is also exported on its own, the same build as the set's", () => {
    expect(common.UserSchema("lenient")).toBe(common.CommonModels.lenient.User);
    expect(common.StatusResponseSchema("strict")).toBe(common.CommonModels.strict.StatusResponse);
    expect(common.HTTPValidationErrorSchema("strict")).toBe(common.buildCommonModels(modelKit("strict")).HTTPValidationError);
    expect(Object.keys(common.CommonModels.lenient).sort()).toEqual(["HTTPValidationError", "Status", "StatusResponse", "User", "ValidationError"]);
    expect([...common.COMMON_FORBIDS_EXTRA]).toEqual([]);
    expect(common.CommonDefaults).toEqual({});
  });
});
