#!/usr/bin/env node
// `pnpm mutate:summary [package]`: the mutation score of each source file, from the newest report
// that covers it (a whole-package run or a per-module `--mutate` run under reports/mutation/).
// Score = (killed + timed out) / (all − ignored − compile errors), as Stryker counts it.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import process from "node:process";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const base = join(root, "reports", "mutation");
const only = process.argv[2]?.replace(/^@provena-sdk\//, "");

function* reports(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* reports(path);
    else if (name === "mutation.json") yield path;
  }
}

for (const pkg of existsSync(base) ? readdirSync(base).sort() : []) {
  if (only !== undefined && pkg !== only) continue;
  const newest = new Map(); // file → { time, counts, survivors }
  for (const report of reports(join(base, pkg))) {
    const time = statSync(report).mtimeMs;
    const { files } = JSON.parse(readFileSync(report, "utf8"));
    for (const [file, { mutants }] of Object.entries(files)) {
      if ((newest.get(file)?.time ?? -1) > time) continue;
      const counts = {};
      for (const m of mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
      newest.set(file, { time, counts, report: relative(root, report) });
    }
  }
  let detected = 0;
  let valid = 0;
  console.log(`${pkg}`);
  for (const [file, { counts }] of [...newest].sort()) {
    const d = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
    const v = Object.entries(counts).filter(([s]) => s !== "Ignored" && s !== "CompileError" && s !== "RuntimeError").reduce((n, [, c]) => n + c, 0);
    detected += d;
    valid += v;
    const survived = (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
    console.log(`  ${(v === 0 ? "n/a" : `${((100 * d) / v).toFixed(1)}%`).padStart(6)}  ${String(v).padStart(4)} mutants  ${String(survived).padStart(3)} surviving  ${file}`);
  }
  if (valid > 0) console.log(`  ${((100 * detected) / valid).toFixed(1)}% of ${valid} mutants in ${newest.size} files with a report`);
}
