// Reads one entry of a zip archive (a .docx is one), enough for tests to open what the server
// wrote: the central directory locates the entry, node:zlib inflates it.
import { inflateRawSync } from "node:zlib";

export function zipEntries(archive: Buffer): string[] {
  return [...centralDirectory(archive).keys()];
}

export function readZipEntry(archive: Buffer, name: string): Buffer | undefined {
  const entry = centralDirectory(archive).get(name);
  if (entry === undefined) return undefined;
  const local = entry.offset;
  if (archive.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
  const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
  const data = archive.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data);
  throw new Error(`unsupported compression method ${entry.method}`);
}

interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly offset: number;
}

function centralDirectory(archive: Buffer): Map<string, Entry> {
  let end = archive.length - 22;
  while (end >= 0 && archive.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip archive");
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error("bad central directory");
    const nameLength = archive.readUInt16LE(at + 28);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    entries.set(name, { method: archive.readUInt16LE(at + 10), compressedSize: archive.readUInt32LE(at + 20), offset: archive.readUInt32LE(at + 42) });
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  return entries;
}
