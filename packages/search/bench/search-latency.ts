// Search latency over 10,000 indexed registry items, through the SDK, against the local
// server on loopback. Run with `pnpm bench` (after `pnpm build`); not part of the tests.
//
// Items are written straight into the registry's item table (the table the search index
// follows), so the numbers measure search, not 10,000 registry creates. The vocabulary is
// small on purpose: nearly every item matches every word, the worst case for an OR query.
import { memoryStorage, startLocalServer } from "@provena-sdk/local-server";
import { createSearchClient, type SearchOptions } from "@provena-sdk/search";

const ITEM_COUNT = 10_000;
const QUERIES_PER_KIND = 300;
const WARMUP = 20;

const WORDS = (
  "coral reef bleaching sediment runoff estuary salinity turbidity seagrass mangrove nutrient plume " +
  "temperature forecast survey transect model calibration hindcast catchment river flood wave current " +
  "lagoon island cyclone rainfall chlorophyll plankton larvae spawning recruitment habitat monitoring"
).split(" ");

const SUBTYPES: readonly [string, string][] = [
  ["ORGANISATION", "AGENT"],
  ["PERSON", "AGENT"],
  ["MODEL", "ENTITY"],
  ["DATASET_TEMPLATE", "ENTITY"],
  ["STUDY", "ACTIVITY"],
];

let seed = 42;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const phrase = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(" ");

function item(i: number): Record<string, unknown> & { id: string } {
  const [subtype, category] = SUBTYPES[i % SUBTYPES.length]!;
  const name = `${phrase(3)} ${i}`;
  return {
    id: `10378.1/${1_000_000 + i}`,
    owner_username: `user${(i % 3) + 1}`,
    created_timestamp: 1_700_000_000 + i,
    updated_timestamp: 1_700_000_000 + i,
    item_category: category,
    item_subtype: subtype,
    record_type: i % 20 === 0 ? "SEED_ITEM" : "COMPLETE_ITEM",
    ...(i % 20 === 0 ? {} : { display_name: name, name, description: phrase(40), user_metadata: { project: phrase(2) } }),
  };
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (value: number): string => value.toFixed(2).padStart(8);

const storage = memoryStorage();
const server = await startLocalServer({ storage });
try {
  const token = server.mintToken("user1", { lifetimeSeconds: 3600 });
  const client = createSearchClient({ endpoints: server.endpoints, tokenProvider: { getToken: () => Promise.resolve(token) } });
  const table = storage.table<Record<string, unknown>>("registry.items");

  // The index is built from the table on the first search, then follows every write.
  for (let i = 0; i < ITEM_COUNT / 2; i += 1) table.put(item(i).id, item(i));
  let started = performance.now();
  await client.search("warm");
  const buildMs = performance.now() - started;
  started = performance.now();
  for (let i = ITEM_COUNT / 2; i < ITEM_COUNT; i += 1) table.put(item(i).id, item(i));
  const incrementalMs = performance.now() - started;

  const kinds: [string, () => [string, SearchOptions]][] = [
    ["one word", () => [pick(WORDS), {}]],
    ["three words", () => [phrase(3), {}]],
    ["misspelt word", () => [pick(WORDS).replace(/[aeiou]/, ""), {}]],
    ["word + subtype filter", () => [pick(WORDS), { subtype: "MODEL" }]],
    ["two words, limit 50", () => [phrase(2), { limit: 50 }]],
  ];

  const rows: string[] = [];
  for (const [kind, next] of kinds) {
    for (let i = 0; i < WARMUP; i += 1) await client.search(...next());
    const samples: number[] = [];
    for (let i = 0; i < QUERIES_PER_KIND; i += 1) {
      const [query, options] = next();
      const t0 = performance.now();
      await client.search(query, options);
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    rows.push(`| ${kind.padEnd(22)} | ${ms(percentile(samples, 50))} | ${ms(percentile(samples, 90))} | ${ms(percentile(samples, 99))} | ${ms(mean)} |`);
  }

  console.log(`Search latency over ${ITEM_COUNT} indexed items (SDK → local server on loopback, ${QUERIES_PER_KIND} queries each, sequential)`);
  console.log(`index build for ${ITEM_COUNT / 2} existing rows (first search): ${buildMs.toFixed(0)} ms; ${ITEM_COUNT / 2} incremental writes: ${incrementalMs.toFixed(0)} ms (${((incrementalMs / (ITEM_COUNT / 2)) * 1000).toFixed(0)} µs each)`);
  console.log("| query                  |  p50 ms  |  p90 ms  |  p99 ms  | mean ms  |");
  console.log("|------------------------|----------|----------|----------|----------|");
  for (const row of rows) console.log(row);
} finally {
  await server.stop();
}
