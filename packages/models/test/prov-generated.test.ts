// The committed models must be exactly what the generator makes from the spec today.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, TARGETS, renderTarget } from "../../../scripts/openapi-to-zod.mjs";

describe("committed generated models", () => {
  it("are identical to a fresh generation (run node scripts/openapi-to-zod.mjs if not)", () => {
    const target = TARGETS.find((t) => t.id === "prov")!;
    const committed = readFileSync(join(REPO_ROOT, target.out!), "utf8");
    // Compared as a boolean: a diff of two long files helps no one; the CLI says what to do.
    expect(committed === renderTarget(target), `${target.out} drifted from ${target.spec}`).toBe(true);
  });
});
