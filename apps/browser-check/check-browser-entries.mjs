// The design promise: every main entry runs in a browser, Node-only code sits behind `/node`.
// This bundles each published entry (the `/node` subpaths and the local server excepted) for
// the browser platform; a Node built-in anywhere in its import graph fails the bundle.
import { build } from "esbuild";

const ENTRIES = [
  "@provena-sdk/http-core",
  "@provena-sdk/auth-core",
  "@provena-sdk/models/registry",
  "@provena-sdk/models/jobs",
  "@provena-sdk/models/auth",
  "@provena-sdk/models/search",
  "@provena-sdk/registry",
  "@provena-sdk/registry/subtypes",
  "@provena-sdk/jobs",
  "@provena-sdk/auth",
  "@provena-sdk/search",
  "@provena-sdk/models/datastore",
  "@provena-sdk/models/prov",
  "@provena-sdk/models/handle",
  "@provena-sdk/datastore",
  // Browser uploads of File/Blob: the AWS SDK, kept out of the main entry.
  "@provena-sdk/datastore/browser",
  "@provena-sdk/prov",
  "@provena-sdk/handle",
  "provena-sdk",
];

let failed = 0;
for (const entry of ENTRIES) {
  try {
    const result = await build({
      stdin: { contents: `export * from ${JSON.stringify(entry)};`, resolveDir: import.meta.dirname, loader: "js" },
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
      metafile: true,
    });
    const bytes = result.outputFiles[0].contents.length;
    console.log(`ok      ${entry} (${(bytes / 1024).toFixed(0)} KiB unminified)`);
  } catch (error) {
    failed++;
    const messages = (error.errors ?? [{ text: String(error) }]).map((e) => `${e.text}${e.location ? ` (${e.location.file})` : ""}`);
    console.error(`FAILED  ${entry}\n        ${messages.join("\n        ")}`);
  }
}
console.log(`browser-check: ${ENTRIES.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
