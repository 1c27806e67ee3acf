// The README's code blocks are the files in test/examples/, which `pnpm typecheck` compiles.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const examplesDir = join(import.meta.dirname, "examples");

it("every TypeScript block in the README is a type-checked file in test/examples/", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
  const examples = readdirSync(examplesDir).map((f) => readFileSync(join(examplesDir, f), "utf8").trim());
  expect(blocks.length).toBe(examples.length);
  for (const block of blocks) expect(examples).toContain(block);
});
