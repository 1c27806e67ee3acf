// Errors that say what to do: a 401 to a client without a token provider, a 401 for a token
// that had expired, and a missing item that is a NotFoundError like any other service's 404.
import { inspect } from "node:util";
import { staticToken } from "@provena-sdk/auth-core";
import { HttpError, NotAuthenticatedError, NotFoundError, PermissionDeniedError, SoftFailureError, TokenExpiredError, UnauthorizedError } from "@provena-sdk/http-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AbortError } from "@provena-sdk/http-core";
import { JobError, JobTimeoutError } from "@provena-sdk/jobs";
import { ActivityWaitError, createRegistryClient, ItemNotFoundError } from "../src/index.js";
import { MODEL } from "./support/examples.js";
import type { Fixture } from "./support/fixture.js";
import { startFixture } from "./support/fixture.js";

let fx: Fixture;
beforeAll(async () => {
  // Slow jobs, so a short wait times out however fast the machine is.
  fx = await startFixture({ jobStepDelayMs: 2_000 });
});
afterAll(() => fx.stop());

const MISSING = "10378.1/999999999";

describe("a call needing auth on a client with no token provider", () => {
  it("is a NotAuthenticatedError that says no token provider is configured and how to give one", async () => {
    const anonymous = createRegistryClient({ endpoints: fx.server.endpoints, retry: false });
    const error = await anonymous.organisation.fetch(MISSING).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAuthenticatedError);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).not.toBeInstanceOf(PermissionDeniedError);
    const e = error as NotAuthenticatedError;
    expect(e.status).toBe(401);
    expect(e.serverMessage).toBe("Not authenticated");
    expect(e.message).toContain("this client has no token provider");
    expect(e.message).toContain("tokenProvider");
    expect(e.message).toContain("offlineToken()");
  });
});

describe("an expired token", () => {
  it("is a TokenExpiredError saying when it expired and how to renew it, never quoting the token", async () => {
    const token = fx.server.mintToken("user1", { lifetimeSeconds: -120 });
    const client = createRegistryClient({ endpoints: fx.server.endpoints, tokenProvider: staticToken(token), retry: false });
    const before = Date.now();
    const error = await client.organisation.fetch(MISSING).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenExpiredError);
    expect(error).toBeInstanceOf(UnauthorizedError);
    const e = error as TokenExpiredError;
    expect(e.serverMessage).toBe("Could not validate credentials");
    const expiredAt = Date.parse(e.expiredAt);
    // Minted 120 s in the past (whole seconds in the JWT).
    expect(expiredAt).toBeLessThan(before - 100_000);
    expect(expiredAt).toBeGreaterThan(before - 200_000);
    expect(e.message).toContain(`the access token expired at ${e.expiredAt}`);
    expect(e.message).toContain("gave no fresher one when asked to refresh");
    expect(e.message).toContain("log in again");
    for (const shown of [e.message, inspect(e), JSON.stringify(e)]) {
      expect(shown).not.toContain(token);
      expect(shown).not.toContain(token.split(".")[1]!);
    }
    expect(inspect(e)).toContain(`expiredAt: '${e.expiredAt}'`);
  });

  it("a valid token that is refused is not called expired", async () => {
    const [header, payload, signature] = fx.server.mintToken("user1", { lifetimeSeconds: 600 }).split(".");
    // A signature from another key: refused, though far from expiry.
    const token = `${header}.${payload}.${signature!.startsWith("A") ? "B" : "A"}${signature!.slice(1)}`;
    const client = createRegistryClient({ endpoints: fx.server.endpoints, tokenProvider: staticToken(token), retry: false });
    const error = await client.organisation.fetch(MISSING).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).not.toBeInstanceOf(TokenExpiredError);
    expect((error as UnauthorizedError).serverMessage).toBe("Could not validate credentials");
    expect((error as Error).message).not.toContain("expired");
  });
});

describe("a missing registry item", () => {
  it("is an ItemNotFoundError under http-core's NotFoundError, still a SoftFailureError with its fields", async () => {
    const error = await fx.client("user1").organisation.fetch(MISSING).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ItemNotFoundError);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toBeInstanceOf(SoftFailureError);
    const e = error as ItemNotFoundError;
    expect(e.name).toBe("ItemNotFoundError");
    expect(e.id).toBe(MISSING);
    expect(e.status).toBe(200);
    expect(e.details).toEqual(expect.any(String));
    expect(e.details).not.toBe("");
    expect(e.serverMessage).toBe(e.details);
    expect(e.body).toMatchObject({ status: { success: false } });
    expect(e.operationName).toBe("registry.organisation.fetch");
    expect(e.url).toContain("/registry/agent/organisation/fetch");
    expect(e.message).toContain(`found no item ${MISSING}`);
    expect(e.message).toContain(e.details!);
    expect(inspect(e)).toContain(`id: '${MISSING}'`);
  });

  it("one catch of NotFoundError serves the registry's soft not-found and a real 404", async () => {
    const client = fx.client("user1");
    const caught: string[] = [];
    for (const call of [() => client.organisation.fetch(MISSING), () => client.transport.request({ service: "registry", method: "GET", path: "/no/such/route" })]) {
      try {
        await call();
      } catch (e) {
        if (e instanceof NotFoundError) caught.push(`${e.name} ${e.status}`);
        else throw e;
      }
    }
    expect(caught).toEqual(["ItemNotFoundError 200", "NotFoundError 404"]);
  });
});

describe("create or version with { wait } that does not finish", () => {
  beforeAll(async () => {
    // A model needs its owner linked to a Person.
    await fx.link("user1");
  });

  it("an aborted create's ActivityWaitError carries the created item's id", async () => {
    const client = fx.client("user1");
    const error = await client.model.create(MODEL[0]!, { wait: { signal: AbortSignal.abort() } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActivityWaitError);
    expect(error).toBeInstanceOf(JobError);
    const e = error as ActivityWaitError;
    expect(e.cause).toBeInstanceOf(AbortError);
    expect(e.operationName).toBe("registry.model.create");
    expect(e.sessionId).toEqual(expect.any(String));
    expect(e.message).toContain(`${e.itemId!} was written`);
    expect(inspect(e)).toContain(`itemId: '${e.itemId!}'`);
    const fetched = await client.model.fetch(e.itemId!);
    expect(fetched.item.display_name).toBe(MODEL[0]!.display_name);
  });

  it("a timed-out version's ActivityWaitError carries the new version's id", async () => {
    const client = fx.client("user1");
    const { item } = await client.model.create(MODEL[0]!);
    const error = await client.model.version(item.id, "a new version", { wait: { timeoutMs: 50, pollIntervalMs: 10 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActivityWaitError);
    const e = error as ActivityWaitError;
    expect(e.cause).toBeInstanceOf(JobTimeoutError);
    expect(e.operationName).toBe("registry.model.version");
    expect(e.itemId).not.toBe(item.id);
    const version = await client.model.fetch(e.itemId!);
    expect(version.item.versioning_info?.previous_version).toBe(item.id);
  });
});
