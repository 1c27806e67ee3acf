import { describe, expect, it } from "vitest";
import { ItemSubTypeValues, SearchModels } from "../src/search/index.js";

const { strict, lenient } = SearchModels;
const status = { success: true, details: "ok" };

describe("search models", () => {
  it("parse ranked results in both modes", () => {
    const body = { status, results: [{ id: "10378.1/1", score: 3.25 }], warnings: null };
    expect(strict.QueryResults.parse(body)).toEqual(body);
    expect(lenient.QueryResults.parse(body)).toEqual(body);
  });

  it("accept a failure with no results (optional fields absent or null)", () => {
    expect(strict.QueryResults.parse({ status: { success: false, details: "bad query" } })).toEqual({ status: { success: false, details: "bad query" } });
    expect(strict.QueryResults.parse({ status, results: null })).toEqual({ status, results: null });
  });

  it("keep unknown keys leniently, reject them strictly", () => {
    const hit = { id: "x", score: 1, highlight: "<em>x</em>" };
    expect(lenient.QueryResult.parse(hit)).toEqual(hit);
    expect(strict.QueryResult.safeParse(hit).success).toBe(false);
  });

  it("reject a non-numeric score in both modes", () => {
    for (const models of [strict, lenient]) expect(models.QueryResult.safeParse({ id: "x", score: "high" }).success).toBe(false);
  });

  it("list the subtype filter values and tolerate new ones leniently", () => {
    expect(ItemSubTypeValues).toContain("DATASET");
    expect(lenient.ItemSubType.parse("NOTEBOOK")).toBe("NOTEBOOK");
    expect(strict.ItemSubType.safeParse("NOTEBOOK").success).toBe(false);
  });
});
