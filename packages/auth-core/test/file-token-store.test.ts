import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
