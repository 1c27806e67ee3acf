// `pnpm bench`: the demo's wall time per step against an in-process provena-local, three runs
// side by side (median shown), from the demo's own --json report.
import { execFileSync } from "node:child_process";
import console from "node:console";
import process from "node:process";
import { URL, fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const RUNS = 3;
const reports = [];
for (let i = 0; i < RUNS; i++) {
  const env = { ...process.env, PROVENA_DOMAIN: "" };
  reports.push(JSON.parse(execFileSync(process.execPath, [main, "--json"], { env, encoding: "utf8" })));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = reports[0].steps.map((step, i) => [step.name, ...reports.map((r) => r.steps[i].ms), median(reports.map((r) => r.steps[i].ms))]);
rows.push(["total", ...reports.map((r) => r.totalMs), median(reports.map((r) => r.totalMs))]);
console.log(`demo wall time per step (ms), ${RUNS} runs against provena-local in process`);
console.log(["step".padEnd(42), ...reports.map((_, i) => `run ${i + 1}`.padStart(8)), "median".padStart(8)].join(" "));
for (const [name, ...ms] of rows) console.log([name.padEnd(42), ...ms.map((v) => v.toFixed(0).padStart(8))].join(" "));
if (reports.some((r) => !r.ok)) process.exitCode = 1;
