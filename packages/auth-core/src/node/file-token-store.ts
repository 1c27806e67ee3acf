import { randomUUID } from "node:crypto";
import { chmod, mkdir, open, readFile, rename, stat, unlink } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import * as z from "zod/mini";
import { CorruptTokenStoreError, TokenStoreError } from "../errors/token-store-errors.js";
import { INSPECT } from "../redact.js";
import { storedTokensSchema, type StoredTokens } from "../stores/stored-tokens.js";
import type { TokenStore } from "../stores/token-store.js";
import { defaultTokenFile } from "./config-dir.js";

/** Options of {@link fileTokenStore}. */
export interface FileTokenStoreOptions {
  /** The JSON file (default `tokens.json` in the user's config dir; see `defaultConfigDir`). */
  path?: string | undefined;
}

/** A {@link TokenStore} over one JSON file, written with owner-only permissions (0600). */
export interface FileTokenStore extends TokenStore {
  /** The file the tokens are kept in. */
  readonly path: string;
}

// The entries are checked one by one (readTokenFile), so a key such as "__proto__" survives.
const fileSchema = z.object({
  version: z.literal(1),
  // Only the issue's path is reported, so the check needs no message of its own.
  tokens: z.custom<Record<string, unknown>>((value) => typeof value === "object" && value !== null && !Array.isArray(value)),
});
interface TokenFile {
  version: 1;
  tokens: Record<string, StoredTokens>;
}

// Cross-process lock: `<file>.lock`, created exclusively. A lock older than this is taken to be
// left by a process that died mid-write (a write takes milliseconds).
const STALE_LOCK_MS = 10_000;
const LOCK_WAIT_MS = 15_000;

/**
 * Tokens in one JSON file, readable only by the user (0600, in a 0700 directory). Writes are
 * atomic (temp file + rename) and each read-modify-write holds a lock file, so processes
 * sharing the file do not lose each other's keys. A directory other users can enter is
 * tightened to 0700 when it is the user's own, and refused when it is shared (e.g. `/tmp`).
 * A file that does not parse is reported with `CorruptTokenStoreError` and never overwritten.
 */
export function fileTokenStore(options: FileTokenStoreOptions = {}): FileTokenStore {
  // Resolved once, so a later chdir cannot move the file.
  const path = resolve(options.path ?? defaultTokenFile());
  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  let directoryChecked: Promise<void> | undefined;
  const update = (change: (file: TokenFile) => boolean): Promise<void> =>
    serialised(async () => {
      directoryChecked ??= privateDirectory(dirname(path)).catch((error: unknown) => {
        directoryChecked = undefined;
        throw error;
      });
      await directoryChecked;
      await withLock(path, async () => {
        const file = await readTokenFile(path);
        if (change(file)) await writeAtomically(path, file);
      });
    });

  return {
    path,
    get: (key) => serialised(async () => copy(own((await readTokenFile(path)).tokens, key))),
    set: (key, tokens) =>
      update((file) => {
        // defineProperty: a key such as "__proto__" stays an ordinary entry.
        Object.defineProperty(file.tokens, key, { value: storedTokensSchema.parse(tokens), enumerable: true, writable: true, configurable: true });
        return true;
      }),
    delete: (key) =>
      update((file) => {
        if (own(file.tokens, key) === undefined) return false;
        delete file.tokens[key];
        return true;
      }),
    [INSPECT]: () => `FileTokenStore { path: ${JSON.stringify(path)} }`,
    toJSON: () => ({ kind: "file", path }),
  } as FileTokenStore;
}

/** Creates the directory 0700, or makes an existing one private; refuses a shared one. */
async function privateDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new TokenStoreError(`Could not create the token directory ${dir} (${why(error)}).`, dir, { cause: error });
  }
  if (process.platform === "win32") return; // POSIX modes do not apply; the profile directory is private.
  const info = await stat(dir);
  const mode = info.mode & 0o7777;
  if ((mode & 0o077) === 0) return;
  // POSIX (Windows returned above), so getuid exists.
  const mine = info.uid === process.getuid!();
  // A sticky, world-writable directory (/tmp) is shared by design: not ours to close.
  if (!mine || (mode & 0o1000) !== 0) {
    throw new TokenStoreError(
      `The token directory ${dir} is open to other users (mode ${mode.toString(8)}) and is ${mine ? "a shared directory" : "owned by another user"}, so tokens will not be kept there. Use a private directory (the default is under ~/.config/provena-sdk).`,
      dir,
    );
  }
  try {
    await chmod(dir, 0o700);
  } catch (error) {
    throw new TokenStoreError(`The token directory ${dir} is open to other users (mode ${mode.toString(8)}) and could not be made private (${why(error)}).`, dir, {
      cause: error,
    });
  }
}

async function withLock<T>(path: string, task: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await open(lock, "wx", 0o600);
      await handle.close();
      break;
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw new TokenStoreError(`Could not lock the token file ${path} (${why(error)}).`, path, { cause: error });
    }
    const held = await stat(lock).catch(() => undefined);
    if (held !== undefined && Date.now() - held.mtimeMs > STALE_LOCK_MS) {
      await unlink(lock).catch(() => undefined);
      continue;
    }
    if (Date.now() > deadline) {
      throw new TokenStoreError(`The token file ${path} stayed locked by another process for ${LOCK_WAIT_MS / 1000} s (lock file ${lock}).`, path);
    }
    await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 10));
  }
  try {
    return await task();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}

async function readTokenFile(path: string): Promise<TokenFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return { version: 1, tokens: {} };
    throw new TokenStoreError(`Could not read the token file ${path} (${why(error)}).`, path, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // No cause: the parser's message quotes the file's content, which holds tokens.
    throw new CorruptTokenStoreError(
      `The token file ${path} is not valid JSON. It was left untouched; move or delete it, then log in again.`,
      path,
    );
  }
  const parsed = fileSchema.safeParse(json);
  const issues = parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join(".") || "(top level)");
  // Entry by entry, into own properties: a key such as "__proto__" stays an ordinary entry.
  const tokens: Record<string, StoredTokens> = {};
  if (parsed.success) {
    for (const [key, value] of Object.entries(parsed.data.tokens)) {
      const entry = storedTokensSchema.safeParse(value);
      if (entry.success) Object.defineProperty(tokens, key, { value: entry.data, enumerable: true, writable: true, configurable: true });
      else issues.push(...entry.error.issues.map((issue) => ["tokens", key, ...issue.path].join(".")));
    }
  }
  if (issues.length > 0) {
    throw new CorruptTokenStoreError(
      `The token file ${path} does not have the expected shape (at ${issues.slice(0, 5).join(", ")}). It was left untouched; move or delete it, then log in again.`,
      path,
    );
  }
  return { version: 1, tokens };
}

async function writeAtomically(path: string, content: TokenFile): Promise<void> {
  const temp = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    const handle = await open(temp, "wx", 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(content, null, 2)}\n`); // a string is written as UTF-8
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new TokenStoreError(`Could not write the token file ${path} (${why(error)}).`, path, { cause: error });
  }
}

// node:fs rejects with errors that carry a string `code` (ENOENT, EEXIST, EACCES …).
function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** What a message says about an fs failure: its code. */
function why(error: unknown): string {
  return errorCode(error) ?? "unknown error";
}

// Keys come from users (issuer, client, username): only own properties count.
function own(tokens: Record<string, StoredTokens>, key: string): StoredTokens | undefined {
  return Object.hasOwn(tokens, key) ? tokens[key] : undefined;
}

function copy(tokens: StoredTokens | undefined): StoredTokens | undefined {
  return tokens === undefined ? undefined : { ...tokens };
}
