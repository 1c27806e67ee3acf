// The floor any Node process pays to download the same object: node:http GET of a presigned URL
// piped into a file, with nothing else loaded (no AWS SDK, no Provena packages). Argument: a JSON
// job { url, target }. Prints one JSON line like transfer-worker.mjs: { seconds, maxRssMiB, rssBeforeMiB, atPeak }.
import { createWriteStream } from "node:fs";
import { get } from "node:http";
import process from "node:process";
import { performance } from "node:perf_hooks";
import { pipeline } from "node:stream/promises";
import { clearInterval, setInterval } from "node:timers";

const job = JSON.parse(process.argv[2]);
const rssBeforeMiB = process.memoryUsage().rss / 1024 / 1024;
let peak = process.memoryUsage();
const sampler = setInterval(() => {
  const now = process.memoryUsage();
  if (now.rss > peak.rss) peak = now;
}, 10);
const started = performance.now();
const bytes = await new Promise((resolve, reject) => {
  get(job.url, (response) => {
    if (response.statusCode !== 200) {
      response.resume();
      reject(new Error(`GET answered ${response.statusCode}`));
      return;
    }
    let received = 0;
    response.on("data", (chunk) => (received += chunk.length));
    pipeline(response, createWriteStream(job.target)).then(() => resolve(received), reject);
  }).on("error", reject);
});
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
const mib = (n) => Math.round(n / 1024 / 1024);
const atPeak = { rss: mib(peak.rss), heapTotal: mib(peak.heapTotal), heapUsed: mib(peak.heapUsed), external: mib(peak.external), arrayBuffers: mib(peak.arrayBuffers) };
process.stdout.write(`${JSON.stringify({ seconds, bytes, files: 1, maxRssMiB: process.resourceUsage().maxRSS / 1024, rssBeforeMiB, atPeak })}\n`);
