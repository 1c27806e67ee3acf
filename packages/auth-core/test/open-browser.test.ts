import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openBrowser } from "../src/node/index.js";

// Only the refusals are tested everywhere: actually opening a browser is the operating system's business.
it("refuses anything that is not an http(s) URL, without starting a process", async () => {
  expect(await openBrowser("file:///etc/passwd")).toBe(false);
  expect(await openBrowser("javascript:alert(1)")).toBe(false);
  expect(await openBrowser("ftp://example.com/file")).toBe(false);
  expect(await openBrowser("not a url")).toBe(false);
});

// On Linux, stand-in openers on PATH (xdg-open, and macOS's `open` and Windows' `rundll32` with
// process.platform faked) record how they were started: their arguments, where their stdin and
// stdout point, and their session. Each stays alive until the test stops it, so the test can
// see whether it still holds this process open.
interface Started {
  command: string;
  args: string[];
  stdin: string;
  stdout: string;
  pid: number;
  session: number;
}

describe.runIf(process.platform === "linux")("opening a URL with the system opener", () => {
  let dir: string;
  const realPlatform = Object.getOwnPropertyDescriptor(process, "platform")!;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "opener-"));
    for (const command of ["xdg-open", "open", "rundll32"]) {
      const script = join(dir, command);
      await writeFile(
        script,
        [
          "#!/bin/sh",
          "stdin=$(readlink /proc/$$/fd/0) stdout=$(readlink /proc/$$/fd/1)",
          `{ echo "${command}"; echo "$#"; printf '%s\\n' "$@"; echo "$stdin"; echo "$stdout"; echo $$; cut -d' ' -f6 /proc/$$/stat; } > '${dir}/${command}.tmp'`,
          `mv '${dir}/${command}.tmp' '${dir}/started'`,
          // Waits to be stopped by the test, and gives up on its own after 30 s or once its folder is gone.
          `i=0; while [ -d '${dir}' ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i + 1)); done`,
          "",
        ].join("\n"),
      );
      await chmod(script, 0o755);
    }
    vi.stubEnv("PATH", `${dir}:${process.env.PATH ?? ""}`);
  });
  let openerPid: number | undefined;
  afterEach(async () => {
    Object.defineProperty(process, "platform", realPlatform);
    vi.unstubAllEnvs();
    if (openerPid !== undefined) process.kill(openerPid);
    openerPid = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  /** What the opener recorded (it runs detached: wait for it generously, for a loaded machine). */
  async function started(): Promise<Started> {
    for (let i = 0; i < 400; i++) {
      const text = await readFile(join(dir, "started"), "utf8").catch(() => "");
      if (text !== "") {
        const lines = text.split("\n");
        const count = Number(lines[1]);
        const [stdin, stdout, pid, session] = lines.slice(2 + count);
        openerPid = Number(pid);
        return { command: lines[0]!, args: lines.slice(2, 2 + count), stdin: stdin!, stdout: stdout!, pid: Number(pid), session: Number(session) };
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("the opener never started");
  }

  const processes = (): number => process.getActiveResourcesInfo().filter((r) => r === "ProcessWrap").length;

  it("starts xdg-open with the normalised URL, detached in its own session, with no stdio, and does not wait for it", async () => {
    const before = processes();
    expect(await openBrowser("HTTPS://Example.COM/device?user_code=ABCD-EFGH")).toBe(true);
    // Unreferenced: the opener, still running, does not keep this process alive.
    expect(processes()).toBe(before);
    const opener = await started();
    expect(opener.command).toBe("xdg-open");
    expect(opener.args).toEqual(["https://example.com/device?user_code=ABCD-EFGH"]);
    expect(opener.stdin).toBe("/dev/null");
    expect(opener.stdout).toBe("/dev/null");
    expect(opener.session).toBe(opener.pid); // setsid: it outlives a terminal this process dies with
  });

  it("opens plain http as well, the URL as one argument (no shell)", async () => {
    expect(await openBrowser("http://localhost:8080/a b;$(touch pwned)")).toBe(true);
    expect((await started()).args).toEqual(["http://localhost:8080/a%20b;$(touch%20pwned)"]);
  });

  it("uses open on macOS", async () => {
    Object.defineProperty(process, "platform", { ...realPlatform, value: "darwin" });
    expect(await openBrowser("https://example.com/device")).toBe(true);
    const opener = await started();
    expect(opener.command).toBe("open");
    expect(opener.args).toEqual(["https://example.com/device"]);
  });

  it("uses rundll32's URL handler on Windows", async () => {
    Object.defineProperty(process, "platform", { ...realPlatform, value: "win32" });
    expect(await openBrowser("https://example.com/device")).toBe(true);
    const opener = await started();
    expect(opener.command).toBe("rundll32");
    expect(opener.args).toEqual(["url.dll,FileProtocolHandler", "https://example.com/device"]);
  });

  it("resolves false, without throwing, when there is no opener to start", async () => {
    const empty = await mkdtemp(join(tmpdir(), "no-opener-"));
    try {
      vi.stubEnv("PATH", empty);
      expect(await openBrowser("https://example.com/device")).toBe(false);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
