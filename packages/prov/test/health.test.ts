// ProvClient.health(): the public `GET /` over real HTTP, with no token asked for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, createTransport } from "@provena-sdk/http-core";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { ProvClient } from "../src/index.js";

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.stop());

describe("health", () => {
  it("answers the Provenance API's message without asking for a token", async () => {
    let asked = 0;
    const transport = createTransport({ endpoints: server.endpoints, tokenProvider: { getToken: () => Promise.resolve(`t${++asked}`) }, validation: "strict" });
    expect(await new ProvClient({ transport }).health()).toEqual({ service: "prov", message: "Health check successful." });
    expect(asked).toBe(0);
  });

  it("is a NotFoundError when the endpoint is not a Provenance API", async () => {
    const transport = createTransport({ endpoints: { prov: `${server.origin}/no-such-service` }, retry: false });
    await expect(new ProvClient({ transport }).health()).rejects.toBeInstanceOf(NotFoundError);
  });
});
