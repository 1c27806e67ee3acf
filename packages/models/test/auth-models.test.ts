import { describe, expect, it } from "vitest";
import { AUTH_FORBIDS_EXTRA, AuthDefaults, AuthModels, type AccessReportResponse } from "../src/auth/index.js";

const { strict, lenient } = AuthModels;

const report = (): AccessReportResponse => ({
  status: { success: true, details: "ok" },
  report: {
    components: [
      {
        component_name: "entity-registry",
        component_roles: [
          {
            role_name: "entity-registry-read",
            role_display_name: "Entity Registry Read",
            role_level: "READ",
            description: "Read the registry",
            intended_users: ["GENERAL"],
            access_granted: true,
          },
        ],
      },
    ],
  },
});

describe("auth models", () => {
  it("parse an access report in both modes", () => {
    expect(strict.AccessReportResponse.parse(report())).toEqual(report());
    expect(lenient.AccessReportResponse.parse(report())).toEqual(report());
  });

  it("tolerate an unknown component name leniently and reject it strictly", () => {
    const future = report();
    future.report.components[0]!.component_name = "new-service";
    expect(lenient.AccessReportResponse.parse(future).report.components[0]?.component_name).toBe("new-service");
    expect(strict.AccessReportResponse.safeParse(future).success).toBe(false);
  });

  it("keep unknown keys leniently and reject them strictly", () => {
    const body = { person_id: "10378.1/1", success: true, extra: "x" };
    expect(lenient.UserLinkUserLookupResponse.parse(body)).toEqual(body);
    expect(strict.UserLinkUserLookupResponse.safeParse(body).success).toBe(false);
  });

  it("accept a null person id on a lookup with no link (always HTTP 200 upstream)", () => {
    expect(strict.UserLinkUserLookupResponse.parse({ person_id: null, success: false })).toEqual({ person_id: null, success: false });
  });

  it("reject an empty person id on link assign in both modes (behaviour.md: 422)", () => {
    for (const models of [strict, lenient]) {
      expect(models.UserLinkUserAssignRequest.safeParse({ person_id: "" }).success).toBe(false);
      expect(models.UserLinkUserAssignRequest.safeParse({ person_id: 7 }).success).toBe(false);
      expect(models.UserLinkUserAssignRequest.parse({ person_id: "10378.1/1" })).toEqual({ person_id: "10378.1/1" });
    }
  });

  it("accept `{}` for responses without fields", () => {
    expect(strict.UserLinkUserAssignResponse.parse({})).toEqual({});
    expect(strict.AdminLinkUserClearResponse.safeParse({ x: 1 }).success).toBe(false);
  });

  it("record request defaults without applying them", () => {
    expect(AuthDefaults.AdminLinkUserAssignRequest).toEqual({ validate_item: true, force: false });
    expect(strict.AdminLinkUserAssignRequest.parse({ username: "u", person_id: "p" })).toEqual({ username: "u", person_id: "p" });
    expect(AUTH_FORBIDS_EXTRA.size).toBe(0);
  });
});
