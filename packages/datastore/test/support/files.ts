// Local folders of test files, and reading them back for byte-for-byte comparison.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";

const made: string[] = [];

/** A new empty folder under the OS temporary folder, removed by `removeTempDirs` (after each test file). */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ds-${label}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made (test/support/cleanup.ts runs it after each test file). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes `files` (dataset path → bytes) under a new folder; returns the folder. */
export function writeTree(files: ReadonlyMap<string, Uint8Array>, label = "src"): string {
  const root = tempDir(label);
  for (const [path, bytes] of files) {
    const target = join(root, ...path.split("/"));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return root;
}

/** Every file under `root`, `/`-separated path → bytes. */
export function readTree(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(relative(root, full).split(sep).join("/"), readFileSync(full));
  }
  return out;
}

/** `count` small files spread over nested folders, plus any extra entries. */
export function smallFiles(count: number, size = 4096, prefix = ""): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) files.set(`${prefix}${i % 3 === 0 ? "" : `dir${i % 3}/`}${i % 2 === 0 ? "nested/" : ""}file-${i}.bin`, randomBytes(size));
  return files;
}
