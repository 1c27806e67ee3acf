// The real `provena-local` CLI as a child process: compiled once into a scratch directory
// (inside node_modules so dependencies resolve), then started, queried and signalled.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CLI_PORT, parseCli } from "../src/cli/args.js";

const pkg = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(pkg, "node_modules", ".cache", "provena-local-cli-test");
const cli = join(outDir, "cli.js");
let scratch: string;

beforeAll(() => {
  const tsc = join(pkg, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--outDir", outDir, "--declaration", "false", "--declarationMap", "false", "--sourceMap", "false"], { cwd: pkg, stdio: "pipe" });
  scratch = mkdtempSync(join(tmpdir(), "provena-local-cli-"));
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

function run(args: string[]): Run {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exit };
}

async function waitFor(run: Run, pattern: RegExp): Promise<RegExpMatchArray> {
  for (let i = 0; i < 200; i++) {
    const match = pattern.exec(run.stdout());
    if (match !== null) return match;
    if (run.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`CLI never printed ${pattern}; stdout: ${run.stdout()} stderr: ${run.stderr()}`);
}

describe("provena-local", () => {
  it("prints origin, endpoints, issuer and users, serves, and exits 0 on SIGTERM", async () => {
    const r = run(["--port", "0", "--realm", "demo"]);
    const [, origin] = await waitFor(r, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    await waitFor(r, /Press Ctrl\+C/);
    const out = r.stdout();
    expect(out).toContain(`registry   ${origin}/registry-api`);
    expect(out).toContain(`s3         ${origin}/s3 (S3-compatible, path-style)`);
    expect(out).toContain(`issuer     ${origin}/auth/realms/demo`);
    expect(out).toMatch(/admin +entity-registry-read/);
    expect(out).toContain("each password equals the username");
    expect(out).toContain("State: in memory (lost when the server stops; use --data DIR to keep it)");
    const health = await fetch(`${origin}/registry-api/`);
    expect(await health.json()).toEqual({ message: "Health check successful." });
    r.child.kill("SIGTERM");
    expect(await r.exit).toBe(0);
  });

  it("exits 0 on SIGINT too", async () => {
    const r = run(["--port", "0"]);
    await waitFor(r, /Press Ctrl\+C/);
    r.child.kill("SIGINT");
    expect(await r.exit).toBe(0);
  });

  it("loads users from --users and never prints their passwords", async () => {
    const file = join(scratch, "users.json");
    writeFileSync(file, JSON.stringify({ users: [{ username: "alice", password: "s3cret-pw", email: "alice@example.org", roles: ["handle-read"] }] }));
    const r = run(["--port", "0", "--users", file]);
    const [, origin] = await waitFor(r, /listening on (http:\/\/\S+)/);
    await waitFor(r, /Press Ctrl\+C/);
    expect(r.stdout()).toMatch(/alice +handle-read/);
    expect(r.stdout()).not.toContain("s3cret-pw");
    expect(r.stdout()).not.toContain("each password equals");
    const res = await fetch(`${origin}/auth/realms/provena/protocol/openid-connect/token`, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "password", client_id: "integration-tests", username: "alice", password: "s3cret-pw" }),
    });
    expect(res.status).toBe(200);
    r.child.kill("SIGTERM");
    expect(await r.exit).toBe(0);
  });

  it("fails with exit 1 and names the bad entry of a users file", async () => {
    const file = join(scratch, "bad.json");
    writeFileSync(file, JSON.stringify({ users: [{ username: "ok", password: "ok" }, { username: "bob", password: "", roles: [] }] }));
    const r = run(["--port", "0", "--users", file]);
    expect(await r.exit).toBe(1);
    expect(r.stderr()).toContain('users[1] ("bob") is invalid: password must be a non-empty string');
  });

  it("--data keeps state in a folder, says where, and a second server on it fails clearly", async () => {
    const data = join(scratch, "data");
    const r = run(["--port", "0", "--data", data]);
    await waitFor(r, /Press Ctrl\+C/);
    expect(r.stdout()).toContain(`State: data folder ${data} (database ${join(data, "provena-local.sqlite")}, objects in ${join(data, "objects")})`);
    const second = run(["--port", "0", "--data", data]);
    expect(await second.exit).toBe(1);
    expect(second.stderr()).toMatch(/provena-local: The data folder's database .* is in use by another process/);
    r.child.kill("SIGTERM");
    expect(await r.exit).toBe(0);
  });

  it("--throttle and --faults are announced, and a bad spec fails with exit 1 naming the entry", async () => {
    const r = run(["--port", "0", "--throttle", "5/10", "--faults", "503=0.1,seed=3"]);
    await waitFor(r, /Faults injected/);
    expect(r.stdout()).toContain("Throttle on the service APIs: 5/10 (requests/s[/burst] per token)");
    expect(r.stdout()).toContain("Faults injected in front of the service APIs: 503=0.1,seed=3");
    r.child.kill("SIGTERM");
    expect(await r.exit).toBe(0);
    const bad = run(["--port", "0", "--faults", "teapot=1"]);
    expect(await bad.exit).toBe(1);
    expect(bad.stderr()).toContain('provena-local: Faults entry "teapot=1" has an unknown kind "teapot"');
  });

  it("rejects unknown flags with exit 2 and prints help with --help", async () => {
    const bad = run(["--prot", "1"]);
    expect(await bad.exit).toBe(2);
    expect(bad.stderr()).toContain("Unknown option '--prot'");
    const delay = run(["--job-step-delay", "soon"]);
    expect(await delay.exit).toBe(2);
    expect(delay.stderr()).toContain('--job-step-delay must be a whole number of milliseconds, got "soon"');
    const help = run(["--help"]);
    expect(await help.exit).toBe(0);
    expect(help.stdout()).toContain("Usage: provena-local");
  }, 60_000);
  it("prints the package version with --version and -v", async () => {
    const { version } = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) {
      const r = run([flag]);
      expect(await r.exit).toBe(0);
      expect(r.stdout()).toBe(`provena-local ${version}\n`);
    }
  });

  it("defaults to port 8790 and takes --port 0 for a free one", () => {
    expect(parseCli([])).toMatchObject({ kind: "start", options: { port: DEFAULT_CLI_PORT, host: undefined, realm: undefined, usersFile: undefined } });
    expect(DEFAULT_CLI_PORT).toBe(8790);
    expect(parseCli(["--port", "0"])).toMatchObject({ kind: "start", options: { port: 0 } });
    expect(parseCli(["--port", "x"])).toEqual({ kind: "error", message: '--port must be an integer 0-65535, got "x"' });
  });
});
