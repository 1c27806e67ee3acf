// The release, tried the way a user meets it, without touching the public registry:
//  1. pack every published package (pnpm pack, as `pnpm publish` packs) and lint each tarball:
//     publint, attw under its ESM-only profile, the LICENSE, the package.json metadata, and every
//     source map and declaration map pointing at files the tarball ships;
//  2. in a throwaway copy of the workspace, `changeset version` (with a patch changeset for every
//     package, so each one gets a new version and a CHANGELOG) and `changeset publish` to a
//     Verdaccio on loopback (storage in a temp folder);
//  3. in fresh projects outside the workspace, `npm install` single packages from that registry,
//     compile their README examples (module nodenext, and moduleResolution bundler) and run them
//     against a local server; start `npx provena-local`, call it, stop it.
// Verdaccio serves @provena-sdk/* and provena-sdk only from what was published to it and proxies
// every other package to the npm registry, so the installs resolve third-party dependencies the
// way a user's would (the umbrella is unscoped: a scope-only registry mapping could not serve it).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { runServer } from "verdaccio";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const require = createRequire(import.meta.url);
const tsc = join(dirname(require.resolve("typescript/package.json")), "bin/tsc");
const attw = join(dirname(require.resolve("@arethetypeswrong/cli/package.json")), "dist/index.js");
const typeRoots = join(here, "node_modules/@types");
const started = Date.now();
const failures = [];

function step(message) {
  console.log(`release-check [${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
}

function fail(message) {
  failures.push(message);
  console.error(`release-check: FAIL ${message}`);
}

/** Runs a command without blocking the event loop (Verdaccio serves from this process). */
function run(command, args, { cwd, env, allowFailure = false, timeoutMs = 240_000 } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0 && !allowFailure) reject(new Error(`${command} ${args.join(" ")} (in ${cwd}) exited ${code}:\n${output}`));
      else resolvePromise({ code, output });
    });
  });
}

/** Runs `tasks` (functions returning promises) at most `limit` at a time. */
async function pool(tasks, limit) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

/**
 * `npm install`, tried up to three times: Verdaccio can answer a third-party package 404 while its
 * uplink fetch for it is failing or in flight for the other project (seen once in CI); the
 * package's tarballs are in its storage by the next try.
 */
async function npmInstall(args, options) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run("npm", ["install", ...args], options);
    } catch (error) {
      if (attempt === 3) throw error;
      console.error(`release-check: npm install ${args.join(" ")} failed (try ${attempt} of 3), trying again`);
      await new Promise((r) => setTimeout(r, 3_000 * attempt));
    }
  }
}

// The published packages: every non-private package under packages/.
const published = readdirSync(join(repo, "packages"))
  .filter((dir) => existsSync(join(repo, "packages", dir, "package.json")))
  .map((dir) => ({ dir, manifest: readJson(join(repo, "packages", dir, "package.json")) }))
  .filter(({ manifest }) => manifest.private !== true);
const publishedNames = new Set(published.map(({ manifest }) => manifest.name));

const work = mkdtempSync(join(tmpdir(), "provena-release-check-"));
const licence = readFileSync(join(repo, "LICENSE"), "utf8");
let registryServer;
let localServer;

try {
  // 1. Pack and lint every tarball.
  const packs = join(work, "packs");
  mkdirSync(packs);
  await pool(
    published.map(({ dir }) => () => run("pnpm", ["pack", "--pack-destination", packs], { cwd: join(repo, "packages", dir) })),
    2,
  );
  const tarballs = readdirSync(packs).filter((f) => f.endsWith(".tgz"));
  if (tarballs.length !== published.length) fail(`packed ${tarballs.length} tarballs for ${published.length} packages`);
  step(`packed ${tarballs.length} packages`);
  await pool(
    tarballs.map((tarball) => async () => {
      const unpacked = join(work, "unpacked", tarball.replace(/\.tgz$/, ""));
      mkdirSync(unpacked, { recursive: true });
      await run("tar", ["-xzf", join(packs, tarball), "-C", unpacked]);
      await lintTarball(join(packs, tarball), join(unpacked, "package"));
    }),
    2,
  );
  step(`publint, attw (esm-only), LICENSE, metadata and maps checked on ${tarballs.length} tarballs`);

  // 2. A throwaway copy of the workspace: version and publish there.
  const copy = join(work, "repo");
  copyWorkspace(copy);
  writeFileSync(
    join(copy, ".changeset", "release-check.md"),
    `---\n${published.map(({ manifest }) => `"${manifest.name}": patch`).join("\n")}\n---\n\nrelease-check: a patch release of every package.\n`,
  );
  const changeset = join(repo, "node_modules/@changesets/cli/bin.js");
  await run(process.execPath, [changeset, "version"], { cwd: copy });
  const versions = new Map();
  for (const { dir, manifest } of published) {
    const bumped = readJson(join(copy, "packages", dir, "package.json"));
    versions.set(manifest.name, bumped.version);
    if (bumped.version === manifest.version) fail(`changeset version left ${manifest.name} at ${manifest.version}`);
    const changelog = join(copy, "packages", dir, "CHANGELOG.md");
    const text = existsSync(changelog) ? readFileSync(changelog, "utf8") : "";
    if (!text.includes(`## ${bumped.version}`) || !text.includes("release-check: a patch release of every package."))
      fail(`${manifest.name}: CHANGELOG.md has no ${bumped.version} section with the changeset's text`);
  }
  step(`changeset version: ${published.length} packages bumped, each with a CHANGELOG entry`);

  const registry = await startRegistry(join(work, "verdaccio"));
  const npmrc = join(work, "npmrc");
  const token = await createRegistryUser(registry);
  writeFileSync(npmrc, `registry=${registry}\n${registry.replace(/^http:/, "")}:_authToken=${token}\n`);
  const npmEnv = {
    npm_config_userconfig: npmrc,
    npm_config_registry: registry,
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
  };
  await run(process.execPath, [changeset, "publish", "--no-git-tag"], { cwd: copy, env: npmEnv });
  for (const [name, version] of versions) {
    const response = await fetch(`${registry}${name.replace("/", "%2f")}`);
    const body = response.ok ? await response.json() : {};
    if (body.versions?.[version] === undefined) fail(`${name}@${version} is not in the registry after changeset publish`);
  }
  step(`changeset publish: ${versions.size} packages in Verdaccio at ${registry}`);

  // 3. Fresh projects outside the workspace, the two in parallel.
  const registryProject = join(work, "consumer-registry");
  const umbrellaProject = join(work, "consumer-umbrella");
  // The umbrella README's example for provena-local, pointed at the one `npx` starts below.
  const umbrellaExample = readmeExample("provena-sdk", (code) => /local: true/.test(code)).replace(
    /local: true/g,
    `local: { origin: process.env["PROVENA_LOCAL_ORIGIN"] }`,
  );
  const umbrellaReady = (async () => {
    await installAlone(umbrellaProject, "provena-sdk", versions, npmEnv);
    step("npm install provena-sdk alone in a fresh project");
    await compile(umbrellaProject, umbrellaExample);
  })();
  umbrellaReady.catch(() => {}); // awaited below; this only keeps an early failure from being "unhandled"
  // The registry README's offline example (it starts a local server in-process): install what it
  // imports besides the registry, compile it both ways, run it.
  await installAlone(registryProject, "@provena-sdk/registry", versions, npmEnv);
  step("npm install @provena-sdk/registry alone in a fresh project");
  const registryExample = readmeExample("registry", (code) => code.includes('"@provena-sdk/local-server"'));
  const extra = importedPackages(registryExample).filter((name) => name !== "@provena-sdk/registry");
  await npmInstall(extra, { cwd: registryProject, env: npmEnv });
  await compile(registryProject, registryExample);
  await runExample(registryProject);
  step(`registry README example compiled (nodenext, bundler) and run (with ${extra.join(", ")})`);

  // `npx provena-local` from the project that now has it: start it, call it, run the umbrella's
  // example against it, stop it.
  localServer = await startProvenaLocal(registryProject, npmEnv);
  const health = await fetch(`${localServer.origin}/registry-api/`);
  const realm = await fetch(`${localServer.origin}/auth/realms/provena/.well-known/openid-configuration`);
  if (!health.ok || !realm.ok || (await realm.json()).issuer !== `${localServer.origin}/auth/realms/provena`)
    fail(`npx provena-local answered ${health.status} on /registry-api/ and ${realm.status} on the realm`);
  await umbrellaReady;
  await runExample(umbrellaProject, { PROVENA_LOCAL_ORIGIN: localServer.origin });
  // As Ctrl+C would: the signal goes to the whole process group; the server must say it stops,
  // and its port must be closed once the processes are gone.
  const origin = localServer.origin;
  await localServer.stop();
  localServer = undefined;
  const after = await fetch(`${origin}/registry-api/`).then(
    (response) => `answered ${response.status}`,
    () => "closed",
  );
  if (after !== "closed") fail(`provena-local still ${after} after SIGTERM`);
  step("npx provena-local started, answered and stopped; the umbrella README example ran against it");
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  if (localServer !== undefined) await localServer.stop();
  if (registryServer !== undefined) await new Promise((r) => registryServer.close(r));
  if (process.env.RELEASE_CHECK_KEEP === undefined) rmSync(work, { recursive: true, force: true });
  else console.log(`release-check: kept ${work}`);
}

if (failures.length > 0) {
  console.error(`release-check: ${failures.length} problem(s)`);
  process.exit(1);
}
step("passed");
process.exit(0);

// ---------------------------------------------------------------------------------------------

async function lintTarball(tarball, root) {
  const manifest = readJson(join(root, "package.json"));
  const name = manifest.name;
  // publint on exactly the tarball's files (pack: false lints the folder as is).
  const { messages } = await publint({ pkgDir: root, pack: false, level: "suggestion", strict: true });
  for (const message of messages) fail(`${name}: publint ${message.type}: ${formatMessage(message, manifest) ?? message.code}`);
  // attw on the tarball, ESM-only: node10 and CommonJS resolution are not supported on purpose.
  const result = await run(process.execPath, [attw, tarball, "--profile", "esm-only", "--format", "table-flipped", "--no-emoji", "--no-color"], {
    allowFailure: true,
  });
  if (result.code !== 0) fail(`${name}: attw --profile esm-only found problems:\n${result.output}`);
  // The licence, and the metadata a registry page shows.
  if (!existsSync(join(root, "LICENSE")) || readFileSync(join(root, "LICENSE"), "utf8") !== licence)
    fail(`${name}: the tarball's LICENSE is missing or differs from the repository's`);
  if (manifest.license !== "BSD-3-Clause") fail(`${name}: license is ${manifest.license}`);
  if (manifest.repository?.type !== "git" || typeof manifest.repository?.url !== "string" || typeof manifest.repository?.directory !== "string")
    fail(`${name}: repository needs type, url and directory`);
  else if (!existsSync(join(repo, manifest.repository.directory, "package.json")) || readJson(join(repo, manifest.repository.directory, "package.json")).name !== name)
    fail(`${name}: repository.directory ${manifest.repository.directory} is not this package`);
  if (typeof manifest.homepage !== "string" || typeof manifest.bugs?.url !== "string") fail(`${name}: homepage and bugs.url are required`);
  if (!Array.isArray(manifest.keywords) || manifest.keywords.length === 0) fail(`${name}: keywords are required`);
  // Every map's sources ship with it: a source map or declaration map pointing at a file the
  // tarball lacks breaks debugging and "go to definition".
  let maps = 0;
  for (const file of walk(root).filter((f) => f.endsWith(".map"))) {
    maps++;
    const map = readJson(file);
    for (const source of map.sources ?? []) {
      const target = resolve(dirname(file), map.sourceRoot ?? "", source);
      if (!existsSync(target)) fail(`${name}: ${relative(root, file)} points at ${source}, which the tarball does not ship`);
    }
  }
  if (maps === 0) fail(`${name}: no source or declaration maps in the tarball (expected them beside dist/)`);
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** What `changeset version` and `changeset publish` need: manifests, built output, workspace links. */
function copyWorkspace(copy) {
  mkdirSync(copy);
  for (const file of ["package.json", "pnpm-workspace.yaml", "LICENSE"]) cpSync(join(repo, file), join(copy, file));
  cpSync(join(repo, ".changeset"), join(copy, ".changeset"), { recursive: true });
  // Each package's node_modules holds relative symlinks: workspace siblings resolve inside the copy
  // (so publish writes their bumped versions), third-party ones through this link to the store.
  symlinkSync(join(repo, "node_modules"), join(copy, "node_modules"), "dir");
  const skip = new Set(["test", "bench", ".turbo", "coverage", "reports"]);
  for (const { dir } of published) {
    cpSync(join(repo, "packages", dir), join(copy, "packages", dir), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => !skip.has(relative(join(repo, "packages", dir), source).split("/")[0]),
    });
  }
}

async function startRegistry(dir) {
  const uplinkProxy = process.env.HTTPS_PROXY ?? process.env.https_proxy;
  mkdirSync(dir, { recursive: true });
  const local = { access: "$all", publish: "$authenticated" };
  const config = [
    `storage: ${join(dir, "storage")}`,
    "auth:",
    "  htpasswd:",
    `    file: ${join(dir, "htpasswd")}`,
    "uplinks:",
    "  npmjs:",
    "    url: https://registry.npmjs.org/",
    "    timeout: 60s",
    // Behind a proxy (as some CI machines are), the uplink must use it too.
    ...(uplinkProxy === undefined ? [] : [`    https_proxy: ${uplinkProxy}`]),
    // One failed fetch must not mark the public registry offline for the rest of the run.
    "    max_fails: 10",
    "    fail_timeout: 5s",
    "packages:",
    // Ours only from here: never proxied, whatever the public registry holds under these names.
    `  "@provena-sdk/*": { access: ${local.access}, publish: ${local.publish} }`,
    `  "provena-sdk": { access: ${local.access}, publish: ${local.publish} }`,
    `  "**": { access: $all, publish: $authenticated, proxy: npmjs }`,
    "log: { type: stdout, format: pretty, level: error }",
    "",
  ].join("\n");
  const configPath = join(dir, "config.yaml");
  writeFileSync(configPath, config);
  registryServer = await runServer(configPath);
  await new Promise((r, reject) => {
    registryServer.once("error", reject);
    registryServer.listen(0, "127.0.0.1", r);
  });
  return `http://127.0.0.1:${registryServer.address().port}/`;
}

/** Registers a throwaway user the way `npm adduser` does; Verdaccio answers with a token. */
async function createRegistryUser(registry) {
  const name = `release-check-${createHash("sha256").update(work).digest("hex").slice(0, 8)}`;
  const password = createHash("sha256").update(`${work}-password`).digest("hex");
  const response = await fetch(`${registry}-/user/org.couchdb.user:${name}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password, type: "user", roles: [], date: new Date().toISOString() }),
  });
  const body = await response.json();
  if (!response.ok || typeof body.token !== "string") throw new Error(`Verdaccio refused the user: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

/** The workspace packages `name` depends on at run time, itself included. */
function workspaceClosure(name, into = new Set()) {
  if (into.has(name)) return into;
  into.add(name);
  const manifest = published.find(({ manifest }) => manifest.name === name)?.manifest;
  for (const dep of Object.keys({ ...manifest?.dependencies, ...manifest?.peerDependencies })) if (publishedNames.has(dep)) workspaceClosure(dep, into);
  return into;
}

async function installAlone(project, name, versions, env) {
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2));
  await npmInstall([name], { cwd: project, env });
  const expected = [...workspaceClosure(name)].sort();
  const installed = installedOurs(project);
  if (installed.join() !== expected.join()) fail(`npm install ${name} brought ${installed.join(", ")}; expected ${expected.join(", ")}`);
  for (const pkg of installed) {
    const version = readJson(join(project, "node_modules", pkg, "package.json")).version;
    if (version !== versions.get(pkg)) fail(`${pkg} installed at ${version}, not the published ${versions.get(pkg)}`);
  }
  const ls = await run("npm", ["ls", "--all"], { cwd: project, env, allowFailure: true });
  if (ls.code !== 0) fail(`npm ls in the ${name} project reports missing or invalid dependencies:\n${ls.output}`);
}

function installedOurs(project) {
  const modules = join(project, "node_modules");
  const scoped = existsSync(join(modules, "@provena-sdk")) ? readdirSync(join(modules, "@provena-sdk")).map((d) => `@provena-sdk/${d}`) : [];
  return [...scoped, ...(existsSync(join(modules, "provena-sdk")) ? ["provena-sdk"] : [])].sort();
}

/** The first ```ts block of packages/<dir>/README.md that `pick` accepts. */
function readmeExample(dir, pick) {
  const readme = readFileSync(join(repo, "packages", dir, "README.md"), "utf8");
  const code = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]).find(pick);
  if (code === undefined) throw new Error(`packages/${dir}/README.md has no example the release check can run`);
  return code;
}

function importedPackages(code) {
  return [...new Set([...code.matchAll(/from "((?:@[^/"]+\/)?[^/"]+)[^"]*"/g)].map((m) => m[1]))];
}

/** Compiles `code` under module nodenext (emitting dist/) and under moduleResolution bundler. */
async function compile(project, code) {
  mkdirSync(join(project, "src"), { recursive: true });
  writeFileSync(join(project, "src", "example.ts"), `export {};\n${code}`);
  // skipLibCheck off: the published declarations must compile in a consumer's project too.
  const base = { strict: true, target: "es2023", lib: ["es2023", "dom"], types: ["node"], typeRoots: [typeRoots], skipLibCheck: false };
  const configs = {
    "tsconfig.nodenext.json": { ...base, module: "nodenext", moduleResolution: "nodenext", rootDir: "src", outDir: "dist" },
    "tsconfig.bundler.json": { ...base, module: "esnext", moduleResolution: "bundler", noEmit: true },
  };
  for (const [file, compilerOptions] of Object.entries(configs)) {
    writeFileSync(join(project, file), JSON.stringify({ compilerOptions, include: ["src"] }, null, 2));
    const result = await run(process.execPath, [tsc, "-p", file], { cwd: project, allowFailure: true });
    if (result.code !== 0) fail(`${relative(work, project)}: tsc -p ${file} exited ${result.code}:\n${result.output}`);
  }
}

async function runExample(project, env = {}) {
  const result = await run(process.execPath, ["dist/example.js"], { cwd: project, env, allowFailure: true, timeoutMs: 120_000 });
  if (result.code !== 0) fail(`${relative(work, project)}: the README example exited ${result.code}:\n${result.output}`);
}

/** `npx provena-local --port 0` in `project`; resolves once it prints where it listens. */
function startProvenaLocal(project, env) {
  return new Promise((resolvePromise, reject) => {
    // Its own process group: npx runs the bin in a child, and SIGTERM must reach that one.
    const child = spawn("npx", ["--no-install", "provena-local", "--port", "0"], {
      cwd: project,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let output = "";
    const exited = new Promise((r) => child.on("close", (code) => r(code)));
    const timer = setTimeout(() => {
      process.kill(-child.pid, "SIGKILL");
      reject(new Error(`npx provena-local printed no address within 60 s:\n${output}`));
    }, 60_000);
    let listening = false;
    const onData = (chunk) => {
      output += chunk;
      const match = /provena-local listening on (http:\/\/\S+)/.exec(output);
      if (match === null || listening) return;
      listening = true;
      clearTimeout(timer);
      resolvePromise({
        origin: match[1],
        stop: async () => {
          process.kill(-child.pid, "SIGTERM");
          await exited;
          if (!/SIGTERM received, stopping/.test(output)) fail(`npx provena-local did not report a clean stop:\n${output}`);
        },
      });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    exited.then((code) => reject(new Error(`npx provena-local exited ${code} before listening:\n${output}`)));
  });
}
