// The offline token from a plain text file (the Python client's `offline_token_file`). The file
// is a credential: one readable by group or others is refused, as ssh refuses such a key.
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { TokenFileError } from "../errors/token-file-error.js";
import { offlineToken, type OfflineTokenOptions } from "../providers/offline-token.js";
import type { ManagedTokenProvider } from "../refreshing-provider.js";

/** Options of {@link offlineTokenFromFile}: those of `offlineToken()`, with the token read from `path`. */
export interface OfflineTokenFileOptions extends Omit<OfflineTokenOptions, "offlineToken"> {
  /** The file holding the offline token (surrounding whitespace is ignored). */
  path: string;
}

/**
 * `offlineToken()` with the token read from `path` now, once. Rejects with `TokenFileError` when
 * the file is missing, unreadable, empty, or readable by group or others (chmod 600 fixes it).
 */
export function offlineTokenFromFile(options: OfflineTokenFileOptions): ManagedTokenProvider {
  const { path, ...rest } = options;
  return offlineToken({ ...rest, offlineToken: readOfflineTokenFile(path) });
}

/** Reads and checks an offline-token file; the token never appears in an error. */
export function readOfflineTokenFile(path: string, platform: NodeJS.Platform = process.platform): string {
  const file = resolve(path);
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ENOENT") throw new TokenFileError(`The offline token file ${file} does not exist.`, file, "missing");
    const reason = typeof code === "string" ? code : "unknown error";
    throw new TokenFileError(`The offline token file ${file} cannot be read (${reason}).`, file, "unreadable", { cause: error });
  }
  try {
    // Checked on the open descriptor, so the file read is the file checked.
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new TokenFileError(`The offline token path ${file} is not a regular file.`, file, "not-a-file");
    // Windows has no POSIX mode bits to check.
    if (platform !== "win32" && (stat.mode & 0o077) !== 0) {
      const mode = (stat.mode & 0o777).toString(8).padStart(3, "0");
      throw new TokenFileError(
        `The offline token file ${file} is readable by group or others (mode ${mode}); it holds a credential, so it is refused. Run \`chmod 600 ${file}\` and try again.`,
        file,
        "insecure-permissions",
      );
    }
    const token = readFileSync(fd, "utf8").trim();
    if (token === "") throw new TokenFileError(`The offline token file ${file} is empty.`, file, "empty");
    return token;
  } finally {
    closeSync(fd);
  }
}
