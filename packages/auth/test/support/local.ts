// A local server and AuthClients for its users: tokens from the realm's password grant
// (auth-core), strict response validation, real HTTP on loopback. Persons are created through
// the registry's own HTTP route, as a user would.
import { passwordGrant } from "@provena-sdk/auth-core";
import { createTransport } from "@provena-sdk/http-core";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { AuthClient } from "../../src/index.js";

export interface LocalAuth {
  readonly server: LocalServer;
  /** A client whose token comes from a fresh password grant for `username` each time it is built. */
  client(username: string): AuthClient;
  /** The realm roles in a brand-new password-grant token for `username`. */
  freshTokenRoles(username: string): Promise<string[]>;
  /** Creates a Person owned by `username` through `POST /registry/agent/person/create`; its id. */
  createPerson(username: string, displayName: string): Promise<string>;
}

function claims(token: string): { realm_access?: { roles?: string[] } } {
  const payload = token.split(".")[1] ?? "";
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { realm_access?: { roles?: string[] } };
}

export async function startLocalAuth(): Promise<LocalAuth> {
  const server = await startLocalServer();
  const provider = (username: string) => passwordGrant({ issuer: server.issuer, username, password: username });
  return {
    server,
    client: (username) => new AuthClient({ transport: createTransport({ endpoints: server.endpoints, tokenProvider: provider(username), validation: "strict" }) }),
    freshTokenRoles: async (username) => claims(await provider(username).getToken()).realm_access?.roles ?? [],
    async createPerson(username, displayName) {
      const token = await provider(username).getToken();
      const res = await fetch(`${server.endpoints.registry}/registry/agent/person/create`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ display_name: displayName, email: `${username}@example.com`, first_name: username, last_name: "Local", ethics_approved: true }),
      });
      const body = (await res.json()) as { status?: { success: boolean; details: string }; created_item?: { id: string } };
      if (res.status !== 200 || body.created_item === undefined) throw new Error(`Person create failed (${res.status}): ${JSON.stringify(body)}`);
      return body.created_item.id;
    },
  };
}
