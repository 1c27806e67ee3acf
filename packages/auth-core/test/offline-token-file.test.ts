// The offline token read from a file (/node): refused when group/other-readable, missing, empty
// or not a file, with errors that name the file and never its content; a good file logs in.
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { inspect } from "node:util";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeClaims, deviceFlow, memoryTokenStore, tokenStoreKey } from "../src/index.js";
import { offlineTokenFromFile, readOfflineTokenFile, TokenFileError } from "../src/node/index.js";

let server: LocalServer;
let dir: string;
let offline: string;

beforeAll(async () => {
  server = await startLocalServer({ devicePollIntervalSeconds: 0 });
  dir = await mkdtemp(join(tmpdir(), "offline-token-"));
  const store = memoryTokenStore();
  await deviceFlow({ issuer: server.issuer, offline: true, store, onPrompt: ({ userCode }) => server.approveDevice(userCode, "user3") }).getToken();
  offline = (await store.get(tokenStoreKey({ issuer: server.issuer, clientId: "automated-access", user: "default" })))!.refreshToken!;
});
afterAll(async () => {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

async function tokenFile(name: string, content: string, mode: number): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  await chmod(path, mode);
  return path;
}

function refusal(path: string): TokenFileError {
  try {
    offlineTokenFromFile({ path, issuer: server.issuer });
  } catch (error) {
    expect(error).toBeInstanceOf(TokenFileError);
    return error as TokenFileError;
  }
  throw new Error("expected a TokenFileError");
}

describe("offlineTokenFromFile", () => {
  it("logs in with the token from a 0600 file (whitespace and newline ignored)", async () => {
    const path = await tokenFile("good.txt", `  ${offline}\n`, 0o600);
    const provider = offlineTokenFromFile({ path, issuer: server.issuer });
    expect(decodeClaims(await provider.getToken()).username).toBe("user3");
    expect(readOfflineTokenFile(path)).toBe(offline);
  });

  it.runIf(process.platform !== "win32").each([
    ["group-readable", 0o640, "640"],
    ["world-readable", 0o604, "604"],
    ["group-writable", 0o620, "620"],
    ["0644", 0o644, "644"],
  ])("refuses a %s file with a clear error naming the file and the fix, never the token", async (name, mode, shown) => {
    const path = await tokenFile(`${name}.txt`, offline, mode);
    const error = refusal(path);
    expect(error.problem).toBe("insecure-permissions");
    expect(error.path).toBe(path);
    expect(error.message).toBe(
      `The offline token file ${path} is readable by group or others (mode ${shown}); it holds a credential, so it is refused. Run \`chmod 600 ${path}\` and try again.`,
    );
    expect(`${error.message} ${inspect(error)} ${JSON.stringify(error)}`).not.toContain(offline);
  });

  it("accepts 0400 (owner read only)", async () => {
    const path = await tokenFile("readonly.txt", offline, 0o400);
    expect(readOfflineTokenFile(path)).toBe(offline);
  });

  it("permission bits are not checked on Windows", async () => {
    const path = await tokenFile("win.txt", offline, 0o644);
    expect(readOfflineTokenFile(path, "win32")).toBe(offline);
  });

  it("names a missing file, an empty file and a directory", async () => {
    const missing = refusal(join(dir, "nope.txt"));
    expect(missing.problem).toBe("missing");
    expect(missing.message).toContain("does not exist");
    const emptyPath = await tokenFile("empty.txt", " \n", 0o600);
    const empty = refusal(emptyPath);
    expect(empty.problem).toBe("empty");
    expect(empty.message).toBe(`The offline token file ${emptyPath} is empty.`);
    const sub = join(dir, "a-directory");
    await mkdir(sub, { mode: 0o700 });
    const directory = refusal(sub);
    expect(directory.problem).toBe("not-a-file");
    expect(directory.message).toBe(`The offline token path ${sub} is not a regular file.`);
  });

  it("names a path that cannot be opened, with the system's code, and keeps the system error as the cause", async () => {
    const file = await tokenFile("plain.txt", offline, 0o600);
    const below = join(file, "token"); // a regular file is not a directory: ENOTDIR
    const error = refusal(below);
    expect(error.problem).toBe("unreadable");
    expect(error.path).toBe(below);
    expect(error.message).toBe(`The offline token file ${below} cannot be read (ENOTDIR).`);
    expect((error.cause as NodeJS.ErrnoException).code).toBe("ENOTDIR");
  });

  it("resolves a relative path, and names the file by its absolute path", () => {
    const absolute = join(dir, "relative-missing.txt");
    const error = refusal(relative(process.cwd(), absolute));
    expect(error.problem).toBe("missing");
    expect(error.path).toBe(absolute);
    expect(error.message).toBe(`The offline token file ${absolute} does not exist.`);
  });

  it.runIf(process.platform !== "win32")("shows the refused mode as three octal digits", async () => {
    const path = await tokenFile("others-only.txt", offline, 0o044);
    const error = refusal(path);
    expect(error.problem).toBe("insecure-permissions");
    expect(error.message).toContain("(mode 044)");
  });

  it.runIf(process.platform === "linux")("closes the file whether it is accepted or refused", async () => {
    const good = await tokenFile("closed-good.txt", offline, 0o600);
    const loose = await tokenFile("closed-loose.txt", offline, 0o644);
    const blank = await tokenFile("closed-blank.txt", "\n", 0o600);
    const openFiles = (): number => readdirSync("/proc/self/fd").length;
    // Synchronous from count to count, so nothing else in this process opens or closes a file.
    const before = openFiles();
    expect(readOfflineTokenFile(good)).toBe(offline);
    for (const path of [loose, blank, dir]) expect(() => readOfflineTokenFile(path)).toThrow(TokenFileError);
    expect(openFiles()).toBe(before);
  });

  it("a token the server refuses fails at the first getToken, not at construction", async () => {
    const path = await tokenFile("revoked.txt", "not-an-offline-token", 0o600);
    const provider = offlineTokenFromFile({ path, issuer: server.issuer });
    await expect(provider.getToken()).rejects.toMatchObject({ name: "LoginRequiredError", code: "invalid_grant" });
  });
});
