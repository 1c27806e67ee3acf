// Dataset file transfer throughput against the local server on loopback (`pnpm bench`): the
// SDK's DatasetFiles next to a plain @aws-sdk/client-s3 loop with the same credentials, endpoint
// and file concurrency, for 1 file of 256 MiB and 1,000 files of 4 KiB, up and down. Every
// transfer runs in a fresh child process (its peak RSS is the transfer's); the server runs in
// another. Rounds alternate SDK and plain; the median of each counts.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { ServiceEndpoints } from "@provena-sdk/http-core";
import { createDatastoreClient } from "@provena-sdk/datastore";
import { createRegistryClient } from "@provena-sdk/registry";

const MIB = 1024 * 1024;
const ROUNDS = Number(process.env["BENCH_ROUNDS"] ?? 3);
const CONCURRENCY = 8;
/** Only the cases whose "<label> <direction>" matches (e.g. BENCH_ONLY="256 MiB upload"). */
const ONLY = process.env["BENCH_ONLY"];
/** SDK part settings to try (default: the SDK's defaults). */
const PART_SIZE = process.env["BENCH_PART_SIZE_MIB"] === undefined ? undefined : Number(process.env["BENCH_PART_SIZE_MIB"]) * 1024 * 1024;
const PART_CONCURRENCY = process.env["BENCH_PART_CONCURRENCY"] === undefined ? undefined : Number(process.env["BENCH_PART_CONCURRENCY"]);

const server = spawn(process.execPath, [new URL("./server-process.ts", import.meta.url).pathname], { stdio: ["pipe", "pipe", "inherit"] });
const firstLine = await createInterface({ input: server.stdout })[Symbol.asyncIterator]().next();
const { endpoints, token } = JSON.parse(String(firstLine.value)) as { endpoints: ServiceEndpoints; token: string };
const tokenProvider = { getToken: () => Promise.resolve(token) };
const datastore = createDatastoreClient({ endpoints, tokenProvider });
const registry = createRegistryClient({ endpoints, tokenProvider });

// The admin user, linked to a Person, mints the datasets.
const { item: person } = await registry.person.create({ display_name: "Bench", email: "bench@example.com", first_name: "Bench", last_name: "Mark", ethics_approved: true });
await registry.transport.request({ service: "auth", method: "POST", path: "/link/user/assign", json: { person_id: person.id }, envelope: false });
const { item: org } = await registry.organisation.create({ display_name: "Bench org", name: "Bench org", ror: "https://ror.org/03qn8fb07" });
const none = { relevant: false, obtained: false };
const mintDataset = async (name: string) =>
  (
    await datastore.mint({
      associations: { organisation_id: org.id },
      approvals: { ethics_registration: none, ethics_access: none, indigenous_knowledge: none, export_controls: none },
      dataset_info: { name, description: "bench", access_info: { reposited: true }, publisher_id: org.id, created_date: { relevant: false }, published_date: { relevant: false }, license: "https://creativecommons.org/licenses/by/4.0/" },
    })
  ).handle;

const work = mkdtempSync(join(tmpdir(), "ds-bench-"));
const bigFolder = join(work, "big");
mkdirSync(bigFolder);
{
  const out = createWriteStream(join(bigFolder, "large.bin"));
  for (let i = 0; i < 256; i++) if (!out.write(randomBytes(MIB))) await once(out, "drain");
  out.end();
  await once(out, "finish");
}
const smallFolder = join(work, "small");
for (let i = 0; i < 1000; i++) {
  const dir = join(smallFolder, `d${i % 10}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `f${i}.bin`), randomBytes(4096));
}

/** What transfer-worker.mjs does. */
interface Job {
  readonly side: "sdk" | "plain";
  readonly direction: "upload" | "download";
  readonly endpoints: ServiceEndpoints;
  readonly token: string;
  readonly datasetId: string;
  /** Upload: the local folder. Download: the destination folder. */
  readonly folder: string;
  readonly concurrency: number;
  readonly partSize?: number | undefined;
  readonly partConcurrency?: number | undefined;
}

/** What http-floor-worker.mjs does: a bare node:http GET of a presigned URL into `target`. */
interface FloorJob {
  readonly url: string;
  readonly target: string;
}

interface Result {
  seconds: number;
  bytes: number;
  files: number;
  maxRssMiB: number;
  rssBeforeMiB: number;
  /** CPU time of the transfer's process, and of the server process while it ran. */
  cpuSeconds: number;
  serverCpuSeconds: number;
  /** process.memoryUsage() (MiB) at the highest sampled RSS. */
  atPeak: Record<string, number>;
}

/** CPU seconds the server process has used so far (Linux /proc; undefined elsewhere). */
function serverCpuSeconds(): number | undefined {
  try {
    const fields = readFileSync(`/proc/${server.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

async function runWorker(job: Job): Promise<Result> {
  const serverBefore = serverCpuSeconds();
  const result = await runWorkerProcess(job);
  const serverAfter = serverCpuSeconds();
  return { ...result, serverCpuSeconds: serverBefore === undefined || serverAfter === undefined ? Number.NaN : serverAfter - serverBefore };
}

function runWorkerProcess(job: Job | FloorJob, script = "./transfer-worker.mjs"): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [new URL(script, import.meta.url).pathname, JSON.stringify(job)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as Result) : reject(new Error(`worker exited with ${code}`))));
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows: string[] = [];

for (const [label, folder] of [["1 × 256 MiB", bigFolder], ["1,000 × 4 KiB", smallFolder]] as const) {
  const datasets = { sdk: await mintDataset(`sdk ${label}`), plain: await mintDataset(`plain ${label}`) };
  const selected = (direction: string) => ONLY === undefined || `${label} ${direction}`.includes(ONLY);
  // A download-only run first fills each side's dataset as its upload case would have.
  if (!selected("upload") && selected("download")) {
    for (const side of ["sdk", "plain"] as const) await runWorker({ side, direction: "upload", endpoints, token, datasetId: datasets[side], folder, concurrency: CONCURRENCY });
  }
  for (const direction of ["upload", "download"] as const) {
    if (!selected(direction)) continue;
    const runs: Record<"sdk" | "plain", Result[]> = { sdk: [], plain: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 === 0 ? (["sdk", "plain"] as const) : (["plain", "sdk"] as const)) {
        const destination = direction === "download" ? mkdtempSync(join(work, "down-")) : folder;
        runs[side].push(await runWorker({ side, direction, endpoints, token, datasetId: datasets[side], folder: destination, concurrency: CONCURRENCY, partSize: PART_SIZE, partConcurrency: PART_CONCURRENCY }));
        if (direction === "download") rmSync(destination, { recursive: true, force: true });
      }
    }
    const rate = (side: "sdk" | "plain") => median(runs[side].map((r) => r.bytes / MIB / r.seconds));
    const filesRate = (side: "sdk" | "plain") => median(runs[side].map((r) => r.files / r.seconds));
    const [sdk, plain] = [rate("sdk"), rate("plain")];
    const rss = median(runs.sdk.map((r) => r.maxRssMiB));
    const own = median(runs.sdk.map((r) => r.maxRssMiB - r.rssBeforeMiB));
    const plainOwn = median(runs.plain.map((r) => r.maxRssMiB - r.rssBeforeMiB));
    rows.push(
      `${label.padEnd(14)} ${direction.padEnd(8)} sdk ${sdk.toFixed(1).padStart(7)} MiB/s (${filesRate("sdk").toFixed(0).padStart(5)} files/s)   plain ${plain.toFixed(1).padStart(7)} MiB/s (${filesRate("plain").toFixed(0).padStart(5)} files/s)   ratio ${(sdk / plain).toFixed(2)}   sdk peak RSS ${rss.toFixed(0)} MiB, +${own.toFixed(0)} over its pre-transfer RSS (plain ${median(runs.plain.map((r) => r.maxRssMiB)).toFixed(0)} MiB, +${plainOwn.toFixed(0)})`,
    );
    const cpu = (side: "sdk" | "plain") => `client ${median(runs[side].map((r) => r.cpuSeconds)).toFixed(2)} s, server ${median(runs[side].map((r) => r.serverCpuSeconds)).toFixed(2)} s`;
    rows.push(`${"".padEnd(23)} CPU time per transfer (load-independent): sdk ${cpu("sdk")}; plain ${cpu("plain")}`);
    console.log(rows.at(-2));
    console.log(rows.at(-1));
    if (process.env["BENCH_MEMORY"] !== undefined) for (const side of ["sdk", "plain"] as const) console.log(`  ${side} at peak RSS:`, runs[side].map((r) => JSON.stringify(r.atPeak)).join(" "));
    if (direction === "download" && folder === bigFolder) {
      // What any Node process pays for the same download: the floor under both sides' peak RSS.
      const floor: Result[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const { presigned_url: url } = await datastore.presignedUrl(datasets.sdk, "large.bin");
        const destination = mkdtempSync(join(work, "floor-"));
        floor.push(await runWorkerProcess({ url, target: join(destination, "large.bin") }, "./http-floor-worker.mjs"));
        rmSync(destination, { recursive: true, force: true });
      }
      const floorPeak = median(floor.map((r) => r.maxRssMiB));
      const floorBefore = median(floor.map((r) => r.rssBeforeMiB));
      rows.push(
        `${"".padEnd(23)} Node's own floor (node:http GET of a presigned URL into a file, nothing else loaded): peak RSS ${floorPeak.toFixed(0)} MiB, +${median(floor.map((r) => r.maxRssMiB - r.rssBeforeMiB)).toFixed(0)} over its ${floorBefore.toFixed(0)} MiB before; the SDK and plain processes hold ${median(runs.sdk.map((r) => r.rssBeforeMiB)).toFixed(0)} / ${median(runs.plain.map((r) => r.rssBeforeMiB)).toFixed(0)} MiB before (Node + AWS SDK + clients)`,
      );
      console.log(rows.at(-1));
      if (process.env["BENCH_MEMORY"] !== undefined) console.log("  floor at peak RSS:", floor.map((r) => JSON.stringify(r.atPeak)).join(" "));
    }
  }
}

console.log(`\ndatastore transfer bench: ${ROUNDS} rounds each, medians; ${CONCURRENCY} files at once on both sides; ratio = sdk / plain throughput (target >= 0.9); peak RSS of the SDK's process (target < 128 MiB for 256 MiB).`);
console.log(
  "A streamed download's peak RSS is its pre-transfer RSS plus what Node's HTTP client allocates: a fresh ArrayBuffer for every socket read, garbage once written, which V8 frees only when external memory has grown by about 64 MiB. The floor row shows that growth with nothing else loaded; on top of Node + the AWS SDK it puts any download, SDK or plain, over 128 MiB (see the datastore README's Benchmark section).",
);
rmSync(work, { recursive: true, force: true });
server.stdin.end();
await once(server, "exit");
