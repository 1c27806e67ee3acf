// Runs the demo's steps in order: one line per step with its duration, a summary table at the
// end, and on failure the step, the reason and everything created so far.
import { progressBar, type ProgressBar } from "./progress.js";

export interface Created {
  readonly kind: string;
  readonly id: string;
  readonly name?: string | undefined;
}

/** Thrown by a step the deployment cannot run (e.g. a route it does not implement): shown, not failed. */
export class StepSkipped extends Error {
  override readonly name = "StepSkipped";
}

export interface StepContext {
  readonly progress: ProgressBar;
  /** Records something the demo made (listed on failure and in the summary). */
  created(item: Created): void;
  /** A note shown after the step's line. */
  note(text: string): void;
}

export interface Step<S> {
  readonly name: string;
  run(state: S, context: StepContext): Promise<void>;
}

export interface StepResult {
  readonly name: string;
  readonly ok: boolean;
  readonly skipped?: boolean | undefined;
  readonly ms: number;
  readonly notes: string[];
  readonly error?: string | undefined;
}

export interface RunReport {
  readonly ok: boolean;
  readonly steps: StepResult[];
  readonly created: Created[];
  readonly totalMs: number;
}

export interface RunOptions {
  /** Print human lines (false with --json). */
  readonly human: boolean;
  readonly out?: (line: string) => void;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function runSteps<S>(steps: readonly Step<S>[], state: S, options: RunOptions): Promise<RunReport> {
  const print = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const say = (line: string) => {
    if (options.human) print(line);
  };
  const created: Created[] = [];
  const results: StepResult[] = [];
  const progress = options.human ? progressBar() : progressBar(process.stderr, false);
  const started = performance.now();
  for (const [index, step] of steps.entries()) {
    const notes: string[] = [];
    const context: StepContext = { progress, created: (item) => created.push(item), note: (text) => notes.push(text) };
    const t0 = performance.now();
    try {
      await step.run(state, context);
      progress.clear();
      const ms = performance.now() - t0;
      results.push({ name: step.name, ok: true, ms, notes });
      say(`✔ ${String(index + 1).padStart(2)}. ${step.name.padEnd(44)} ${seconds(ms).padStart(9)}${notes.length > 0 ? `  ${notes.join("; ")}` : ""}`);
    } catch (error) {
      progress.clear();
      const ms = performance.now() - t0;
      if (error instanceof StepSkipped) {
        results.push({ name: step.name, ok: true, skipped: true, ms, notes: [error.message] });
        say(`– ${String(index + 1).padStart(2)}. ${step.name.padEnd(44)} ${seconds(ms).padStart(9)}  skipped: ${error.message}`);
        continue;
      }
      const reason = describe(error);
      results.push({ name: step.name, ok: false, ms, notes, error: reason });
      say(`✘ ${String(index + 1).padStart(2)}. ${step.name.padEnd(44)} ${seconds(ms).padStart(9)}`);
      say(`\nStep ${index + 1} "${step.name}" failed: ${reason}`);
      say(created.length === 0 ? "Nothing was created before it." : `Already created:\n${created.map((c) => `  ${c.kind.padEnd(18)} ${c.id}${c.name === undefined ? "" : `  ${c.name}`}`).join("\n")}`);
      return { ok: false, steps: results, created, totalMs: performance.now() - started };
    }
  }
  const report = { ok: true, steps: results, created, totalMs: performance.now() - started };
  say("");
  say(summaryTable(report));
  return report;
}

/** The error's class and message (and its cause's), never a token: SDK errors redact them. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (cause: ${error.cause.name}: ${error.cause.message})` : "";
  return `${error.name}: ${error.message}${cause}`;
}

export function summaryTable(report: RunReport): string {
  const rows = report.steps.map((s, i) => [String(i + 1), s.name, s.skipped === true ? "skipped" : s.ok ? "ok" : "FAILED", seconds(s.ms)]);
  rows.push(["", "total", report.ok ? "ok" : "FAILED", seconds(report.totalMs)]);
  const header = ["#", "step", "status", "time"];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => (c === 3 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(" | ")} |`;
  const rule = `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`;
  const made = report.created.map((c) => `  ${c.kind.padEnd(18)} ${c.id}${c.name === undefined ? "" : `  ${c.name}`}`);
  return ["Summary", line(header), rule, ...rows.map(line), "", `Created ${report.created.length} items:`, ...made].join("\n");
}
