// Prov API benchmarks against an in-process local server on loopback (`pnpm bench`):
//   1. explore latency (upstream and downstream, depth 2 and 10) on a generated graph of 100,000
//      nodes and 300,000 links held by the server, each as p50/p99: the HTTP round trip (client
//      side, end to end), the server's whole time for the request and the explore handler's own
//      time (both from its `server-timing` header), and a plain breadth-first search over the
//      same adjacency in this process (the limit; target: server-side, i.e. the handler, within
//      2× of it), plus the traversal alone against the BFS with warm caches;
//   2. the time to lodge 1,000 model runs (one register_batch, until every lodge job succeeded).
import { performance } from "node:perf_hooks";
import { memoryStorage, startLocalServer } from "../dist/index.js";
import { explore, type ExploreQuery } from "../dist/services/prov/graph/explore.js";
import { ProvGraphStore, type MemNode } from "../dist/services/prov/graph/graph-store.js";
import type { ServiceContext } from "../dist/services/context.js";
import { readFileSync } from "node:fs";
import type { Storage } from "../dist/index.js";

// A generated provenance graph of 100,000 nodes and 300,000 links, shaped like Provena's: model
// runs that use two (sometimes three) recent datasets, a model, and are associated with a
// person; each run generates one dataset attributed to that person. Rows are written straight
// into the storage tables the server's graph store reads at start. Seeded, so every run of the
// benchmark explores the same graph.

const NODES = 100_000;
const LINKS = 300_000;

const PERSONS = 1_000;
const MODELS = 500;
const SEED_DATASETS = 500;
const RUNS = (NODES - PERSONS - MODELS - SEED_DATASETS) / 2; // each run adds itself and its output
const THIRD_INPUT_EVERY = 9.8; // runs with a third input, to land on 300,000 links exactly
const WINDOW = 2_000; // inputs come from the last WINDOW datasets: long chains, bounded fan-out

/** mulberry32: a small seeded PRNG. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface GeneratedGraph {
  readonly runs: readonly string[];
  readonly datasets: readonly string[];
  readonly nodeCount: number;
  readonly linkCount: number;
}

function generateGraph(storage: Storage): GeneratedGraph {
  const rand = random(42);
  const pick = <T>(list: readonly T[], from = 0): T => list[from + Math.floor(rand() * (list.length - from))] as T;
  const nodes = storage.table("prov.nodes");
  const links = storage.table("prov.links");
  const record = ["bench"];
  let linkCount = 0;
  const node = (id: string, item_category: string, item_subtype: string): string => {
    nodes.put(id, { id, item_category, item_subtype, record_ids: record });
    return id;
  };
  const link = (source: string, type: string, target: string): void => {
    links.put(JSON.stringify([source, target]), { source, target, type, record_ids: record });
    linkCount++;
  };
  const persons = Array.from({ length: PERSONS }, (_, i) => node(`bench/person/${i}`, "AGENT", "PERSON"));
  const models = Array.from({ length: MODELS }, (_, i) => node(`bench/model/${i}`, "ENTITY", "MODEL"));
  const datasets: string[] = [];
  for (let i = 0; i < SEED_DATASETS; i++) datasets.push(node(`bench/dataset/${i}`, "ENTITY", "DATASET"));
  for (const model of models) link(model, "wasAttributedTo", pick(persons));
  for (const dataset of datasets) link(dataset, "wasAttributedTo", pick(persons));
  const runs: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = node(`bench/run/${i}`, "ACTIVITY", "MODEL_RUN");
    runs.push(run);
    const from = Math.max(0, datasets.length - WINDOW);
    const inputs = new Set<string>();
    const wanted = Math.floor((i + 1) / THIRD_INPUT_EVERY) > Math.floor(i / THIRD_INPUT_EVERY) ? 3 : 2;
    while (inputs.size < wanted) inputs.add(pick(datasets, from));
    for (const input of inputs) link(run, "used", input);
    link(run, "used", pick(models));
    const person = pick(persons);
    link(run, "wasAssociatedWith", person);
    const output = node(`bench/dataset/${SEED_DATASETS + i}`, "ENTITY", "DATASET");
    link(output, "wasGeneratedBy", run);
    link(output, "wasAttributedTo", person);
    datasets.push(output);
  }
  return { runs, datasets, nodeCount: nodes.size, linkCount };
}

/** Registry rows for the ids explore starts from (explore answers 500 for ids it does not hold). */
function registerStarts(storage: Storage, ids: readonly string[], subtype: string, category: string): void {
  const items = storage.table("registry.items");
  for (const id of ids) {
    items.put(id, {
      id,
      owner_username: "admin",
      created_timestamp: 1_700_000_000,
      updated_timestamp: 1_700_000_000,
      item_category: category,
      item_subtype: subtype,
      record_type: "COMPLETE_ITEM",
      display_name: id,
    });
  }
}

const SAMPLES = 1_000;
const LODGE_RUNS = 1_000;

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const stats = (values: number[]): { p50: number; p99: number } => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) };
};
const ms = (n: number): string => `${n.toFixed(3)} ms`;

// ---- the graph -------------------------------------------------------------------------------
const storage = memoryStorage();
let started = performance.now();
const graph = generateGraph(storage);
if (graph.nodeCount !== NODES || graph.linkCount !== LINKS) throw new Error(`generated ${graph.nodeCount} nodes and ${graph.linkCount} links`);
console.log(`generated ${graph.nodeCount.toLocaleString()} nodes and ${graph.linkCount.toLocaleString()} links in ${ms(performance.now() - started)}`);

// Deterministic samples: late runs (long histories upstream) and early datasets (long futures downstream).
const runStarts = Array.from({ length: 200 }, (_, i) => graph.runs[graph.runs.length - 1 - i * 97]!);
const datasetStarts = Array.from({ length: 200 }, (_, i) => graph.datasets[i * 97]!);
registerStarts(storage, runStarts, "MODEL_RUN", "ACTIVITY");
registerStarts(storage, datasetStarts, "DATASET", "ENTITY");

const server = await startLocalServer({ storage, jobStepDelayMs: 0 });
const token = server.mintToken("user1");
const base = server.endpoints.prov.replace(/\/$/, "");

// The same adjacency, built from the same rows, in this process.
started = performance.now();
const store = new ProvGraphStore({ storage } as unknown as ServiceContext);
console.log(`indexed the graph (adjacency both ways, per-record index) in ${ms(performance.now() - started)}`);

/** The limit: a plain BFS over the same node objects and link maps, counting the links it walks. */
function plainBfs(startId: string, direction: "out" | "in", depth: number): number {
  const start = store.handle(startId);
  if (start === undefined) return 0;
  const out = direction === "out";
  const seen = new Set<MemNode>([start]);
  let frontier = [start];
  let links = 0;
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: MemNode[] = [];
    for (const node of frontier) {
      for (const link of (out ? node.out : node.in).values()) {
        links++;
        const other = out ? link.target : link.source;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return links;
}

interface Row {
  readonly query: string;
  readonly depth: number;
  readonly links: number;
  readonly http: { p50: number; p99: number };
  readonly total: { p50: number; p99: number };
  readonly server: { p50: number; p99: number };
  readonly serverTraversal: { p50: number; p99: number };
  readonly coldBfs: { p50: number; p99: number };
  readonly traversal: { p50: number; p99: number };
  readonly bfs: { p50: number; p99: number };
}

const WARMUP = 50;

async function measure(query: ExploreQuery, direction: "out" | "in", starts: readonly string[], depth: number): Promise<Row> {
  const http: number[] = [];
  const total: number[] = [];
  const serverSide: number[] = [];
  const serverTraversal: number[] = [];
  const coldBfs: number[] = [];
  const traversal: number[] = [];
  const bfs: number[] = [];
  let links = 0;
  // Over HTTP: the client's round trip and the handler's own time (its server-timing header).
  for (let i = 0; i < SAMPLES + WARMUP; i++) {
    const start = starts[i % starts.length]!;
    const t0 = performance.now();
    const res = await fetch(`${base}/explore/${query}?starting_id=${encodeURIComponent(start)}&depth=${depth}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { graph: { links: unknown[] } };
    const t1 = performance.now();
    if (res.status !== 200) throw new Error(`explore answered ${res.status}`);
    // The BFS right after a round trip finds its nodes out of cache, as the server's traversal does.
    const t2 = performance.now();
    const counted = plainBfs(start, direction, depth);
    const t3 = performance.now();
    if (body.graph.links.length !== counted) throw new Error(`link counts differ: http ${body.graph.links.length}, bfs ${counted}`);
    if (i < WARMUP) continue;
    links += counted;
    http.push(t1 - t0);
    const timing = res.headers.get("server-timing") ?? "";
    total.push(Number(/total;dur=([\d.]+)/.exec(timing)?.[1] ?? NaN));
    serverSide.push(Number(/app;dur=([\d.]+)/.exec(timing)?.[1] ?? NaN));
    serverTraversal.push(Number(/traverse;dur=([\d.]+)/.exec(timing)?.[1] ?? NaN));
    coldBfs.push(t3 - t2);
  }
  // In this process, on the same adjacency: the traversal alone and the plain BFS, alternating
  // which goes first (whichever runs first on a start finds its nodes out of cache).
  const timeExplore = (start: string): void => {
    const t0 = performance.now();
    explore(store, query, start, depth);
    traversal.push(performance.now() - t0);
  };
  const timeBfs = (start: string): void => {
    const t0 = performance.now();
    plainBfs(start, direction, depth);
    bfs.push(performance.now() - t0);
  };
  for (let i = 0; i < SAMPLES + WARMUP; i++) {
    const start = starts[i % starts.length]!;
    if (i % 2 === 0) {
      timeExplore(start);
      timeBfs(start);
    } else {
      timeBfs(start);
      timeExplore(start);
    }
    if (i < WARMUP) {
      traversal.pop();
      bfs.pop();
    }
  }
  return { query, depth, links: links / SAMPLES, http: stats(http), total: stats(total), server: stats(serverSide), serverTraversal: stats(serverTraversal), coldBfs: stats(coldBfs), traversal: stats(traversal), bfs: stats(bfs) };
}

const rows: Row[] = [];
for (const depth of [2, 10]) {
  rows.push(await measure("upstream", "out", runStarts, depth));
  rows.push(await measure("downstream", "in", datasetStarts, depth));
}

console.log(`\nexplore on ${graph.nodeCount.toLocaleString()} nodes / ${graph.linkCount.toLocaleString()} links, ${SAMPLES} samples each, p50 / p99 in ms`);
console.log("  HTTP     the client's round trip (fetch to parsed JSON body), end to end on loopback");
console.log("  server   the server's whole time for the request (server-timing total): from node handing it the parsed request head");
console.log("           to the serialised body (auth, routing, query parsing, the handler, JSON); excludes socket I/O and HTTP parsing");
console.log("  handler  the explore handler's own time (server-timing app): depth check, start lookup, traversal, response body");
console.log("  h.trav.  the traversal inside the handler (server-timing traverse)");
console.log("  BFS      a plain BFS over the same adjacency in this process, right after each round trip (cold cache, as the handler's)");
console.log("  ratios   p50 / p99 of the handler (server-side, the target: within 2×) and of the whole server time over the BFS");
console.log("  warm     in process, alternating: the traversal alone and the plain BFS on the same starts (warm cache)");
const pair = (s: { p50: number; p99: number }): string => `${s.p50.toFixed(3)} / ${s.p99.toFixed(3)}`.padEnd(17);
const ratios = (a: { p50: number; p99: number }, b: { p50: number; p99: number }): string => `${(a.p50 / b.p50).toFixed(2)}× / ${(a.p99 / b.p99).toFixed(2)}×`.padEnd(17);
console.log(
  `${"query".padEnd(11)}${"depth".padEnd(6)}${"links".padEnd(7)}${"HTTP".padEnd(17)}${"server".padEnd(17)}${"handler".padEnd(17)}${"h.trav.".padEnd(17)}${"BFS".padEnd(17)}${"handler/BFS".padEnd(17)}${"server/BFS".padEnd(17)}${"trav. warm".padEnd(17)}BFS warm`,
);
for (const r of rows) {
  console.log(`${r.query.padEnd(11)}${String(r.depth).padEnd(6)}${r.links.toFixed(1).padEnd(7)}${pair(r.http)}${pair(r.total)}${pair(r.server)}${pair(r.serverTraversal)}${pair(r.coldBfs)}${ratios(r.server, r.coldBfs)}${ratios(r.total, r.coldBfs)}${pair(r.traversal)}${pair(r.bfs).trimEnd()}`);
}

// ---- lodging 1,000 model runs ----------------------------------------------------------------
/** A created item or a launched job, as much of an answer as the benchmark reads. */
interface Answer {
  readonly status?: { readonly success?: boolean };
  readonly created_item: { readonly id: string };
  readonly session_id: string;
}

async function call(service: "registry" | "prov" | "jobs", method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${server.endpoints[service].replace(/\/$/, "")}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as Answer;
  if (res.status !== 200) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(json)}`);
  return json;
}
const create = async (path: string, body: unknown): Promise<string> => {
  const res = await call("registry", "POST", `${path}/create`, body);
  if (res.status?.success !== true) throw new Error(`create ${path}: ${JSON.stringify(res.status)}`);
  return String(res.created_item.id);
};

server.addUser({ username: "bench-ds", password: "x", email: "ds@example.com", roles: ["entity-registry-read", "entity-registry-write", "data-store-api"] });
storage.table("auth.links").put("user1", { username: "user1", person_id: "placeholder" });
const organisation = await create("/registry/agent/organisation", { display_name: "Org", name: "Org", ror: "https://example.org/org" });
const person = await create("/registry/agent/person", { display_name: "Modeller", email: "m@example.com", first_name: "M", last_name: "L", ethics_approved: true });
storage.table("auth.links").put("user1", { username: "user1", person_id: person });
const model = await create("/registry/entity/model", { display_name: "Model", name: "Model", description: "d", documentation_url: "https://example.org", source_url: "https://example.org" });
const template = await create("/registry/entity/dataset_template", { display_name: "Template", defined_resources: [], deferred_resources: [] });
const workflow = await create("/registry/entity/model_run_workflow", { display_name: "Workflow", software_id: model, input_templates: [{ template_id: template }], output_templates: [{ template_id: template }] });
const dsToken = server.mintToken("bench-ds");
// The spec's example dataset, its organisation placeholders pointed at the real organisation.
const examples = JSON.parse(readFileSync(new URL("../../../specs/provena/examples/domain-info-examples.json", import.meta.url), "utf8")) as { DATASET: { domain_info: unknown[] } };
const datasetExample = JSON.parse(JSON.stringify(examples.DATASET.domain_info[0]).replaceAll('"organisation_id":"1234"', `"organisation_id":"${organisation}"`).replaceAll('"publisher_id":"1234"', `"publisher_id":"${organisation}"`)) as Record<string, unknown>;
const dataset = async (name: string): Promise<string> => {
  const res = await fetch(`${server.endpoints.registry.replace(/\/$/, "")}/registry/entity/dataset/proxy/create`, {
    method: "POST",
    headers: { authorization: `Bearer ${dsToken}`, "content-type": "application/json", "x-user-context": JSON.stringify({ username: "user1", email: "user1@example.com", roles: ["entity-registry-read", "entity-registry-write"] }) },
    body: JSON.stringify({ ...datasetExample, display_name: name }),
  });
  const json = (await res.json()) as Answer;
  if (json.status?.success !== true) throw new Error(`dataset: ${JSON.stringify(json)}`);
  return String(json.created_item.id);
};
const input = await dataset("input");
const output = await dataset("output");
const record = (i: number) => ({
  workflow_template_id: workflow,
  inputs: [{ dataset_template_id: template, dataset_id: input, dataset_type: "DATA_STORE" }],
  outputs: [{ dataset_template_id: template, dataset_id: output, dataset_type: "DATA_STORE" }],
  display_name: `Bench run ${i}`,
  description: "bench",
  associations: { modeller_id: person, requesting_organisation_id: organisation },
  start_time: 1_700_000_000,
  end_time: 1_700_000_100,
});

started = performance.now();
const submit = await call("prov", "POST", "/model_run/register_batch", { records: Array.from({ length: LODGE_RUNS }, (_, i) => record(i)) });
let batchId: string | undefined;
for (;;) {
  const res = await fetch(`${server.endpoints.jobs.replace(/\/$/, "")}/jobs/user/fetch?session_id=${String(submit.session_id)}`, { headers: { authorization: `Bearer ${token}` } });
  const job = res.status === 200 ? ((await res.json()) as { job: { status: string; result: { batch_id?: string } | null } }).job : undefined;
  if (res.status !== 200) await res.body?.cancel();
  if (job?.status === "SUCCEEDED") {
    batchId = job.result?.batch_id;
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 5));
}
const lodgeJobs = () => [...storage.table<{ job: { batch_id?: string | null; status: string } }>("jobs.jobs").values()].filter((row) => row.job.batch_id === batchId);
while (lodgeJobs().filter((row) => row.job.status === "SUCCEEDED" || row.job.status === "FAILED").length < LODGE_RUNS) await new Promise((resolve) => setTimeout(resolve, 5));
const lodgeMs = performance.now() - started;
const failed = lodgeJobs().filter((row) => row.job.status === "FAILED").length;
console.log(`\nlodged ${LODGE_RUNS} model runs (register_batch → every MODEL_RUN_PROV_LODGE job settled) in ${ms(lodgeMs)}: ${(lodgeMs / LODGE_RUNS).toFixed(2)} ms per run, ${failed} failed`);

await server.stop();
