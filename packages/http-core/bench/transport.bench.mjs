// http-core benchmark (`pnpm bench`), against the local server on loopback, in one run:
//  1. one organisation fetch, interleaved call by call: raw fetch + JSON.parse, a bare
//     `ky.get().json()`, and the SDK's registry client (transport on ky, lenient validation);
//     reports SDK : bare ky (target ≤ 1.15) and SDK : raw fetch;
//  2. a throttled workload: 200 creates at concurrency 50 with default settings through a proxy
//     allowing 20 requests/s (burst 10): completed, requests sent, wall time next to the ideal.
// Plain .mjs: it drives packages built on http-core (registry, local-server), which http-core's
// own type graph cannot depend on; turbo builds them first (turbo.json, http-core#bench).
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import ky from "ky";
import { createTransport } from "../dist/index.js";
import { RegistryClient } from "../../registry/dist/index.js";
import { endpointsVia, startThrottleProxy } from "../test/support/throttle-proxy.ts";

const FETCH_ITERATIONS = 3_000;
const CREATES = 200;
const CONCURRENCY = 50;
const RATE = 20;
const BURST = 10;

const child = spawn(process.execPath, [new URL("./server-process.mjs", import.meta.url).pathname], { stdio: ["pipe", "pipe", "inherit"] });
const firstLine = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next();
const server = JSON.parse(String(firstLine.value));
const token = server.token;
const tokenProvider = { getToken: () => Promise.resolve(token) };
const client = new RegistryClient({ transport: createTransport({ endpoints: server.endpoints, tokenProvider }) });
const { item } = await client.organisation.create({ display_name: "Bench org", name: "Bench org", ror: "http://example.org/bench" });
const url = `${server.endpoints.registry}/registry/agent/organisation/fetch?id=${encodeURIComponent(item.id)}`;
const headers = { authorization: `Bearer ${token}`, accept: "application/json" };

const cases = {
  "raw fetch": async () => JSON.parse(await (await fetch(url, { headers })).text()),
  "bare ky.get().json()": () => ky.get(url, { headers }).json(),
  "SDK registry fetch": () => client.organisation.fetch(item.id),
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// Interleaved one call at a time, rotating the order, so a busy machine's drift lands on all alike.
const names = Object.keys(cases);
const times = Object.fromEntries(names.map((n) => [n, []]));
for (let i = 0; i < 300; i++) for (const n of names) await cases[n](); // warm-up: JIT, connections, models
for (let i = 0; i < FETCH_ITERATIONS; i++) {
  for (let j = 0; j < names.length; j++) {
    const n = names[(i + j) % names.length];
    const start = performance.now();
    await cases[n]();
    times[n].push(performance.now() - start);
  }
}
const med = Object.fromEntries(names.map((n) => [n, median(times[n]) * 1000]));

// The throttled workload, default settings.
const proxy = await startThrottleProxy({ target: new URL(server.endpoints.registry).origin, ratePerSecond: RATE, burst: BURST });
const throttled = createTransport({ endpoints: endpointsVia(server.endpoints, proxy.origin), tokenProvider });
let next = 0;
let completed = 0;
const failures = [];
const started = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < CREATES) {
      const n = next++;
      await throttled
        .request({ service: "registry", method: "POST", path: "/registry/agent/organisation/create", json: { display_name: `t-${n}`, name: `t-${n}`, ror: "http://example.org/t" } })
        .then(() => completed++, (error) => failures.push(String(error)));
    }
  }),
);
const wallS = (performance.now() - started) / 1000;
const idealS = (CREATES - BURST) / RATE;
await proxy.close();
child.stdin.end();

console.log(`\n@provena-sdk/http-core benchmark (local server on loopback, one organisation fetch, ${FETCH_ITERATIONS} interleaved rounds, medians)\n`);
for (const n of names) console.log(`${n.padEnd(24)}${med[n].toFixed(0).padStart(7)} µs`);
const sdkKy = med["SDK registry fetch"] / med["bare ky.get().json()"];
const sdkRaw = med["SDK registry fetch"] / med["raw fetch"];
console.log(`\nSDK : bare ky   ${sdkKy.toFixed(3)}  (target ≤ 1.15) ${sdkKy <= 1.15 ? "ok" : "OVER TARGET"}`);
console.log(`SDK : raw fetch ${sdkRaw.toFixed(3)}`);
console.log(`\nThrottled workload: ${CREATES} creates, concurrency ${CONCURRENCY}, proxy at ${RATE} req/s (burst ${BURST}), default settings`);
console.log(`completed        ${completed}/${CREATES}${failures.length > 0 ? `  (first failure: ${failures[0]})` : ""}`);
console.log(`requests sent    ${proxy.requests.length} (${proxy.throttled()} answered 429, ${proxy.forwarded()} forwarded)`);
console.log(`wall time        ${wallS.toFixed(1)} s  (ideal at ${RATE} req/s after the burst: ${idealS.toFixed(1)} s; ratio ${(wallS / idealS).toFixed(2)})`);
