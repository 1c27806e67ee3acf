// Writes each ```ts block of the root README and of every package README to
// examples/<package>/example-<n>.ts, so `tsc` checks them all against the built packages, the
// way a user's code would import them. A README that lost all its examples fails: checking
// nothing must not pass.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "../..");
const readmes = [["root", join(repo, "README.md")]];
for (const dir of readdirSync(join(repo, "packages")).sort()) {
  const path = join(repo, "packages", dir, "README.md");
  if (existsSync(path)) readmes.push([dir, path]);
}

const out = join(here, "examples");
rmSync(out, { recursive: true, force: true });
let total = 0;
for (const [name, path] of readmes) {
  const blocks = [...readFileSync(path, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  if (blocks.length === 0) {
    console.error(`${path} has no \`\`\`ts examples to check`);
    process.exit(1);
  }
  mkdirSync(join(out, name), { recursive: true });
  blocks.forEach((code, i) => writeFileSync(join(out, name, `example-${i + 1}.ts`), `// From ${name === "root" ? "" : `packages/${name}/`}README.md, example ${i + 1}.\nexport {};\n${code}`));
  total += blocks.length;
}
console.log(`readme-check: ${total} examples from ${readmes.length} READMEs written`);
