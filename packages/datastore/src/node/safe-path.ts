// Dataset paths (object keys below the dataset prefix) become local paths only inside the
// destination folder: a key with a `..` segment, an absolute path, a drive letter, a backslash
// or a NUL is refused before anything is written, and the resolved path is checked again.
import { isAbsolute, relative, resolve, sep } from "node:path";
import { UnsafePathError } from "./errors.js";

/** Checks a dataset-relative path; returns its `/`-separated segments. */
export function datasetPathSegments(path: string): string[] {
  if (path === "") throw new UnsafePathError(path, "it is empty");
  if (path.includes("\0")) throw new UnsafePathError(path, "it contains a NUL character");
  if (path.includes("\\")) throw new UnsafePathError(path, "it contains a backslash");
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) throw new UnsafePathError(path, "it is an absolute path");
  const segments = path.split("/");
  if (segments.some((s) => s === "..")) throw new UnsafePathError(path, "it has a '..' segment");
  return segments.filter((s) => s !== "" && s !== ".");
}

/** The local path of dataset path `path` inside `root`; UnsafePathError if it would leave it. */
export function localPathInside(root: string, path: string): string {
  const segments = datasetPathSegments(path);
  if (segments.length === 0) throw new UnsafePathError(path, "it names no file");
  const base = resolve(root);
  const target = resolve(base, ...segments);
  const rel = relative(base, target);
  if (rel === "" || rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel)) throw new UnsafePathError(path, "it resolves outside the destination folder");
  return target;
}

/** A sub-folder argument (`"raw/2024"`, `"raw/2024/"`, `""` for all) as a key prefix ending in `/` (or empty). */
export function folderPrefix(folder: string): string {
  if (folder === "" || folder === "/") return "";
  const segments = datasetPathSegments(folder);
  return segments.length === 0 ? "" : `${segments.join("/")}/`;
}
