// Registry client overhead against the local server on loopback (`pnpm bench`):
//   1. SDK `organisation.fetch(id)` vs raw fetch + JSON.parse of the same route;
//   2. SDK `organisation.listAll()` over 10,000 items vs a hand-written pagination loop.
// The server runs in its own process. Rounds alternate SDK and raw so drift on a busy machine hits both; the median round counts.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { ServiceEndpoints } from "@provena-sdk/http-core";
import { createTransport } from "@provena-sdk/http-core";
import { RegistryClient } from "@provena-sdk/registry";
import type { BundledItem } from "@provena-sdk/registry";

const ITEMS = 10_000;
const PAGE_SIZE = 500;
const FETCH_ITERATIONS = 300;
const ROUNDS = 7;

const child = spawn(process.execPath, [new URL("./server-process.ts", import.meta.url).pathname], { stdio: ["pipe", "pipe", "inherit"] });
const firstLine = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next();
const server = JSON.parse(String(firstLine.value)) as { endpoints: ServiceEndpoints; token: string };
const token = server.token;
const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
const transport = createTransport({ endpoints: server.endpoints, tokenProvider: { getToken: () => Promise.resolve(token) } });
const client = new RegistryClient({ transport });
const base = server.endpoints.registry;

// 10,000 organisations: one real item, exported, cloned under fresh ids and imported at once.
const { item } = await client.organisation.create({ display_name: "Bench org", name: "Bench org", ror: "http://example.org/bench" });
const template = (await client.admin.export()).find((b) => b.id === item.id)!;
const text = JSON.stringify(template);
const escapedId = JSON.stringify(item.id).slice(1, -1);
const bundles = Array.from({ length: ITEMS - 1 }, (_, i) => JSON.parse(text.split(escapedId).join(`10378.1/${8_000_000 + i}`)) as BundledItem);
await client.admin.import({ import_mode: "ADD_ONLY", trial_mode: false, items: bundles });

async function rawFetch(id: string): Promise<unknown> {
  const res = await fetch(`${base}/registry/agent/organisation/fetch?id=${encodeURIComponent(id)}`, { headers });
  return JSON.parse(await res.text()) as unknown;
}

async function rawListAll(): Promise<number> {
  let key: unknown = null;
  let count = 0;
  do {
    const res = await fetch(`${base}/registry/agent/organisation/list`, {
      method: "POST",
      headers,
      body: JSON.stringify({ filter_by: { record_type: "COMPLETE_ONLY" }, pagination_key: key, page_size: PAGE_SIZE }),
    });
    const page = JSON.parse(await res.text()) as { items: unknown[]; pagination_key: unknown };
    count += page.items.length;
    key = page.pagination_key;
  } while (key !== null && key !== undefined);
  return count;
}

async function sdkListAll(): Promise<number> {
  let count = 0;
  for await (const _ of client.organisation.listAll({ pageSize: PAGE_SIZE })) count++;
  return count;
}

async function time(run: () => Promise<unknown>, iterations: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await run();
  return (performance.now() - start) / iterations;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function compare(sdk: () => Promise<unknown>, raw: () => Promise<unknown>, iterations: number): Promise<{ sdk: number; raw: number }> {
  await time(sdk, Math.max(1, iterations / 5)); // warm-up (JIT, connections, model build)
  await time(raw, Math.max(1, iterations / 5));
  const sdkTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    sdkTimes.push(await time(sdk, iterations));
    rawTimes.push(await time(raw, iterations));
  }
  return { sdk: median(sdkTimes), raw: median(rawTimes) };
}

const listed = await sdkListAll();
const rawListed = await rawListAll();
if (listed !== ITEMS || rawListed !== ITEMS) throw new Error(`expected ${ITEMS} items, SDK saw ${listed}, raw loop saw ${rawListed}`);

const fetchResult = await compare(() => client.organisation.fetch(item.id), () => rawFetch(item.id), FETCH_ITERATIONS);
const listResult = await compare(sdkListAll, rawListAll, 1);
child.stdin.end();

const rows = [
  { case: "fetch one item", sdk: fetchResult.sdk, raw: fetchResult.raw, target: 1.15, unit: "ms/call" },
  { case: `listAll ${ITEMS} items (page ${PAGE_SIZE})`, sdk: listResult.sdk, raw: listResult.raw, target: 1.1, unit: "ms/listing" },
];
console.log(`\n@provena-sdk/registry benchmark (local server on loopback, lenient validation, median of ${ROUNDS} rounds)\n`);
console.log(`${"case".padEnd(34)}${"SDK".padStart(12)}${"raw".padStart(12)}${"ratio".padStart(8)}${"target".padStart(9)}  result`);
for (const row of rows) {
  const ratio = row.sdk / row.raw;
  console.log(
    `${row.case.padEnd(34)}${row.sdk.toFixed(3).padStart(9)} ms${row.raw.toFixed(3).padStart(9)} ms${ratio.toFixed(3).padStart(8)}${`≤ ${row.target.toFixed(2)}`.padStart(9)}  ${ratio <= row.target ? "ok" : "OVER TARGET"}   (${row.unit})`,
  );
}
