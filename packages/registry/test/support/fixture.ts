// A local server and registry clients for its users, over real HTTP on loopback.
import { clientCredentials, passwordGrant } from "@provena-sdk/auth-core";
import { startLocalServer } from "@provena-sdk/local-server";
import type { LocalServer, LocalServerOptions } from "@provena-sdk/local-server";
import { createRegistryClient } from "../../src/index.js";
import type { RegistryClient, RegistryClientOptions } from "../../src/index.js";
import { PERSON } from "./examples.js";

export interface Fixture {
  readonly server: LocalServer;
  /** A strict-mode client acting as `username` (password = username). */
  client(username: string, options?: Partial<Omit<RegistryClientOptions, "transport">>): RegistryClient;
  /** A strict-mode client with a service account's token (`data-store-api`, `prov-api`). */
  service(clientId: "data-store-api" | "prov-api"): RegistryClient;
  /** Creates a Person owned by `username` and links the user to it (the registry's link requirement). */
  link(username: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startFixture(options: LocalServerOptions = {}): Promise<Fixture> {
  const server = await startLocalServer(options);
  const clients = new Map<string, RegistryClient>();
  const client = (username: string, options: Partial<Omit<RegistryClientOptions, "transport">> = {}): RegistryClient => {
    const cacheKey = `${username}:${JSON.stringify(options)}`;
    let made = clients.get(cacheKey);
    if (made === undefined) {
      made = createRegistryClient({
        endpoints: server.endpoints,
        tokenProvider: passwordGrant({ issuer: server.issuer, username, password: username }),
        validation: "strict",
        retry: false,
        ...options,
      });
      clients.set(cacheKey, made);
    }
    return made;
  };
  return {
    server,
    client,
    service: (clientId) =>
      createRegistryClient({
        endpoints: server.endpoints,
        tokenProvider: clientCredentials({ issuer: server.issuer, clientId, clientSecret: `${clientId}-secret` }),
        validation: "strict",
        retry: false,
      }),
    async link(username) {
      const registry = client(username);
      const { item } = await registry.person.create({ ...PERSON[0]!, display_name: `${username} person`, email: `${username}@example.com` });
      await registry.transport.request({
        service: "auth",
        method: "POST",
        path: "/link/user/assign",
        json: { person_id: item.id },
        envelope: false,
        operationName: "test.link.assign",
      });
      return item.id;
    },
    stop: () => server.stop(),
  };
}
