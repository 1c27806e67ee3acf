// The demo against the local server, as a user runs it: the built program in a child process.
// Every step must pass, the exit code must be 0, and the report must list every step and what
// was made; the files it writes must be there.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "provena-demo-test-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function runDemo(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    for (const name of ["PROVENA_DOMAIN", "PROVENA_REALM", "PROVENA_CLIENT_ID"]) delete env[name];
    const child = spawn(process.execPath, [main, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const STEP_NAMES = [
  "log in (device flow)",
  "link a Person to the user",
  "create an organisation",
  "create a model",
  "create dataset templates",
  "create a workflow template",
  "mint input and output datasets",
  "upload files to the datasets",
  "register a model run and wait",
  "explore lineage upstream and downstream",
  "write the lineage (Mermaid, HTML)",
  "search for what was made",
  "version the output dataset",
  "run the release workflow",
  "download the outputs",
  "generate a report",
];

describe("the demo against provena-local", () => {
  it("runs every step green, exits 0, and prints a summary", async () => {
    const { code, stdout, stderr } = await runDemo(["--out", join(out, "human")]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    // Every step green; report generation may be skipped where the server answers 501 for it.
    STEP_NAMES.forEach((name, i) => expect(stdout).toMatch(new RegExp(`${name === "generate a report" ? "[✔–]" : "✔"} +${i + 1}\\. ${name.replace(/[()]/g, "\\$&")} +\\d+\\.\\d\\d s`)));
    expect(stdout).not.toContain("✘");
    expect(stdout).toMatch(/\| +total +\| ok +\|/);
    expect(stdout).toMatch(/Created \d+ items:/);
    for (const file of ["lineage.mmd", "lineage.html", "downloaded-output/runoff.csv"]) expect(existsSync(join(out, "human", file)), file).toBe(true);
    expect(readFileSync(join(out, "human", "lineage.mmd"), "utf8")).toMatch(/^(flowchart|graph) /);
    expect(readFileSync(join(out, "human", "downloaded-output", "runoff.csv"), "utf8")).toBe(readFileSync(join(out, "human", "model-output", "runoff.csv"), "utf8"));
  }, 300_000);

  it("--json prints one report: each step ok with its time, and what was created", async () => {
    const { code, stdout } = await runDemo(["--json", "--out", join(out, "json")]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { ok: boolean; steps: { name: string; ok: boolean; ms: number }[]; created: { kind: string; id: string }[] };
    expect(report.ok).toBe(true);
    expect(report.steps.map((s) => s.name)).toEqual(STEP_NAMES);
    for (const step of report.steps) {
      expect(step.ok, step.name).toBe(true);
      expect(step.ms).toBeGreaterThanOrEqual(0);
    }
    const kinds = report.created.map((c) => c.kind).sort();
    expect(kinds).toEqual(["DATASET", "DATASET", "DATASET", "DATASET_TEMPLATE", "DATASET_TEMPLATE", "MODEL", "MODEL_RUN", "ORGANISATION", "PERSON", "WORKFLOW_TEMPLATE"]);
  }, 300_000);

  it("a bad flag exits 2 with the usage", async () => {
    const { code, stderr } = await runDemo(["--bogus"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Usage: pnpm demo");
  });
});
