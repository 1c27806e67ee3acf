// Writes each ```ts block of the root README and of every package README to
// examples/<package>/example-<n>.ts, so `tsc` checks them all against the built packages, the
// way a user's code would import them. A README that lost all its examples fails: checking
// nothing must not pass. A package README whose examples import a package its install lines
// (`pnpm add …`, `npm install …`) do not name fails too: a user who copies the install line and
// then the example must get code that runs.
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

/** The package an import specifier comes from (`@scope/name/sub` → `@scope/name`), or undefined for built-ins and relative paths. */
export function packageOf(specifier) {
  if (specifier.startsWith("node:") || specifier.startsWith(".") || specifier.startsWith("/")) return undefined;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** Every package named on an install line of `markdown`. */
export function installedPackages(markdown) {
  const names = new Set();
  for (const [, args] of markdown.matchAll(/^\s*(?:pnpm add|npm install|npm i|yarn add)\b(.*)$/gm)) {
    for (const word of args.replace(/#.*$/, "").trim().split(/\s+/)) {
      if (word === "" || word.startsWith("-")) continue;
      // "pkg@1.2.3" / "@scope/pkg@^1" name the package without the version.
      names.add(word.replace(/(?<=.)@[^/]*$/, ""));
    }
  }
  return names;
}

/** The packages `code` imports (static, type-only, side-effect and dynamic imports). */
export function importedPackages(code) {
  const names = new Set();
  for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)) {
    const name = packageOf(specifier);
    if (name !== undefined) names.add(name);
  }
  return names;
}

const out = join(here, "examples");
rmSync(out, { recursive: true, force: true });
let total = 0;
let failed = false;
for (const [name, path] of readmes) {
  const blocks = [...readFileSync(path, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  if (blocks.length === 0) {
    console.error(`${path} has no \`\`\`ts examples to check`);
    process.exit(1);
  }
  if (name !== "root") {
    const installed = installedPackages(readFileSync(path, "utf8"));
    const missing = [...importedPackages(blocks.join("\n"))].filter((pkg) => !installed.has(pkg)).sort();
    if (missing.length > 0) {
      console.error(`${path}: the examples import ${missing.join(", ")}, which no install line (pnpm add …) names`);
      failed = true;
    }
  }
  mkdirSync(join(out, name), { recursive: true });
  blocks.forEach((code, i) => writeFileSync(join(out, name, `example-${i + 1}.ts`), `// From ${name === "root" ? "" : `packages/${name}/`}README.md, example ${i + 1}.\nexport {};\n${code}`));
  total += blocks.length;
}
if (failed) process.exit(1);
console.log(`readme-check: ${total} examples from ${readmes.length} READMEs written`);
