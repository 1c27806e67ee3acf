// Command-line flags of `provena-local` (node:util parseArgs, strict: unknown flags fail).
import { parseArgs } from "node:util";
import type { LocalServerOptions } from "../options.js";

export const USAGE = `Usage: provena-local [--port N] [--host ADDR] [--realm NAME] [--users FILE] [--data DIR] [--version]
                     [--throttle RATE[/BURST]] [--faults SPEC]

An offline, Provena-compatible server on one origin: every service API under
/<service-subdomain> and a Keycloak-compatible realm under /auth/realms/<realm>.

Options:
  -p, --port N       TCP port (default 8790; 0 picks a free one and prints it)
      --host ADDR    interface to bind (default 127.0.0.1)
      --realm NAME   realm name (default provena)
      --users FILE   users JSON: {"users":[{"username","password","email",
                     "firstName","lastName","roles":[...]}]}
                     (default: admin with every role; user1, user2, user3 with
                     entity-registry-read and -write; password = username)
      --job-step-delay MS
                     pause before each step of an in-process job (default 25)
      --data DIR     keep all state in DIR (SQLite database + object files) so it
                     survives restarts; tokens issued before a restart stay valid
                     (default: in memory, gone when the server stops)
      --throttle RATE[/BURST]
                     answer 429 + Retry-After above RATE requests/s per token
                     (BURST at once), as Provena's API gateway does
      --faults SPEC  inject failures in front of the APIs, e.g.
                     502=0.05,503=0.05,504=0.05,reset-before=0.02,
                     reset-after=0.02,latency=0.1:300,seed=7
                     (rates are fractions of requests; 504 and reset-after
                     happen after the request was processed)
  -v, --version      print the version and exit
  -h, --help         show this help
`;

/** The CLI's fixed default port, so scripts find it (`createProvenaClient({ local: true })`). */
export const DEFAULT_CLI_PORT = 8790;

export type CliCommand = { kind: "help" } | { kind: "version" } | { kind: "start"; options: LocalServerOptions } | { kind: "error"; message: string };

export function parseCli(argv: readonly string[]): CliCommand {
  let values: { port?: string; host?: string; realm?: string; users?: string; data?: string; "job-step-delay"?: string; throttle?: string; faults?: string; help?: boolean; version?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string", short: "p" },
        host: { type: "string" },
        realm: { type: "string" },
        users: { type: "string" },
        data: { type: "string" },
        "job-step-delay": { type: "string" },
        throttle: { type: "string" },
        faults: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    }));
  } catch (error) {
    return { kind: "error", message: (error as Error).message };
  }
  if (values.help === true) return { kind: "help" };
  if (values.version === true) return { kind: "version" };
  let port = DEFAULT_CLI_PORT;
  if (values.port !== undefined) {
    port = /^\d+$/.test(values.port) ? Number(values.port) : Number.NaN;
    if (!Number.isInteger(port) || port > 65535) return { kind: "error", message: `--port must be an integer 0-65535, got "${values.port}"` };
  }
  if (values.data === "") return { kind: "error", message: "--data needs a folder" };
  let jobStepDelayMs: number | undefined;
  if (values["job-step-delay"] !== undefined) {
    jobStepDelayMs = /^\d+$/.test(values["job-step-delay"]) ? Number(values["job-step-delay"]) : Number.NaN;
    if (!Number.isSafeInteger(jobStepDelayMs) || jobStepDelayMs > 2_147_483_647) return { kind: "error", message: `--job-step-delay must be a whole number of milliseconds, got "${values["job-step-delay"]}"` };
  }
  return {
    kind: "start",
    options: { port, host: values.host, realm: values.realm, usersFile: values.users, dataDir: values.data, jobStepDelayMs, throttle: values.throttle, faults: values.faults },
  };
}
