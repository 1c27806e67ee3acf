// What `provena-local` prints on start: origin, endpoint map, realm, clients and users.
// Never a password or secret; only the documented defaults are mentioned.
import { DEFAULT_CLIENTS, type RealmClientConfig } from "../realm/clients.js";
import { join } from "node:path";
import type { LocalServer } from "../server.js";
import { DATABASE_FILE } from "../store/sqlite-storage.js";

function describeClient(client: RealmClientConfig): string {
  const grants = [
    client.deviceFlow === true ? "device flow" : undefined,
    client.offlineAccess === true ? "offline_access" : undefined,
    client.directAccessGrants === true ? "password grant" : undefined,
    client.serviceAccount === true ? "client credentials, secret <clientId>-secret" : undefined,
  ].filter((g) => g !== undefined);
  return `${client.clientId} (${grants.join(", ")})`;
}

export function startBanner(server: LocalServer, defaultUsers: boolean): string {
  const pad = (s: string, n: number) => s.padEnd(n);
  const lines = [
    `provena-local listening on ${server.origin}`,
    server.dataDir === undefined
      ? "State: in memory (lost when the server stops; use --data DIR to keep it)"
      : `State: data folder ${server.dataDir} (database ${join(server.dataDir, DATABASE_FILE)}, objects in ${join(server.dataDir, "objects")})`,
    "",
    "Services:",
    ...Object.entries(server.endpoints).map(([name, url]) => `  ${pad(name, 10)} ${url}`),
    `  ${pad("s3", 10)} ${server.datasetStorage.endpoint} (S3-compatible, path-style)`,
    "",
    `Keycloak realm "${server.realmName}":`,
    `  issuer     ${server.issuer}`,
    `  token      ${server.issuer}/protocol/openid-connect/token`,
    `  device     ${server.issuer}/protocol/openid-connect/auth/device`,
    `  verify     ${server.issuer}/device`,
    "  clients",
    ...DEFAULT_CLIENTS.map((c) => `    ${describeClient(c)}`),
    "",
    "Users:",
    ...server.users.map((u) => `  ${pad(u.username, 10)} ${u.roles.length === 0 ? "(no roles)" : u.roles.join(", ")}`),
    ...(defaultUsers ? ["  (default users: each password equals the username)"] : []),
    "",
    "Press Ctrl+C to stop.",
  ];
  return lines.join("\n");
}
