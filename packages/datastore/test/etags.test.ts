// Local ETags match S3's definition: MD5 for one part, MD5 of the parts' MD5s and `-N` for many.
import { createHash, randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EtagHasher, fileEtag, partSizeFor, unquoteEtag } from "../src/node/etag.js";
import { tempDir } from "./support/files.js";

const md5 = (b: Uint8Array) => createHash("md5").update(b).digest();
const MIB = 1024 * 1024;

describe("ETags", () => {
  const bytes = randomBytes(2 * MIB + 12345);

  it("single part: the MD5, fed in any chunking", () => {
    const hasher = new EtagHasher(undefined);
    for (let i = 0; i < bytes.length; i += 70_001) hasher.update(bytes.subarray(i, i + 70_001));
    expect(hasher.digest()).toBe(md5(bytes).toString("hex"));
  });

  it("multipart: MD5 of the part MD5s with the count, whatever the chunk boundaries", async () => {
    const part = MIB;
    const parts = [bytes.subarray(0, part), bytes.subarray(part, 2 * part), bytes.subarray(2 * part)];
    const expected = `${createHash("md5").update(Buffer.concat(parts.map(md5))).digest("hex")}-3`;
    const hasher = new EtagHasher(part);
    for (let i = 0; i < bytes.length; i += 300_007) hasher.update(bytes.subarray(i, i + 300_007));
    expect(hasher.digest()).toBe(expected);
    const file = join(tempDir("etag"), "f.bin");
    writeFileSync(file, bytes);
    expect(await fileEtag(file, part)).toBe(expected);
    expect(await fileEtag(file, undefined)).toBe(md5(bytes).toString("hex"));
  });

  it("works out the part size of a multipart ETag, or says it cannot", () => {
    expect(partSizeFor('"abc"', 100, 8 * MIB)).toBeUndefined();
    expect(partSizeFor("abc-3", 20 * MIB, 8 * MIB)).toBe(8 * MIB);
    expect(partSizeFor("abc-4", 20 * MIB, 8 * MIB)).toBe(5 * MIB);
    expect(partSizeFor("abc-2", 11 * MIB, 8 * MIB)).toBe(8 * MIB);
    expect(partSizeFor("abc-1000", 10 * MIB, 8 * MIB)).toBeNull();
    expect(unquoteEtag('W/"abc-2"')).toBe("abc-2");
  });
});
