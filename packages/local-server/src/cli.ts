// `provena-local`: start the server, print how to reach it, stop cleanly on SIGINT/SIGTERM.
import { parseCli, USAGE } from "./cli/args.js";
import { startBanner } from "./cli/banner.js";
import { LocalServerError } from "./errors.js";
import { startLocalServer } from "./server.js";
import { readFile } from "node:fs/promises";

/** The version in this package's package.json: the nearest one up from this file named for it. */
async function packageVersion(): Promise<string> {
  for (let dir = new URL(".", import.meta.url); ; dir = new URL("..", dir)) {
    try {
      const manifest = JSON.parse(await readFile(new URL("package.json", dir), "utf8")) as { name?: string; version?: string };
      if (manifest.name === "@provena-sdk/local-server" && manifest.version !== undefined) return manifest.version;
    } catch {
      // no (readable) package.json here: keep walking up
    }
    if (dir.pathname === "/") return "unknown";
  }
}

async function main(argv: readonly string[]): Promise<number | undefined> {
  const command = parseCli(argv);
  if (command.kind === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command.kind === "version") {
    process.stdout.write(`provena-local ${await packageVersion()}\n`);
    return 0;
  }
  if (command.kind === "error") {
    process.stderr.write(`provena-local: ${command.message}\nRun "provena-local --help" for usage.\n`);
    return 2;
  }
  const server = await startLocalServer(command.options);
  console.log(startBanner(server, command.options.usersFile === undefined));
  // Said last, where it is seen: a server that misbehaves on purpose.
  const { throttle, faults } = command.options;
  if (typeof throttle === "string") console.log(`Throttle on the service APIs: ${throttle} (requests/s[/burst] per token)`);
  if (typeof faults === "string") console.log(`Faults injected in front of the service APIs: ${faults}`);
  const shutdown = (signal: NodeJS.Signals) => {
    console.log(`\nprovena-local: ${signal} received, stopping.`);
    server.stop().then(
      () => {
        process.exitCode = 0;
      },
      (error: unknown) => {
        console.error("provena-local: error while stopping:", error);
        process.exitCode = 1;
      },
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  return undefined;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof LocalServerError ? error.message : String(error);
    process.stderr.write(`provena-local: ${message}\n`);
    process.exitCode = 1;
  },
);
