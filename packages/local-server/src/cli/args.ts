// Command-line flags of `provena-local` (node:util parseArgs, strict: unknown flags fail).
import { parseArgs } from "node:util";
import type { LocalServerOptions } from "../options.js";

export const USAGE = `Usage: provena-local [--port N] [--host ADDR] [--realm NAME] [--users FILE]

An offline, Provena-compatible server on one origin: every service API under
/<service-subdomain> and a Keycloak-compatible realm under /auth/realms/<realm>.

Options:
  -p, --port N       TCP port (default 0: pick a free one; the chosen one is printed)
      --host ADDR    interface to bind (default 127.0.0.1)
      --realm NAME   realm name (default provena)
      --users FILE   users JSON: {"users":[{"username","password","email",
                     "firstName","lastName","roles":[...]}]}
                     (default: admin with every role; user1, user2, user3 with
                     entity-registry-read and -write; password = username)
  -h, --help         show this help
`;

export type CliCommand = { kind: "help" } | { kind: "start"; options: LocalServerOptions } | { kind: "error"; message: string };

export function parseCli(argv: readonly string[]): CliCommand {
  let values: { port?: string; host?: string; realm?: string; users?: string; help?: boolean };
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
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return { kind: "error", message: (error as Error).message };
  }
  if (values.help === true) return { kind: "help" };
  let port: number | undefined;
  if (values.port !== undefined) {
    port = /^\d+$/.test(values.port) ? Number(values.port) : Number.NaN;
    if (!Number.isInteger(port) || port > 65535) return { kind: "error", message: `--port must be an integer 0-65535, got "${values.port}"` };
  }
  return { kind: "start", options: { port, host: values.host, realm: values.realm, usersFile: values.users } };
}
