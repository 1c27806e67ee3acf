// The regular files under a local folder, with `/`-separated paths relative to it.
import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { LocalFile } from "./upload.js";
import { datasetPathSegments } from "./safe-path.js";

/** Every file below `folder` (symbolic links to files followed), to go under dataset folder `prefix`. */
export async function localFiles(folder: string, prefix: string): Promise<LocalFile[]> {
  const root = resolve(folder);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: LocalFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const localPath = join(entry.parentPath, entry.name);
    const info = await stat(localPath).catch(() => undefined);
    if (info === undefined || !info.isFile()) continue;
    const path = `${prefix}${relative(root, localPath).split(sep).join("/")}`;
    datasetPathSegments(path);
    files.push({ localPath, path, size: info.size });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
