// CRC combine (crc-combine.ts) against the CRC implementations the S3 endpoint verifies bodies
// with: for CRC32, CRC32C and CRC64NVME, the CRC of a concatenation equals the combination of the
// pieces' CRCs, for empty, tiny, odd and multi-MiB pieces.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CHECKSUM_ALGORITHMS, combinedCrc } from "../src/s3/checksums.js";
import { CRC32, CRC32C, CRC64NVME, crcCombine, crcOfConcatenation, type ReflectedCrc } from "../src/s3/crc-combine.js";

const cases: readonly { name: "CRC32" | "CRC32C" | "CRC64NVME"; crc: ReflectedCrc; check: string }[] = [
  // The catalogued check values: the CRC of the ASCII bytes "123456789".
  { name: "CRC32", crc: CRC32, check: "cbf43926" },
  { name: "CRC32C", crc: CRC32C, check: "e3069283" },
  { name: "CRC64NVME", crc: CRC64NVME, check: "ae8b14860a799888" },
];

async function digest(name: (typeof cases)[number]["name"], data: Uint8Array): Promise<Buffer> {
  const hash = CHECKSUM_ALGORITHMS[name].create();
  hash.update(Buffer.from(data));
  return hash.digest();
}
const asBigInt = (raw: Buffer): bigint => BigInt(`0x${raw.toString("hex")}`);

describe.each(cases)("$name combine", ({ name, crc, check }) => {
  it("gives the check value from the CRCs of 12345 and 6789", async () => {
    const combined = crcCombine(crc, asBigInt(await digest(name, Buffer.from("12345"))), asBigInt(await digest(name, Buffer.from("6789"))), 4);
    expect(combined.toString(16).padStart(check.length, "0")).toBe(check);
  });

  it.each([
    [0, 0],
    [0, 17],
    [17, 0],
    [1, 1],
    [255, 256],
    [65_537, 4_099],
    [3 * 1024 * 1024 + 1, 5 * 1024 * 1024 - 3],
  ])("crc(A‖B) = combine(crc(A), crc(B), |B|) for |A| = %i, |B| = %i", async (lengthA, lengthB) => {
    const a = randomBytes(lengthA);
    const b = randomBytes(lengthB);
    const whole = asBigInt(await digest(name, Buffer.concat([a, b])));
    expect(crcCombine(crc, asBigInt(await digest(name, a)), asBigInt(await digest(name, b)), lengthB)).toBe(whole);
  });

  it("folds many pieces, repeated lengths included, into the CRC of the whole", async () => {
    const pieces = [1000, 4096, 4096, 7, 4096, 0, 1].map((n) => randomBytes(n));
    const withCrcs = await Promise.all(pieces.map(async (p) => ({ crc: asBigInt(await digest(name, p)), length: p.length })));
    expect(crcOfConcatenation(crc, withCrcs)).toBe(asBigInt(await digest(name, Buffer.concat(pieces))));
    expect(crcOfConcatenation(crc, withCrcs.slice(0, 1))).toBe(withCrcs[0]?.crc);
  });

  it("combinedCrc works on S3's base64 values, keeping leading zero bytes", async () => {
    // A piece whose CRC starts with a zero byte (about 1 in 256 random buffers).
    let second = randomBytes(64);
    while ((await digest(name, Buffer.concat([Buffer.from("head"), second])))[0] !== 0) second = randomBytes(64);
    const head = Buffer.from("head");
    const value = combinedCrc(crc, [
      { value: (await digest(name, head)).toString("base64"), length: head.length },
      { value: (await digest(name, second)).toString("base64"), length: second.length },
    ]);
    const expected = await digest(name, Buffer.concat([head, second]));
    expect(Buffer.from(value, "base64")).toEqual(expected);
    expect(value).toBe(expected.toString("base64"));
  });
});

describe("CRC combine refuses what it cannot combine", () => {
  it("a negative or fractional length", () => {
    expect(() => crcCombine(CRC32, 1n, 2n, -1)).toThrow(RangeError);
    expect(() => crcCombine(CRC32, 1n, 2n, 1.5)).toThrow(/byte count, not 1.5/);
    expect(() => crcOfConcatenation(CRC32, [{ crc: 1n, length: 1 }, { crc: 2n, length: -4 }])).toThrow(/not -4/);
  });

  it("no pieces at all, or a value of the wrong width", () => {
    expect(() => crcOfConcatenation(CRC32C, [])).toThrow(/at least one piece/);
    expect(() => combinedCrc(CRC64NVME, [{ value: Buffer.alloc(4).toString("base64"), length: 1 }])).toThrow(/8 bytes, not 4/);
  });
});
