// The demo's flags; a deployment can also come from the environment (PROVENA_DOMAIN, ...).
import { parseArgs } from "node:util";

export const USAGE = `Usage: pnpm demo [--domain D --realm R --client-id C] [--json] [--out DIR]

Walks all of Provena through provena-sdk: people, organisations, models, templates, datasets,
file transfer, model runs, lineage, search, versions, release and reports.

By default it starts provena-local in process and logs in with the device flow, approved on the
local realm. With --domain (or PROVENA_DOMAIN) it runs against that deployment instead, and you
approve the login in your browser.

  --domain D      Provena domain (env PROVENA_DOMAIN)
  --realm R       Keycloak realm (env PROVENA_REALM; default provena)
  --client-id C   public client with the device flow (env PROVENA_CLIENT_ID; default client-tools)
  --json          print one JSON report on stdout instead of the step lines
  --out DIR       where files, the lineage and the report go (default: a new temp folder)
  -h, --help      show this help
`;

export interface DemoOptions {
  readonly domain: string | undefined;
  readonly realm: string | undefined;
  readonly clientId: string | undefined;
  readonly json: boolean;
  readonly out: string | undefined;
}

export type Parsed = { kind: "run"; options: DemoOptions } | { kind: "help" } | { kind: "error"; message: string };

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): Parsed {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        domain: { type: "string" },
        realm: { type: "string" },
        "client-id": { type: "string" },
        json: { type: "boolean" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help === true) return { kind: "help" };
    const pick = (flag: string | undefined, name: string) => flag ?? (env[name] === "" ? undefined : env[name]);
    return {
      kind: "run",
      options: {
        domain: pick(values.domain, "PROVENA_DOMAIN"),
        realm: pick(values.realm, "PROVENA_REALM"),
        clientId: pick(values["client-id"], "PROVENA_CLIENT_ID"),
        json: values.json === true,
        out: values.out,
      },
    };
  } catch (error) {
    return { kind: "error", message: (error as Error).message };
  }
}
