// A local server and data store clients for its users, over real HTTP on loopback. Password =
// username; `admin` holds every realm role, `user1..3` registry read + write.
import { passwordGrant } from "@provena-sdk/auth-core";
import { startLocalServer } from "@provena-sdk/local-server";
import type { LocalServer, LocalServerOptions } from "@provena-sdk/local-server";
import { createRegistryClient } from "@provena-sdk/registry";
import type { RegistryClient } from "@provena-sdk/registry";
import { createDatastoreClient } from "../../src/index.js";
import type { CollectionFormat, DatastoreClient, DatastoreClientOptions } from "../../src/index.js";
import { collectionFormat } from "./metadata.js";

export interface Fixture {
  readonly server: LocalServer;
  /** A strict-mode data store client acting as `username`. */
  client(username: string, options?: Partial<Omit<DatastoreClientOptions, "transport">>): DatastoreClient;
  registry(username: string): RegistryClient;
  /** Creates a Person owned by `username` and links the user to it; returns the Person id. */
  link(username: string): Promise<string>;
  /** Links `username` and creates an organisation: valid metadata for a new dataset of theirs. */
  metadataFor(username: string, name?: string): Promise<CollectionFormat>;
  stop(): Promise<void>;
}

export async function startFixture(options: LocalServerOptions = {}): Promise<Fixture> {
  const server = await startLocalServer({ jobStepDelayMs: 0, ...options });
  const tokens = new Map<string, ReturnType<typeof passwordGrant>>();
  const tokenProvider = (username: string) => {
    let provider = tokens.get(username);
    if (provider === undefined) {
      provider = passwordGrant({ issuer: server.issuer, username, password: username });
      tokens.set(username, provider);
    }
    return provider;
  };
  const registries = new Map<string, RegistryClient>();
  const registry = (username: string): RegistryClient => {
    let made = registries.get(username);
    if (made === undefined) {
      made = createRegistryClient({ endpoints: server.endpoints, tokenProvider: tokenProvider(username), validation: "strict", retry: false });
      registries.set(username, made);
    }
    return made;
  };
  const people = new Map<string, Promise<string>>();
  const link = (username: string): Promise<string> => {
    let person = people.get(username);
    if (person === undefined) {
      person = (async () => {
        const client = registry(username);
        const { item } = await client.person.create({ display_name: `${username} person`, email: `${username}@example.com`, first_name: username, last_name: "Local", ethics_approved: true });
        await client.transport.request({ service: "auth", method: "POST", path: "/link/user/assign", json: { person_id: item.id }, envelope: false, operationName: "test.link.assign" });
        return item.id;
      })();
      people.set(username, person);
    }
    return person;
  };
  return {
    server,
    client: (username, clientOptions = {}) =>
      createDatastoreClient({ endpoints: server.endpoints, tokenProvider: tokenProvider(username), validation: "strict", retry: false, ...clientOptions }),
    registry,
    link,
    async metadataFor(username, name) {
      const person = await link(username);
      const { item: organisation } = await registry(username).organisation.create({ display_name: "CSIRO", name: "CSIRO", ror: "https://ror.org/03qn8fb07" });
      return collectionFormat(organisation.id, person, name);
    },
    stop: () => server.stop(),
  };
}
