// `pnpm demo`: start provena-local (unless pointed at a deployment), log in with the device flow,
// walk every service, print a summary (or --json), exit 0 only when every step passed.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { deviceFlow } from "@provena-sdk/auth-core/node";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { createProvenaClient, type TokenProvider } from "provena-sdk";
import { terminalPrompt } from "provena-sdk/node";
import { parseOptions, USAGE, type DemoOptions } from "./options.js";
import { runSteps } from "./runner.js";
import { STEPS, type DemoState } from "./steps.js";

async function main(): Promise<number> {
  const parsed = parseOptions(process.argv.slice(2), process.env);
  if (parsed.kind === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.kind === "error") {
    process.stderr.write(`demo: ${parsed.message}\n${USAGE}`);
    return 2;
  }
  const options = parsed.options;
  const outDir = options.out === undefined ? await mkdtemp(join(tmpdir(), "provena-demo-")) : resolve(options.out);
  const tag = `demo-${Date.now().toString(36)}`;
  let server: LocalServer | undefined;
  try {
    if (options.domain === undefined) server = await startLocalServer({ devicePollIntervalSeconds: 0 });
    const client = createProvenaClient(connection(options, server));
    const target = server === undefined ? `${options.domain} (realm ${options.realm ?? "provena"})` : `provena-local at ${server.origin} (in process)`;
    if (!options.json) process.stdout.write(`provena-sdk demo against ${target}\nfiles in ${outDir}\n\n`);
    const state: DemoState = { client, outDir, tag };
    const report = await runSteps(STEPS, state, { human: !options.json });
    if (options.json) process.stdout.write(`${JSON.stringify({ target, outDir, ...report }, null, 2)}\n`);
    return report.ok ? 0 : 1;
  } finally {
    await server?.stop();
  }
}

/** The local server approves its own device flow; a real deployment shows the prompt to a person. */
function connection(options: DemoOptions, server: LocalServer | undefined) {
  if (server !== undefined) {
    const auth: TokenProvider = deviceFlow({
      issuer: server.issuer,
      clientId: options.clientId,
      onPrompt: (prompt) => server.approveDevice(prompt.userCode, "admin"),
    });
    return { endpoints: server.endpoints, auth, env: {} };
  }
  const { domain, realm = "provena", clientId } = options;
  return {
    domain,
    realm,
    auth: deviceFlow({ domain, realm, clientId, openBrowser: process.stderr.isTTY === true, onPrompt: (prompt) => terminalPrompt(prompt) }),
  };
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`demo: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
    process.exitCode = 1;
  },
);
