// Writes each ```ts block of the root README to examples/<n>.ts so `tsc` checks it against the
// built packages. A README with no examples fails: checking nothing must not pass.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const readme = readFileSync(join(here, "../../README.md"), "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
if (blocks.length === 0) {
  console.error("README.md has no ```ts examples to check");
  process.exit(1);
}
const out = join(here, "examples");
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
blocks.forEach((code, i) => writeFileSync(join(out, `example-${i + 1}.ts`), `// From README.md, example ${i + 1}.\nexport {};\n${code}`));
console.log(`README.md: wrote ${blocks.length} examples`);
