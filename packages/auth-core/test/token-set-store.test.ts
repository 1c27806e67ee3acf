// What a stored login looks like over time: the documented default lifetime, when a refresh
// token may still be used, and that a file store gives back everything it was given.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CorruptTokenStoreError } from "../src/index.js";
import { TokenSet } from "../src/index.js";
import { fileTokenStore } from "../src/node/index.js";

const NOW = 1_700_000_000_000;

describe("token sets", () => {
  it("a token response without expires_in gets the documented 60 s lifetime", () => {
    const set = TokenSet.fromResponse({ access_token: "a", token_type: "Bearer" }, NOW);
    expect(set.expiresAt).toBe(NOW + 60_000);
    expect(set.obtainedAt).toBe(NOW);
    const timed = TokenSet.fromResponse({ access_token: "a", token_type: "Bearer", expires_in: 300 }, NOW);
    expect(timed.expiresAt).toBe(NOW + 300_000);
  });

  it("a refresh token past its own expiry is not used; one without a known expiry is", () => {
    const set = TokenSet.fromResponse({ access_token: "a", token_type: "Bearer", expires_in: 60, refresh_token: "r", refresh_expires_in: 1800 }, NOW);
    expect(set.refreshExpiresAt).toBe(NOW + 1_800_000);
    expect(set.canRefresh(NOW + 1_799_999)).toBe(true);
    expect(set.canRefresh(NOW + 1_800_000)).toBe(false);
    const offline = TokenSet.fromResponse({ access_token: "a", token_type: "Bearer", refresh_token: "r", refresh_expires_in: 0, scope: "openid offline_access" }, NOW);
    expect(offline.refreshExpiresAt).toBeUndefined();
    expect(offline.canRefresh(NOW + 10 * 365 * 86_400_000)).toBe(true);
    expect(TokenSet.fromResponse({ access_token: "a", token_type: "Bearer" }, NOW).canRefresh(NOW)).toBe(false);
  });
});

describe("the file token store", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "token-store-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps refreshExpiresAt, scope and idToken through a save and load", async () => {
    const set = TokenSet.fromResponse(
      { access_token: "a", token_type: "Bearer", expires_in: 300, refresh_token: "r", refresh_expires_in: 1800, scope: "openid email", id_token: "id" },
      NOW,
    );
    const path = join(dir, "tokens.json");
    await fileTokenStore({ path }).set("k", set.toStored());
    const loaded = await fileTokenStore({ path }).get("k");
    expect(loaded).toEqual({ accessToken: "a", refreshToken: "r", expiresAt: NOW + 300_000, refreshExpiresAt: NOW + 1_800_000, obtainedAt: NOW, tokenType: "Bearer", scope: "openid email", idToken: "id" });
    const again = new TokenSet(loaded!);
    expect([again.refreshExpiresAt, again.scope, again.idToken]).toEqual([NOW + 1_800_000, "openid email", "id"]);
  });

  it("an unreadable token file is an error, and the next write does not replace it", async () => {
    const path = join(dir, "tokens.json");
    await mkdir(path); // a directory where the file should be: it cannot be read as one
    const store = fileTokenStore({ path });
    await expect(store.get("k")).rejects.toThrow();
    await expect(store.set("k", { accessToken: "a", expiresAt: NOW, obtainedAt: NOW, tokenType: "Bearer" })).rejects.toThrow();
  });

  it("a file that does not parse is an error and stays as it was", async () => {
    const path = join(dir, "tokens.json");
    await writeFile(path, "{ not json");
    const store = fileTokenStore({ path });
    await expect(store.get("k")).rejects.toThrow();
    await expect(store.set("k", { accessToken: "a", expiresAt: NOW, obtainedAt: NOW, tokenType: "Bearer" })).rejects.toThrow();
    expect(await readFile(path, "utf8")).toBe("{ not json");
  });

  // Linux exposes this process's open descriptors; elsewhere the check has nothing to count.
  it.runIf(process.platform === "linux")("closes every file handle it opens: reads, writes, deletes, locks and failures leave no descriptor open", async () => {
    const openFds = async () => (await readdir("/proc/self/fd")).length;
    const path = join(dir, "tokens.json");
    const store = fileTokenStore({ path });
    const tokens = { accessToken: "a", expiresAt: NOW, obtainedAt: NOW, tokenType: "Bearer" };
    const round = async (i: number) => {
      await store.set(`k${i}`, tokens);
      await store.get(`k${i}`);
      await store.delete(`k${i}`);
    };
    await round(0); // first use loads what Node loads once
    const before = await openFds();
    await Promise.all(Array.from({ length: 40 }, (_, i) => round(i + 1)));
    const corrupt = join(dir, "corrupt.json");
    await writeFile(corrupt, "{ not json");
    for (let i = 0; i < 20; i++) await expect(fileTokenStore({ path: corrupt }).set("k", tokens)).rejects.toBeInstanceOf(CorruptTokenStoreError);
    const after = await openFds();
    // A leak would leave at least one descriptor per operation (over a hundred); allow for
    // the odd descriptor the runtime opens on its own meanwhile.
    expect(after).toBeLessThan(before + 5);
    expect(await readdir(dir)).toEqual(["corrupt.json", "tokens.json"]); // no lock or temp file left behind
  });
});
