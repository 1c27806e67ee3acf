// `provena-local`: start the server, print how to reach it, stop cleanly on SIGINT/SIGTERM.
import { parseCli, USAGE } from "./cli/args.js";
import { startBanner } from "./cli/banner.js";
import { LocalServerError } from "./errors.js";
import { startLocalServer } from "./server.js";

async function main(argv: readonly string[]): Promise<number | undefined> {
  const command = parseCli(argv);
  if (command.kind === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command.kind === "error") {
    process.stderr.write(`provena-local: ${command.message}\nRun "provena-local --help" for usage.\n`);
    return 2;
  }
  const server = await startLocalServer(command.options);
  console.log(startBanner(server, command.options.usersFile === undefined));
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
