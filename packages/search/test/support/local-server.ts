// A local server per test file, with its storage in hand so tests can also write registry rows
// directly, and SDK clients that log in with the password grant as a realm user.
import { passwordGrant } from "@provena-sdk/auth-core";
import { createTransport, type Transport } from "@provena-sdk/http-core";
import { memoryStorage, startLocalServer, type LocalServer, type Storage } from "@provena-sdk/local-server";
import { SearchClient } from "../../src/index.js";

export interface TestBed {
  readonly server: LocalServer;
  readonly storage: Storage;
  /** A strict-validating transport that logs in as `username` (password = username). */
  transportFor(username: string): Transport;
  searchClientFor(username: string): SearchClient;
}

export async function startTestBed(): Promise<TestBed> {
  const storage = memoryStorage();
  const server = await startLocalServer({ storage });
  const transportFor = (username: string) =>
    createTransport({
      endpoints: server.endpoints,
      tokenProvider: passwordGrant({ issuer: server.issuer, username, password: username }),
      validation: "strict",
      retry: false,
    });
  return { server, storage, transportFor, searchClientFor: (username) => new SearchClient({ transport: transportFor(username) }) };
}
