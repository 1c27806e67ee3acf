// deviceFlow with less ceremony: no onPrompt (one line on stderr via console.error), opening the
// verification page when asked (a custom opener, window.open, and the system browser from /node).
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { decodeClaims, deviceFlow, promptText } from "../src/index.js";
import { deviceFlow as nodeDeviceFlow } from "../src/node/index.js";
import { windowOpener } from "../src/device-flow/default-prompt.js";

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer({ devicePollIntervalSeconds: 0, deviceCodeLifetimeSeconds: 120 });
});
afterAll(() => server.stop());
afterEach(() => vi.restoreAllMocks());

/** Captures console.error lines and approves the code printed in the first one, as `username`. */
function approvePrinted(username: string): string[] {
  const lines: string[] = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    const line = args.map(String).join(" ");
    lines.push(line);
    const code = /confirm the code ([A-Z]{4}-[A-Z]{4})/.exec(line)?.[1];
    if (code !== undefined) server.approveDevice(code, username);
  });
  return lines;
}

describe("deviceFlow without onPrompt", () => {
  it("prints the verification URL and the code on stderr (console.error) and logs in", async () => {
    const lines = approvePrinted("user2");
    const token = await deviceFlow({ issuer: server.issuer }).getToken();
    expect(decodeClaims(token).username).toBe("user2");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^To log in to Provena, open ${server.issuer}/device\\S*user_code=[A-Z]{4}-[A-Z]{4} and confirm the code [A-Z]{4}-[A-Z]{4} \\(it expires in 2 min\\)\\.$`));
  });

  it("promptText falls back to the plain verification URI and says at least 1 min", () => {
    expect(promptText({ verificationUri: "https://auth.example/device", verificationUriComplete: undefined, userCode: "ABCD-EFGH", expiresIn: 20 })).toBe(
      "To log in to Provena, open https://auth.example/device and confirm the code ABCD-EFGH (it expires in 1 min).",
    );
  });

  it("a given onPrompt replaces the default (nothing printed)", async () => {
    const printed = vi.spyOn(console, "error");
    await deviceFlow({ issuer: server.issuer, onPrompt: ({ userCode }) => server.approveDevice(userCode, "user1") }).getToken();
    expect(printed).not.toHaveBeenCalled();
  });
});

describe("openBrowser", () => {
  it("calls a given opener with the complete verification URL, after the prompt", async () => {
    const events: string[] = [];
    const provider = deviceFlow({
      issuer: server.issuer,
      onPrompt: () => void events.push("prompt"),
      openBrowser: (url) => {
        events.push(`open ${url}`);
        server.approveDevice(new URL(url).searchParams.get("user_code")!, "user3");
        return true;
      },
    });
    expect(decodeClaims(await provider.getToken()).username).toBe("user3");
    expect(events).toHaveLength(2);
    expect(events[0]).toBe("prompt");
    expect(events[1]).toMatch(new RegExp(`^open ${server.issuer}/device\\?user_code=`));
  });

  it("an opener that throws does not fail the login", async () => {
    approvePrinted("user1");
    const provider = deviceFlow({ issuer: server.issuer, openBrowser: () => { throw new Error("no display"); } });
    expect(decodeClaims(await provider.getToken()).username).toBe("user1");
  });

  it("true uses window.open where there is one", async () => {
    approvePrinted("user1");
    const opened: string[] = [];
    vi.stubGlobal("open", (url: string) => {
      opened.push(url);
      return {};
    });
    try {
      await deviceFlow({ issuer: server.issuer, openBrowser: true }).getToken();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(opened).toHaveLength(1);
    expect(opened[0]).toContain(`${server.issuer}/device`);
  });

  it("window.open's opener asks for a new tab, and says whether the browser gave one", () => {
    const calls: unknown[][] = [];
    let answer: unknown = {};
    vi.stubGlobal("open", (...args: unknown[]) => {
      calls.push(args);
      return answer;
    });
    try {
      expect(windowOpener("https://auth.example/device")).toBe(true);
      answer = null; // a blocked pop-up
      expect(windowOpener("https://auth.example/device")).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(calls).toEqual([
      ["https://auth.example/device", "_blank"],
      ["https://auth.example/device", "_blank"],
    ]);
    // Node has no window.open: nothing to call, and no error.
    expect(windowOpener("https://auth.example/device")).toBe(false);
  });

  it("from /node, a given opener is used rather than the system one", async () => {
    const opened: string[] = [];
    const provider = nodeDeviceFlow({
      issuer: server.issuer,
      onPrompt: () => undefined,
      openBrowser: (url) => {
        opened.push(url);
        server.approveDevice(new URL(url).searchParams.get("user_code")!, "user1");
        return true;
      },
    });
    expect(decodeClaims(await provider.getToken()).username).toBe("user1");
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(new RegExp(`^${server.issuer}/device\\?user_code=`));
  });

  it("false or unset opens nothing, even where window.open exists", async () => {
    const opened: string[] = [];
    vi.stubGlobal("open", (url: string) => {
      opened.push(url);
      return {};
    });
    try {
      for (const openBrowser of [false, undefined]) {
        await deviceFlow({ issuer: server.issuer, openBrowser, onPrompt: ({ userCode }) => server.approveDevice(userCode, "user1") }).getToken();
      }
    } finally {
      vi.unstubAllGlobals();
    }
    expect(opened).toEqual([]);
  });

  it.runIf(process.platform === "linux")("from /node, true starts the system opener (xdg-open) with the URL", async () => {
    approvePrinted("user2");
    const dir = await mkdtemp(join(tmpdir(), "opener-"));
    const record = join(dir, "opened.txt");
    const opener = join(dir, "xdg-open");
    await writeFile(opener, `#!/bin/sh\nprintf '%s' "$1" > '${record}'\n`);
    await chmod(opener, 0o755);
    vi.stubEnv("PATH", `${dir}:${process.env.PATH ?? ""}`);
    try {
      await nodeDeviceFlow({ issuer: server.issuer, openBrowser: true }).getToken();
      // The opener runs detached; wait for it to have written (generously, for a loaded machine).
      let opened = "";
      for (let i = 0; i < 200 && opened === ""; i++) {
        opened = await readFile(record, "utf8").catch(() => "");
        if (opened === "") await new Promise((r) => setTimeout(r, 50));
      }
      expect(opened).toMatch(new RegExp(`^${server.issuer}/device\\?user_code=[A-Z]{4}-[A-Z]{4}$`));
    } finally {
      vi.unstubAllEnvs();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
