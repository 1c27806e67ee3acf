// The SDK validates with zod/mini, which registers no locale: the messages an SDK error carries
// are worded as zod's English locale words them, passed per parse, and the compiled lenient
// check must still answer exactly like zod for zod/mini's schemas (some are checks themselves).
import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { checkRequestBody, compiledCheck, issuePath, modelKit, RequestValidationError, safeParse } from "../src/index.js";

describe("safeParse (zod/mini with English messages)", () => {
  afterEach(() => z.config({ customError: undefined }));

  it("says what was wrong, not just 'Invalid input'", () => {
    const result = safeParse(z.looseObject({ name: z.string(), tags: z.array(z.string()).check(z.minLength(1)) }), { name: 3, tags: [] });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => [issuePath(issue).join("."), issue.message]);
    expect(messages).toEqual([
      ["name", "Invalid input: expected string, received number"],
      ["tags", "Too small: expected array to have >=1 items"],
    ]);
  });

  it("words every issue the models can raise as zod's English locale does", () => {
    const cases: [z.core.$ZodType, unknown][] = [
      [z.string(), 1],
      [z.string(), null],
      [z.number(), "1"],
      [z.number(), Number.NaN],
      [z.array(z.string()), {}],
      [z.looseObject({ a: z.string() }), []],
      [z.looseObject({ a: z.string() }), {}],
      [z.enum(["A", "B"]), "C"],
      [z.literal("x"), "y"],
      [z.string().check(z.minLength(2)), "a"],
      [z.string().check(z.maxLength(2)), "abc"],
      [z.array(z.string()).check(z.minLength(1)), []],
      [z.array(z.string()).check(z.maxLength(1)), ["a", "b"]],
      [z.number().check(z.gte(0)), -1],
      [z.number().check(z.lte(1)), 2],
      [z.number().check(z.gt(0)), 0],
      [z.number().check(z.lt(1)), 1],
      [z.number().check(z.int()), 1.5],
      [z.number().check(z.multipleOf(2)), 3],
      [z.string().check(z.regex(/^[A-Z]{3}$/)), "abc"],
      [z.strictObject({ a: z.string() }), { a: "x", b: 1, c: 2 }],
      [z.record(z.string().check(z.minLength(1)), z.string()), { "": "x" }],
      [z.union([z.string(), z.number()]), true],
      [z.discriminatedUnion("kind", [z.object({ kind: z.literal("a") }), z.object({ kind: z.literal("b") })]), { kind: "c" }],
      [z.tuple([z.string()]), ["a", "b"]],
      [z.looseObject({ g: z.array(z.string()) }).check(z.refine((v) => v.g.length > 0, { message: "needs a g" })), { g: [] }],
    ];
    const english = en().localeError;
    for (const [schema, value] of cases) {
      const ours = safeParse(schema, value).error!.issues.map((i) => i.message);
      const zods = z.safeParse(schema, value, { error: english }).error!.issues.map((i) => i.message);
      expect(ours, JSON.stringify(value)).toEqual(zods);
      expect(ours.length).toBeGreaterThan(0);
    }
  });

  it("keeps its messages whatever an application configures globally", () => {
    z.config({ customError: () => "application message" });
    const result = safeParse(z.string(), 1);
    expect(result.error!.issues[0]!.message).toBe("Invalid input: expected string, received number");
  });

  it("a request body checked by the kit's models names the field and the problem", () => {
    const k = modelKit("strict");
    const model = k.object({ display_name: z.string(), kind: k.enum(["A", "B"]) });
    let thrown: unknown;
    try {
      checkRequestBody(model, { display_name: "x", kind: "C", extra: 1 }, { operationName: "test.create", model: "Thing", mode: "strict" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RequestValidationError);
    const issues = (thrown as RequestValidationError).issues;
    expect(issues).toContainEqual({ path: ["kind"], message: 'Invalid option: expected one of "A"|"B"' });
    expect(issues).toContainEqual({ path: [], message: 'Unrecognized key: "extra"' });
  });
});

describe("compiledCheck with zod/mini schemas", () => {
  it("leaves a schema that is its own check (z.int()) to zod", () => {
    expect(compiledCheck(z.int())).toBeUndefined();
    expect(compiledCheck(z.looseObject({ n: z.int() }))).toBeUndefined();
  });

  it("checks z.number().check(z.int(), z.gte(0)) like zod", () => {
    const schema = z.looseObject({ n: z.number().check(z.int(), z.gte(0)), s: z.optional(z.nullable(z.string().check(z.minLength(1)))) });
    const check = compiledCheck(schema)!;
    expect(check).toBeTypeOf("function");
    for (const value of [{ n: 1 }, { n: 1.5 }, { n: -1 }, { n: 2, s: null }, { n: 2, s: "" }, { n: 2, s: "x" }, { n: "1" }]) {
      expect(check(value), JSON.stringify(value)).toBe(z.safeParse(schema, value).success);
    }
  });
});
