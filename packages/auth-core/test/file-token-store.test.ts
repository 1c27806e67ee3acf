import { spawn } from "node:child_process";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CorruptTokenStoreError, passwordGrant, TokenStoreError, type StoredTokens } from "../src/index.js";
import { defaultConfigDir, defaultTokenFile, fileTokenStore } from "../src/node/index.js";
import { recordingFetch } from "./support/recording-fetch.js";

let server: LocalServer;
let dir: string;

beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.stop());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "auth-core-store-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const sample = (accessToken: string): StoredTokens => ({
  accessToken,
  refreshToken: `${accessToken}-refresh`,
  expiresAt: 2_000_000_000_000,
  obtainedAt: 1_999_999_700_000,
  tokenType: "Bearer",
});

describe("fileTokenStore", () => {
  it("writes the file with mode 0600 in a 0700 directory it creates", async () => {
    const path = join(dir, "nested", "tokens.json");
    const store = fileTokenStore({ path });
    await store.set("k", sample("a"));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, "nested"))).mode & 0o777).toBe(0o700);
    // Atomic write: no temp file left behind.
    expect(await readdir(join(dir, "nested"))).toEqual(["tokens.json"]);
  });

  it("keeps entries by key and deletes one without touching the others", async () => {
    const path = join(dir, "tokens.json");
    const store = fileTokenStore({ path });
    await Promise.all([store.set("one", sample("a")), store.set("two", sample("b")), store.set("three", sample("c"))]);
    expect((await store.get("two"))?.accessToken).toBe("b");
    await store.delete("two");
    expect(await store.get("two")).toBeUndefined();
    // A second store over the same file sees what the first wrote.
    const reopened = fileTokenStore({ path });
    expect((await reopened.get("one"))?.accessToken).toBe("a");
    expect((await reopened.get("three"))?.refreshToken).toBe("c-refresh");
    expect(await reopened.get("missing")).toBeUndefined();
  });

  it("reports a corrupt file and leaves it untouched", async () => {
    const path = join(dir, "tokens.json");
    const garbage = '{"version":1,"tokens":{"k":{"accessToken":"secret-in-file"'; // truncated JSON
    await writeFile(path, garbage, { mode: 0o600 });
    const store = fileTokenStore({ path });
    const error = await store.get("k").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptTokenStoreError);
    expect(error).toBeInstanceOf(TokenStoreError);
    expect((error as CorruptTokenStoreError).location).toBe(path);
    expect((error as Error).message).toContain("is not valid JSON");
    expect((error as Error).message).not.toContain("secret-in-file");
    await expect(store.set("k", sample("new"))).rejects.toBeInstanceOf(CorruptTokenStoreError);
    expect(await readFile(path, "utf8")).toBe(garbage);
  });

  it("reports a file of the wrong shape", async () => {
    const path = join(dir, "tokens.json");
    await writeFile(path, JSON.stringify({ version: 1, tokens: { k: { accessToken: 42 } } }));
    const error = await fileTokenStore({ path }).get("k").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptTokenStoreError);
    expect((error as Error).message).toMatch(/does not have the expected shape \(at tokens\.k\./);
  });

  it("lets a second provider start from the tokens the first one stored", async () => {
    const path = join(dir, "tokens.json");
    const first = passwordGrant({ issuer: server.issuer, username: "user1", password: "user1", store: fileTokenStore({ path }) });
    const token = await first.getToken();
    const recorder = recordingFetch();
    const second = passwordGrant({
      issuer: server.issuer,
      username: "user1",
      password: "user1",
      store: fileTokenStore({ path }),
      fetch: recorder.fetch,
    });
    expect(await second.getToken()).toBe(token);
    expect(recorder.exchanges).toHaveLength(0);
    await second.clear();
    expect(JSON.parse(await readFile(path, "utf8"))).toEqual({ version: 1, tokens: {} });
  });
});

describe("default location", () => {
  it("uses $XDG_CONFIG_HOME/provena-sdk, else ~/.config/provena-sdk, never the working directory", () => {
    expect(defaultConfigDir({ XDG_CONFIG_HOME: "/xdg" }, "linux")).toBe("/xdg/provena-sdk");
    expect(defaultConfigDir({ HOME: "/home/someone" }, "linux")).toMatch(/\/\.config\/provena-sdk$/);
    expect(defaultConfigDir({ XDG_CONFIG_HOME: "relative" }, "linux")).toMatch(/\/\.config\/provena-sdk$/);
    expect(defaultTokenFile({ XDG_CONFIG_HOME: "/xdg" })).toBe("/xdg/provena-sdk/tokens.json");
    expect(fileTokenStore().path).toBe(defaultTokenFile());
    expect(defaultTokenFile().startsWith(process.cwd())).toBe(false);
  });
});

describe("fileTokenStore shared by processes, and its directory", () => {
  it("two processes writing 100 keys each at once keep all 200", async () => {
    const path = join(dir, "tokens.json");
    const writer = fileURLToPath(new URL("./support/store-writer.ts", import.meta.url));
    const run = (prefix: string) =>
      new Promise<number | null>((resolve, reject) => {
        const child = spawn(process.execPath, [writer, path, prefix, "100"], { stdio: ["ignore", "ignore", "inherit"] });
        child.on("error", reject);
        child.on("exit", resolve);
      });
    expect(await Promise.all([run("first"), run("second")])).toEqual([0, 0]);
    const keys = Object.keys((JSON.parse(await readFile(path, "utf8")) as { tokens: Record<string, unknown> }).tokens);
    expect(keys).toHaveLength(200);
    expect(new Set(keys)).toEqual(new Set([...Array.from({ length: 100 }, (_, i) => `first-${i}`), ...Array.from({ length: 100 }, (_, i) => `second-${i}`)]));
    // Neither a lock nor a temp file is left behind.
    expect(await readdir(dir)).toEqual(["tokens.json"]);
  }, 180_000);

  it("makes an existing directory of the user's that others can enter private (0700)", async () => {
    const own = join(dir, "mine");
    await mkdir(own);
    await chmod(own, 0o755);
    await fileTokenStore({ path: join(own, "tokens.json") }).set("k", sample("a"));
    expect((await stat(own)).mode & 0o7777).toBe(0o700);
  });

  it("never loosens a directory that is already private: one its owner made read-only (0500) stays so", async () => {
    const readOnly = join(dir, "read-only");
    await mkdir(readOnly);
    await chmod(readOnly, 0o500);
    try {
      // Root may still write there, anyone else is refused; either way the mode is the owner's.
      await fileTokenStore({ path: join(readOnly, "tokens.json") }).set("k", sample("a")).catch((e: unknown) => expect(e).toBeInstanceOf(TokenStoreError));
      expect((await stat(readOnly)).mode & 0o7777).toBe(0o500);
    } finally {
      await chmod(readOnly, 0o700);
    }
  });

  // Every write is fsynced: generous time for a loaded machine.
  it("stores over one file in the same process (providers, each with its own store), writing at once, keep every key", { timeout: 180_000 }, async () => {
    const path = join(dir, "tokens.json");
    const stores = [fileTokenStore({ path }), fileTokenStore({ path }), fileTokenStore({ path })];
    const keys = Array.from({ length: 90 }, (_, i) => `key-${i}`);
    await Promise.all(keys.map((key, i) => stores[i % 3]!.set(key, sample(key))));
    const tokens = (JSON.parse(await readFile(path, "utf8")) as { tokens: Record<string, StoredTokens> }).tokens;
    expect(Object.keys(tokens).sort()).toEqual([...keys].sort());
    expect((await stores[1]!.get("key-0"))?.accessToken).toBe("key-0");
    expect(await readdir(dir)).toEqual(["tokens.json"]);
  });

  it("refuses a shared directory (world-writable and sticky, like /tmp) with a clear error, writing nothing", async () => {
    const shared = join(dir, "shared");
    await mkdir(shared);
    await chmod(shared, 0o1777);
    const store = fileTokenStore({ path: join(shared, "tokens.json") });
    const error = await store.set("k", sample("a")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenStoreError);
    expect((error as TokenStoreError).location).toBe(shared);
    expect((error as Error).message).toBe(
      `The token directory ${shared} is open to other users (mode 1777) and is a shared directory, so tokens will not be kept there. Use a private directory (the default is under ~/.config/provena-sdk).`,
    );
    expect(await readdir(shared)).toEqual([]);
    expect((await stat(shared)).mode & 0o7777).toBe(0o1777);
  });

  it("keeps a key named __proto__ as an ordinary entry", async () => {
    const store = fileTokenStore({ path: join(dir, "tokens.json") });
    await store.set("__proto__", sample("p"));
    expect((await store.get("__proto__"))?.accessToken).toBe("p");
    expect(await store.get("toString")).toBeUndefined();
  });
});
