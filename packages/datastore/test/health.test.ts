// DatastoreClient.health(): the public `GET /` over real HTTP, with no token asked for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, createTransport } from "@provena-sdk/http-core";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { DatastoreClient } from "../src/index.js";

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.stop());

describe("health", () => {
  it("answers the Data Store API's message without asking for a token", async () => {
    let asked = 0;
    const transport = createTransport({ endpoints: server.endpoints, tokenProvider: { getToken: () => Promise.resolve(`t${++asked}`) }, validation: "strict" });
    expect(await new DatastoreClient({ transport }).health()).toEqual({ service: "datastore", message: "Health check successful." });
    expect(asked).toBe(0);
  });

  it("is a NotFoundError when the endpoint is not a Data Store API", async () => {
    const transport = createTransport({ endpoints: { datastore: `${server.origin}/no-such-service` }, retry: false });
    await expect(new DatastoreClient({ transport }).health()).rejects.toBeInstanceOf(NotFoundError);
  });
});
