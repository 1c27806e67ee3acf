// Durable state against memory (`pnpm bench`): create throughput and single-item fetch latency
// with `dataDir` next to the in-memory default (the ratio is the cost of committing every write
// to SQLite before answering), and the time to start on a data folder holding 50,000 items.
// Servers run in this process on loopback; the two modes are measured alike, one after the other.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";

const CREATES = 2_000;
const CONCURRENCY = 32;
const FETCHES = 3_000;
const START_ITEMS = 50_000;
const IMPORT_BATCH = 5_000;

const person = (name: string) => ({ display_name: name, email: "bench@example.com", first_name: name, last_name: "Bench", ethics_approved: true });

async function post(server: LocalServer, token: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${server.endpoints.registry}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(json).slice(0, 300)}`);
  return json;
}

async function createThroughput(server: LocalServer): Promise<{ perSecond: number; firstId: string }> {
  const token = server.mintToken("user1", { lifetimeSeconds: 3600 });
  const firstId = ((await post(server, token, "/registry/agent/person/create", person("warm-up"))).created_item as { id: string }).id;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < CREATES) {
        const i = next++;
        await post(server, token, "/registry/agent/person/create", person(`bench ${i}`));
      }
    }),
  );
  return { perSecond: CREATES / ((performance.now() - started) / 1000), firstId };
}

async function fetchLatency(server: LocalServer, id: string): Promise<{ mean: number; p50: number; p99: number }> {
  const token = server.mintToken("user1", { lifetimeSeconds: 3600 });
  const url = `${server.endpoints.registry}/registry/agent/person/fetch?id=${encodeURIComponent(id)}`;
  const headers = { authorization: `Bearer ${token}` };
  for (let i = 0; i < 200; i++) await (await fetch(url, { headers })).text();
  const times: number[] = [];
  for (let i = 0; i < FETCHES; i++) {
    const started = performance.now();
    const res = await fetch(url, { headers });
    await res.text();
    times.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`fetch answered ${res.status}`);
  }
  times.sort((a, b) => a - b);
  return { mean: times.reduce((s, t) => s + t, 0) / times.length, p50: times[Math.floor(times.length * 0.5)]!, p99: times[Math.floor(times.length * 0.99)]! };
}

async function measure(label: string, options: Parameters<typeof startLocalServer>[0]) {
  const server = await startLocalServer({ jobStepDelayMs: 0, ...options });
  try {
    const creates = await createThroughput(server);
    const fetches = await fetchLatency(server, creates.firstId);
    return { label, ...creates, ...fetches };
  } finally {
    await server.stop();
  }
}

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "provena-local-bench-"));
  dirs.push(dir);
  return dir;
};

try {
  const memory = await measure("memory", {});
  const durable = await measure("--data", { dataDir: freshDir() });

  // A data folder holding 50,000 items: one real item exported, cloned under fresh ids, imported.
  const dataDir = freshDir();
  const filler = await startLocalServer({ dataDir, jobStepDelayMs: 0 });
  const admin = filler.mintToken("admin", { lifetimeSeconds: 3600 });
  const seed = (await post(filler, admin, "/registry/agent/person/create", person("template"))).created_item as { id: string };
  const exported = (await (await fetch(`${filler.endpoints.registry}/admin/export`, { headers: { authorization: `Bearer ${admin}` } })).json()) as { items: { id: string }[] };
  const template = JSON.stringify(exported.items.find((bundle) => bundle.id === seed.id));
  const escapedId = JSON.stringify(seed.id).slice(1, -1);
  for (let start = 1; start < START_ITEMS; start += IMPORT_BATCH) {
    const items = Array.from({ length: Math.min(IMPORT_BATCH, START_ITEMS - start) }, (_, i) => JSON.parse(template.split(escapedId).join(`10378.1/${9_000_000 + start + i}`)) as unknown);
    await post(filler, admin, "/admin/import", { import_mode: "ADD_ONLY", trial_mode: false, items });
  }
  await filler.stop();

  const startedAt = performance.now();
  const restarted = await startLocalServer({ dataDir, jobStepDelayMs: 0 });
  const listening = performance.now() - startedAt;
  const res = await fetch(`${restarted.endpoints.registry}/registry/agent/person/fetch?id=${encodeURIComponent("10378.1/9000001")}`, {
    headers: { authorization: `Bearer ${restarted.mintToken("admin")}` },
  });
  if (res.status !== 200) throw new Error(`fetch after restart answered ${res.status}`);
  await res.text();
  const firstFetch = performance.now() - startedAt;
  const listed = (await post(restarted, restarted.mintToken("admin"), "/registry/general/list", { page_size: 1 })) as { items: unknown[] };
  if (listed.items.length !== 1) throw new Error("list after restart returned nothing");
  await restarted.stop();

  console.log(`\n@provena-sdk/local-server durable-state benchmark (in process, loopback; ${CREATES} creates at concurrency ${CONCURRENCY}, ${FETCHES} sequential fetches)\n`);
  console.log(`${"".padEnd(22)}${"memory".padStart(12)}${"--data".padStart(12)}${"ratio".padStart(9)}`);
  const row = (name: string, a: number, b: number, unit: string, digits = 3) =>
    console.log(`${name.padEnd(22)}${a.toFixed(digits).padStart(12)}${b.toFixed(digits).padStart(12)}${(b / a).toFixed(2).padStart(9)}  ${unit}`);
  row("create throughput", memory.perSecond, durable.perSecond, "creates/s (higher is better)", 0);
  row("fetch latency mean", memory.mean, durable.mean, "ms");
  row("fetch latency p50", memory.p50, durable.p50, "ms");
  row("fetch latency p99", memory.p99, durable.p99, "ms");
  console.log(`\nstart on a data folder with ${START_ITEMS} items: listening after ${listening.toFixed(0)} ms, first item fetched after ${firstFetch.toFixed(0)} ms`);
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
