// What a stored login looks like over time: the documented default lifetime, when a refresh
// token may still be used, and that a file store gives back everything it was given.
import { inspect } from "node:util";
import { chmod, chown, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CorruptTokenStoreError, TokenSet, TokenStoreError } from "../src/index.js";
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

describe("token sets in use", () => {
  const reply = { access_token: "acc-secret", token_type: "Bearer", expires_in: 300, refresh_token: "ref-secret", refresh_expires_in: 1800, id_token: "id-secret", scope: "openid email" };

  it("show their shape and expiry in JSON, toString and inspect, never a token", () => {
    const set = TokenSet.fromResponse(reply, NOW);
    expect(set.toJSON()).toEqual({
      accessToken: "[redacted]",
      refreshToken: "[redacted]",
      idToken: "[redacted]",
      tokenType: "Bearer",
      scope: "openid email",
      expiresAt: new Date(NOW + 300_000).toISOString(),
      refreshExpiresAt: new Date(NOW + 1_800_000).toISOString(),
    });
    expect(String(set)).toBe(`TokenSet(Bearer, expires ${new Date(NOW + 300_000).toISOString()}, refreshable)`);
    expect(inspect(set)).toBe(String(set));
    const bare = TokenSet.fromResponse({ access_token: "acc-secret" }, NOW);
    expect(JSON.parse(JSON.stringify(bare))).toEqual({ accessToken: "[redacted]", tokenType: "Bearer", expiresAt: new Date(NOW + 60_000).toISOString() });
    expect(String(bare)).toBe(`TokenSet(Bearer, expires ${new Date(NOW + 60_000).toISOString()})`);
    for (const text of [JSON.stringify(set), String(set), inspect(set, { showHidden: true })]) expect(text).not.toMatch(/acc-secret|ref-secret|id-secret/);
  });

  it("keep the token type the server named, else Bearer, and give the tokens through their getters", () => {
    const set = TokenSet.fromResponse({ ...reply, token_type: "DPoP" }, NOW);
    expect([set.tokenType, set.accessToken, set.refreshToken, set.idToken]).toEqual(["DPoP", "acc-secret", "ref-secret", "id-secret"]);
    expect(TokenSet.fromResponse({ access_token: "a" }, NOW).tokenType).toBe("Bearer");
  });

  it("are offline when the scope grants offline_access, and only then", () => {
    const offline = (scope: string | undefined) => TokenSet.fromResponse({ access_token: "a", ...(scope === undefined ? {} : { scope }) }, NOW).isOffline;
    expect(offline("openid offline_access email")).toBe(true);
    expect(offline("offline_access")).toBe(true);
    expect(offline("openid email")).toBe(false);
    expect(offline("openid offline_access_x")).toBe(false);
    expect(offline(undefined)).toBe(false);
  });

  it("are stale from skew before expiry, or half the lifetime for tokens shorter than twice the skew", () => {
    const long = TokenSet.fromResponse({ access_token: "a", expires_in: 300 }, NOW);
    expect(long.isStale(NOW + 270_000 - 1, 30_000)).toBe(false);
    expect(long.isStale(NOW + 270_000, 30_000)).toBe(true);
    expect(long.isStale(NOW + 300_000 - 1, 0)).toBe(false);
    expect(long.isStale(NOW + 300_000, 0)).toBe(true);
    const short = TokenSet.fromResponse({ access_token: "a", expires_in: 20 }, NOW);
    expect(short.isStale(NOW + 10_000 - 1, 30_000)).toBe(false);
    expect(short.isStale(NOW + 10_000, 30_000)).toBe(true);
    const expired = TokenSet.fromResponse({ access_token: "a", expires_in: 0 }, NOW);
    expect(expired.isStale(NOW, 30_000)).toBe(true);
  });

  it("store exactly what they hold: absent fields stay absent", () => {
    expect(TokenSet.fromResponse({ access_token: "a", expires_in: 10 }, NOW).toStored()).toStrictEqual({ accessToken: "a", expiresAt: NOW + 10_000, obtainedAt: NOW, tokenType: "Bearer" });
    expect(TokenSet.fromResponse(reply, NOW).toStored()).toStrictEqual({
      accessToken: "acc-secret",
      refreshToken: "ref-secret",
      expiresAt: NOW + 300_000,
      refreshExpiresAt: NOW + 1_800_000,
      obtainedAt: NOW,
      tokenType: "Bearer",
      scope: "openid email",
      idToken: "id-secret",
    });
  });

  it("a refresh reply without a refresh token keeps the previous one and its expiry; a rotated one replaces it", () => {
    const previous = TokenSet.fromResponse(reply, NOW);
    const later = NOW + 60_000;
    const unrotated = TokenSet.fromResponse({ access_token: "acc-2", expires_in: 300 }, later).withRefreshTokenFrom(previous);
    expect([unrotated.accessToken, unrotated.refreshToken, unrotated.refreshExpiresAt, unrotated.expiresAt]).toEqual(["acc-2", "ref-secret", NOW + 1_800_000, later + 300_000]);
    const rotated = TokenSet.fromResponse({ access_token: "acc-3", refresh_token: "ref-3", refresh_expires_in: 600 }, later).withRefreshTokenFrom(previous);
    expect([rotated.refreshToken, rotated.refreshExpiresAt]).toEqual(["ref-3", later + 600_000]);
    const offlinePrevious = TokenSet.fromResponse({ access_token: "a", refresh_token: "off-1", refresh_expires_in: 0 }, NOW);
    const fromOffline = TokenSet.fromResponse({ access_token: "acc-4" }, later).withRefreshTokenFrom(offlinePrevious);
    expect([fromOffline.refreshToken, fromOffline.refreshExpiresAt]).toEqual(["off-1", undefined]);
    expect("refreshExpiresAt" in fromOffline.toStored()).toBe(false);
    // A reply that names a refresh expiry but sends no refresh token does not date the carried-over one.
    const odd = TokenSet.fromResponse({ access_token: "acc-6", refresh_expires_in: 600 }, later).withRefreshTokenFrom(offlinePrevious);
    expect([odd.refreshToken, odd.refreshExpiresAt, odd.canRefresh(later + 10 * 86_400_000)]).toEqual(["off-1", undefined, true]);
    const none = TokenSet.fromResponse({ access_token: "acc-5" }, later);
    expect(none.withRefreshTokenFrom(TokenSet.fromResponse({ access_token: "x" }, NOW))).toBe(none);
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
    // A handle left open is either still counted below, or closed by the garbage collector,
    // which Node reports with a warning: either way the leak is seen.
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => void warnings.push(warning.message);
    process.on("warning", onWarning);
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
    await new Promise((resolve) => setImmediate(resolve));
    process.off("warning", onWarning);
    expect(warnings.filter((message) => message.includes("garbage collection"))).toEqual([]);
  });

  const entry = { accessToken: "a", expiresAt: NOW, obtainedAt: NOW, tokenType: "Bearer" };

  it("a read or a delete of an absent key writes nothing; a read of a missing file is empty", async () => {
    const path = join(dir, "sub", "tokens.json");
    const store = fileTokenStore({ path });
    expect(await store.get("k")).toBeUndefined();
    await store.delete("k");
    await expect(stat(join(dir, "sub", "tokens.json"))).rejects.toMatchObject({ code: "ENOENT" });
    await store.set("k", entry);
    const written = await readFile(path, "utf8");
    await store.delete("other");
    expect(await readFile(path, "utf8")).toBe(written);
    expect(JSON.parse(written)).toEqual({ version: 1, tokens: { k: entry } });
    expect(written.endsWith("}\n")).toBe(true);
  });

  it("an unreadable file's error names the file and why", async () => {
    const path = join(dir, "tokens.json");
    await mkdir(path);
    const error = await fileTokenStore({ path }).get("k").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenStoreError);
    expect(error).not.toBeInstanceOf(CorruptTokenStoreError);
    expect((error as Error).message).toBe(`Could not read the token file ${path} (EISDIR).`);
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe("EISDIR");
  });

  it("a file of the wrong shape names where, whatever is wrong", async () => {
    const path = join(dir, "tokens.json");
    for (const [content, where] of [
      [[], "(top level)"],
      [{ version: 2, tokens: {} }, "version"],
      [{ version: 1, tokens: [] }, "tokens"],
      [{ version: 1, tokens: null }, "tokens"],
      [{ version: 1, tokens: 5 }, "tokens"],
      ["text", "(top level)"],
      [{ version: 1, tokens: { k: { ...entry, expiresAt: "soon" } } }, "tokens.k.expiresAt"],
    ] as const) {
      await writeFile(path, JSON.stringify(content));
      const error = await fileTokenStore({ path }).get("k").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CorruptTokenStoreError);
      expect((error as Error).message).toBe(
        `The token file ${path} does not have the expected shape (at ${where}). It was left untouched; move or delete it, then log in again.`,
      );
    }
  });

  it("waits for a lock another process holds, and takes over one left by a process that died", async () => {
    const path = join(dir, "tokens.json");
    const lock = `${path}.lock`;
    // Held (dated ahead, so no stall of a loaded machine can make it look stale): the write
    // waits until the holder lets go.
    await writeFile(lock, "");
    const ahead = new Date(Date.now() + 3_600_000);
    await utimes(lock, ahead, ahead);
    let done = false;
    const pending = fileTokenStore({ path }).set("k", entry).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(done).toBe(false);
    expect((await stat(lock)).isFile()).toBe(true); // not taken over
    await rm(lock);
    await pending;
    expect(await fileTokenStore({ path }).get("k")).toEqual(entry);
    // Stale (older than 10 s): taken over at once, and removed afterwards.
    await writeFile(lock, "");
    const old = new Date(Date.now() - 60_000);
    await utimes(lock, old, old);
    await fileTokenStore({ path }).set("j", entry);
    expect(await readdir(dir)).toEqual(["tokens.json"]);
    expect(Object.keys((JSON.parse(await readFile(path, "utf8")) as { tokens: object }).tokens)).toEqual(["k", "j"]);
  });

  it("a file with many bad entries names the first five", async () => {
    const path = join(dir, "tokens.json");
    const tokens = Object.fromEntries(["a", "b", "c", "d", "e", "f", "g"].map((k) => [k, { ...entry, tokenType: 1 }]));
    await writeFile(path, JSON.stringify({ version: 1, tokens }));
    const error = await fileTokenStore({ path }).get("a").catch((e: unknown) => e);
    expect((error as Error).message).toContain("(at tokens.a.tokenType, tokens.b.tokenType, tokens.c.tokenType, tokens.d.tokenType, tokens.e.tokenType)");
  });

  it("a failed write leaves the previous file intact and says why; a directory that cannot be made, or a lock that cannot be taken, is a clear error", async () => {
    // Names near the 255-byte limit: the file fits, its temp file (name + pid + uuid) or lock does not.
    const name = `${"t".repeat(210)}.json`;
    const path = join(dir, name);
    const before = `${JSON.stringify({ version: 1, tokens: { k: entry } }, null, 2)}\n`;
    await writeFile(path, before);
    const store = fileTokenStore({ path });
    const error = await store.set("j", entry).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenStoreError);
    expect((error as Error).message).toBe(`Could not write the token file ${path} (ENAMETOOLONG).`);
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe("ENAMETOOLONG");
    expect(await readFile(path, "utf8")).toBe(before);
    expect(await store.get("k")).toEqual(entry);
    expect(await readdir(dir)).toEqual([name]);

    const lockTooLong = join(dir, `${"l".repeat(250)}.json`);
    const lockError = await fileTokenStore({ path: lockTooLong }).set("k", entry).catch((e: unknown) => e);
    expect((lockError as Error).message).toBe(`Could not lock the token file ${lockTooLong} (ENAMETOOLONG).`);
    expect(((lockError as Error).cause as NodeJS.ErrnoException).code).toBe("ENAMETOOLONG");

    const blocker = join(dir, "a-file");
    await writeFile(blocker, "");
    const dirError = await fileTokenStore({ path: join(blocker, "sub", "tokens.json") }).set("k", entry).catch((e: unknown) => e);
    expect(dirError).toBeInstanceOf(TokenStoreError);
    expect((dirError as Error).message).toMatch(new RegExp(`^Could not create the token directory ${join(blocker, "sub").replaceAll("/", "\\/")} \\((ENOTDIR|EEXIST)\\)\\.$`));
    expect((dirError as Error).cause).toBeDefined();
  });

  it("gives up on a lock held for more than 15 s, naming the lock file", { timeout: 60_000 }, async () => {
    const path = join(dir, "tokens.json");
    const lock = `${path}.lock`;
    await writeFile(lock, "");
    const ahead = new Date(Date.now() + 3_600_000);
    await utimes(lock, ahead, ahead);
    const error = await fileTokenStore({ path }).set("k", entry).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenStoreError);
    expect((error as Error).message).toBe(`The token file ${path} stayed locked by another process for 15 s (lock file ${lock}).`);
    await expect(stat(path)).rejects.toMatchObject({ code: "ENOENT" });
  });

  // Handing a directory to another user needs root; elsewhere there is nobody else to be.
  it.runIf(process.getuid?.() === 0)("refuses a directory another user owns and others can enter, leaving it as it was", async () => {
    const theirs = join(dir, "theirs");
    await mkdir(theirs);
    await chmod(theirs, 0o755);
    await chown(theirs, 65534, 65534);
    const error = await fileTokenStore({ path: join(theirs, "tokens.json") }).set("k", entry).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenStoreError);
    expect((error as Error).message).toBe(
      `The token directory ${theirs} is open to other users (mode 755) and is owned by another user, so tokens will not be kept there. Use a private directory (the default is under ~/.config/provena-sdk).`,
    );
    expect((await stat(theirs)).mode & 0o7777).toBe(0o755);
    expect(await readdir(theirs)).toEqual([]);
  });
});
