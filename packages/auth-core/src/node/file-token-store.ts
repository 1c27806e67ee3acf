import { randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { z } from "zod";
import { CorruptTokenStoreError, TokenStoreError } from "../errors/token-store-errors.js";
import { INSPECT } from "../redact.js";
import { storedTokensSchema, type StoredTokens } from "../stores/stored-tokens.js";
import type { TokenStore } from "../stores/token-store.js";
import { defaultTokenFile } from "./config-dir.js";

export interface FileTokenStoreOptions {
  /** The JSON file (default `tokens.json` in the user's config dir; see `defaultConfigDir`). */
  path?: string | undefined;
}

export interface FileTokenStore extends TokenStore {
  readonly path: string;
}

const fileSchema = z.object({
  version: z.literal(1),
  tokens: z.record(z.string(), storedTokensSchema),
});
type TokenFile = z.infer<typeof fileSchema>;

/**
 * Tokens in one JSON file, readable only by the user (0600, directory 0700 when created).
 * Writes are atomic (temp file + rename) and serialised within the process; a file that does
 * not parse is reported with `CorruptTokenStoreError` and never overwritten.
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

  return {
    path,
    get: (key) => serialised(async () => copy((await readTokenFile(path)).tokens[key])),
    set: (key, tokens) =>
      serialised(async () => {
        const file = await readTokenFile(path);
        file.tokens[key] = storedTokensSchema.parse(tokens);
        await writeAtomically(path, file);
      }),
    delete: (key) =>
      serialised(async () => {
        const file = await readTokenFile(path);
        if (!(key in file.tokens)) return;
        delete file.tokens[key];
        await writeAtomically(path, file);
      }),
    [INSPECT]: () => `FileTokenStore { path: ${JSON.stringify(path)} }`,
    toJSON: () => ({ kind: "file", path }),
  } as FileTokenStore;
}

async function readTokenFile(path: string): Promise<TokenFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return { version: 1, tokens: {} };
    throw new TokenStoreError(`Could not read the token file ${path} (${errorCode(error) ?? "unknown error"}).`, path, { cause: error });
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
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => issue.path.join(".") || "(top level)").slice(0, 5).join(", ");
    throw new CorruptTokenStoreError(
      `The token file ${path} does not have the expected shape (at ${where}). It was left untouched; move or delete it, then log in again.`,
      path,
    );
  }
  return parsed.data;
}

async function writeAtomically(path: string, content: TokenFile): Promise<void> {
  const temp = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const handle = await open(temp, "wx", 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(content, null, 2)}\n`, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new TokenStoreError(`Could not write the token file ${path} (${errorCode(error) ?? "unknown error"}).`, path, { cause: error });
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

function copy(tokens: StoredTokens | undefined): StoredTokens | undefined {
  return tokens === undefined ? undefined : { ...tokens };
}
