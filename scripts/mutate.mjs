#!/usr/bin/env node
// `pnpm mutate <package> [--mutate <glob>]...`: StrykerJS (vitest runner) over one package's src.
// Incremental: the result file under reports/mutation/<package>/ lets a rerun test only the
// mutants whose code or tests changed. Reports (HTML + JSON) land in the same git-ignored folder.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import process from "node:process";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mutate: { type: "string", multiple: true },
    tests: { type: "string", multiple: true },
    concurrency: { type: "string", default: "1" },
    force: { type: "boolean", default: false },
  },
});
const name = positionals[0];
const pkgDir = name && join(root, "packages", name.replace(/^@provena-sdk\//, ""));
if (!pkgDir || !existsSync(join(pkgDir, "package.json"))) {
  process.stderr.write("usage: pnpm mutate <package> [--mutate 'src/util/redact.ts'] [--tests 'test/x.test.ts'] [--concurrency 2] [--force]" + "\n");
  process.exit(2);
}
const pkg = pkgDir.slice(join(root, "packages").length + 1);
// A narrowed run (`--mutate`) keeps its own report and incremental file, so per-module runs do not
// overwrite each other; `pnpm mutate:summary` adds them up per package.
const slug = values.mutate?.join("+").replace(/[^\w.-]+/g, "_");
const out = join(root, "reports", "mutation", pkg, ...(slug ? ["modules", slug] : []));
mkdirSync(out, { recursive: true });

// `--tests test/x.test.ts`: only these test files run (quicker: a mutant of a module-level
// constant runs every test). A generated vitest config narrows `include`; Stryker's own
// `testFiles` is not used because its runs of such (static) mutants then run no test at all.
let vitestConfig = "vitest.config.ts";
let narrowed;
if (values.tests) {
  // In .stryker-tmp (not copied, not linted or type-checked), named from the sandbox it runs in.
  narrowed = join(pkgDir, ".stryker-tmp", `vitest-narrowed-${process.pid}.config.mjs`);
  vitestConfig = join("..", `vitest-narrowed-${process.pid}.config.mjs`);
  mkdirSync(dirname(narrowed), { recursive: true });
  writeFileSync(
    narrowed,
    `import base from ${JSON.stringify(join(pkgDir, "vitest.config.ts"))};\nexport default { ...base, root: process.cwd(), test: { ...base.test, include: ${JSON.stringify(values.tests)} } };\n`,
  );
}
const config = {
  $schema: "https://raw.githubusercontent.com/stryker-mutator/stryker-js/master/packages/core/schema/stryker-schema.json",
  packageManager: "pnpm",
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: vitestConfig },
  coverageAnalysis: "perTest",
  mutate: values.mutate ?? ["src/**/*.ts", "!src/**/*.d.ts"],


  tempDirName: ".stryker-tmp",
  incremental: true,
  incrementalFile: join(out, "incremental.json"),
  force: values.force,
  concurrency: Number(values.concurrency),
  timeoutMS: 20_000,
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: join(out, "index.html") },
  jsonReporter: { fileName: join(out, "mutation.json") },
  thresholds: { high: 90, low: 85, break: null },
};
const configFile = join(out, "stryker.config.json");
writeFileSync(configFile, JSON.stringify(config, null, 2));
// Stryker copies the package into <package>/.stryker-tmp/sandbox-*/, so a test importing a sibling
// package's test support (`../../http-core/test/support/…`) would look for it inside .stryker-tmp:
// link every sibling there, pointing back at the real one.
const tmp = join(pkgDir, ".stryker-tmp");
mkdirSync(tmp, { recursive: true });
for (const sibling of readdirSync(join(root, "packages"))) {
  if (!existsSync(join(tmp, sibling))) symlinkSync(join("..", "..", sibling), join(tmp, sibling));
}
const stryker = join(root, "node_modules", ".bin", "stryker");
const result = spawnSync(stryker, ["run", configFile], { cwd: pkgDir, stdio: "inherit" });
if (narrowed !== undefined) rmSync(narrowed, { force: true });
process.exit(result.status ?? 1);
