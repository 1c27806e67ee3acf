// One measured transfer in a process of its own, so its peak RSS is the transfer's (plain
// JavaScript: running TypeScript would load Node's type stripper into the measured heap).
// Argument: a JSON job (see Job in transfer.bench.ts). Prints one JSON line: { seconds, bytes, files, maxRssMiB, rssBeforeMiB }.
//   side "sdk":   DatasetFiles (credentials from the data store, multipart, checks, progress);
//   side "plain": @aws-sdk/client-s3 commands in a loop with the same credentials and endpoint.
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { createReadStream, createWriteStream } from "node:fs";
import process from "node:process";
import { clearInterval, setInterval } from "node:timers";
import { performance } from "node:perf_hooks";
import { mkdir, readdir, readFile, stat } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { createDatastoreClient } from "@provena-sdk/datastore";
import { DatasetFiles } from "@provena-sdk/datastore/node";

const job = JSON.parse(process.argv[2]);
const datastore = createDatastoreClient({ endpoints: job.endpoints, tokenProvider: { getToken: () => Promise.resolve(job.token) } });

async function pool(items, n, work) {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

async function plain() {
  const access = job.direction === "upload" ? "write" : "read";
  const [{ item }, credentials] = await Promise.all([datastore.fetch(job.datasetId), datastore.credentials(job.datasetId, access)]);
  const client = new S3Client({
    region: credentials.region,
    endpoint: credentials.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, sessionToken: credentials.sessionToken },
  });
  const { bucket_name: bucket, path: prefix } = item.s3;
  let bytes = 0;
  let files = 0;
  if (job.direction === "upload") {
    const entries = (await readdir(job.folder, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    await pool(entries, job.concurrency, async (entry) => {
      const path = join(entry.parentPath, entry.name);
      const size = (await stat(path)).size;
      const key = `${prefix}${relative(job.folder, path).split(sep).join("/")}`;
      const body = size <= 1024 * 1024 ? await readFile(path) : createReadStream(path);
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentLength: size }));
      bytes += size;
      files++;
    });
  } else {
    const keys = [];
    let token;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
      for (const o of page.Contents ?? []) if (!o.Key.endsWith("metadata.json")) keys.push({ key: o.Key, size: o.Size ?? 0 });
      token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
    await pool(keys, job.concurrency, async ({ key, size }) => {
      const target = join(job.folder, ...key.slice(prefix.length).split("/"));
      await mkdir(dirname(target), { recursive: true });
      const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      await pipeline(response.Body, createWriteStream(target));
      bytes += size;
      files++;
    });
  }
  return { bytes, files };
}

async function sdk() {
  const files = new DatasetFiles(datastore, job.datasetId);
  const summary =
    job.direction === "upload"
      ? await files.uploadFolder(job.folder, { concurrency: job.concurrency, skipMatching: false, partSize: job.partSize, partConcurrency: job.partConcurrency })
      : await files.downloadAll(job.folder, { concurrency: job.concurrency, skipMatching: false });
  return { bytes: summary.bytes, files: summary.transferred.length };
}

// What the process holds before the transfer (Node, the AWS SDK, the clients): the peak above it
// is the transfer's own.
await datastore.checkAccess("read");
const rssBeforeMiB = process.memoryUsage().rss / 1024 / 1024;
// What the process held when its RSS was highest (sampled), to see where the memory goes.
let peak = process.memoryUsage();
const sampler = setInterval(() => {
  const now = process.memoryUsage();
  if (now.rss > peak.rss) peak = now;
}, 10);
const cpuBefore = process.cpuUsage();
const started = performance.now();
const moved = job.side === "sdk" ? await sdk() : await plain();
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
clearInterval(sampler);
const mib = (n) => Math.round(n / 1024 / 1024);
const atPeak = { rss: mib(peak.rss), heapTotal: mib(peak.heapTotal), heapUsed: mib(peak.heapUsed), external: mib(peak.external), arrayBuffers: mib(peak.arrayBuffers) };
process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds, ...moved, maxRssMiB: process.resourceUsage().maxRSS / 1024, rssBeforeMiB, atPeak })}\n`);
