import { describe, expect, it, vi } from "vitest";
import * as core from "../src/index.js";
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  HttpError,
  NotAuthenticatedError,
  NotFoundError,
  ProvenaError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
  createHttpError,
  createTransport,
  errorClassForStatus,
} from "../src/index.js";
import { reply, useFixture } from "./fixture-server.js";

const server = useFixture();

const fail = async (status: number, body: unknown, headers: Record<string, string> = {}): Promise<HttpError> => {
  server.script(reply(status, body, headers));
  const t = createTransport({ endpoints: { registry: `${server.origin}/registry-api` }, retry: false });
  const error = await t
    .request({ service: "registry", method: "POST", path: "/registry/agent/person/create", json: {}, operationName: "registry.person.create" })
    .catch((e: unknown) => e);
  if (!(error instanceof HttpError)) throw new Error(`expected an HttpError, got ${String(error)}`);
  return error;
};

describe("HTTP errors by status", () => {
  const cases: [number, unknown, new (...a: never[]) => HttpError, string, string | undefined][] = [
    [400, { detail: "Failed to check if locked" }, BadRequestError, "Bad Request", "Failed to check if locked"],
    // Sent without a token (this transport has none): the error says how to give one.
    [401, { detail: "Not authenticated" }, NotAuthenticatedError, "Unauthorized", "Not authenticated"],
    [403, { detail: "Not your release" }, ForbiddenError, "Forbidden", "Not your release"],
    [404, { detail: "Not Found" }, NotFoundError, "Not Found", "Not Found"],
    [409, { detail: "Already exists" }, ConflictError, "Conflict", "Already exists"],
    [429, { detail: "Too many" }, RateLimitError, "Too Many Requests", "Too many"],
    [500, "Internal Server Error", ServerError, "Internal Server Error", "Internal Server Error"],
    [502, "", ServerError, "Bad Gateway", undefined],
    [418, { message: "short and stout" }, HttpError, "", "short and stout"],
  ];

  for (const [status, body, ErrorClass, reason, serverMessage] of cases) {
    it(`${status} -> ${ErrorClass.name} with method, url, status, server message, body and operation`, async () => {
      const error = await fail(status, body);
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toBeInstanceOf(HttpError);
      expect(error).toBeInstanceOf(ProvenaError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(ErrorClass.name);
      expect(error.method).toBe("POST");
      expect(error.url).toBe(`${server.origin}/registry-api/registry/agent/person/create`);
      expect(error.status).toBe(status);
      expect(error.statusText).toBe(reason === "" ? "I'm a Teapot" : reason);
      expect(error.serverMessage).toBe(serverMessage);
      expect(error.body).toEqual(body === "" ? undefined : body);
      expect(error.operationName).toBe("registry.person.create");
      const head = `POST ${server.origin}/registry-api/registry/agent/person/create failed with ${status} ${error.statusText}`;
      const said = serverMessage === undefined ? head : `${head}: ${serverMessage}`;
      if (status === 401) expect(error.message).toMatch(new RegExp(`^${said.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(no token was sent: this client has no token provider\\. Give one as \`tokenProvider\``));
      else expect(error.message).toBe(said);
    });
  }

  it("422 parses FastAPI's detail list into issues and a readable message", async () => {
    const detail = [
      { loc: ["body", "display_name"], msg: "field required", type: "value_error.missing" },
      { loc: ["body", "orcid", 0], msg: "invalid", type: "type_error" },
    ];
    const error = await fail(422, { detail });
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).issues).toEqual(detail);
    expect(error.message).toBe(
      `POST ${server.origin}/registry-api/registry/agent/person/create failed with 422 Unprocessable Entity: body.display_name: field required; body.orcid[0]: invalid`,
    );
  });

  it("429 carries retryAfterMs", async () => {
    const error = await fail(429, { detail: "slow" }, { "retry-after": "7" });
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(7000);
  });

  it("reads a Keycloak-style error body", async () => {
    const error = await fail(400, { error: "invalid_grant", error_description: "Invalid user credentials" });
    expect(error.serverMessage).toBe("invalid_grant: Invalid user credentials");
  });

  it("maps statuses to classes", () => {
    expect(errorClassForStatus(404)).toBe(NotFoundError);
    expect(errorClassForStatus(503)).toBe(ServerError);
    expect(errorClassForStatus(405)).toBe(HttpError);
    const made = createHttpError({ method: "get", url: "https://x/a", status: 409 });
    expect(made).toBeInstanceOf(ConflictError);
    expect(made.method).toBe("GET");
  });
});

describe("branded instanceof", () => {
  it("works across two copies of the package", async () => {
    vi.resetModules();
    const copy = await import("../src/index.js");
    expect(copy.NotFoundError).not.toBe(core.NotFoundError); // really a second copy

    const fromCopy = new copy.NotFoundError({ method: "GET", url: "https://x/", status: 404 });
    expect(fromCopy).toBeInstanceOf(core.NotFoundError);
    expect(fromCopy).toBeInstanceOf(core.HttpError);
    expect(fromCopy).toBeInstanceOf(core.ProvenaError);
    expect(fromCopy).not.toBeInstanceOf(core.ConflictError);
    expect(fromCopy).not.toBeInstanceOf(core.SoftFailureError);

    const fromHere = new core.SoftFailureError({ method: "GET", url: "https://x/", status: 200, details: "no" });
    expect(fromHere).toBeInstanceOf(copy.SoftFailureError);
    expect(fromHere).toBeInstanceOf(copy.ProvenaError);
    expect(fromHere).not.toBeInstanceOf(copy.HttpError);
  });

  it("a subclass written elsewhere with the brand helpers is recognised", () => {
    class DeviceFlowDenied extends core.ProvenaError {
      override name = "DeviceFlowDenied";
      constructor() {
        super("the user denied the request");
        core.addBrand(this, "DeviceFlowDenied");
      }
      static override [Symbol.hasInstance] = core.brandedInstanceOf("DeviceFlowDenied");
    }
    const e = new DeviceFlowDenied();
    expect(e).toBeInstanceOf(DeviceFlowDenied);
    expect(e).toBeInstanceOf(core.ProvenaError);
    expect(new Error("x")).not.toBeInstanceOf(DeviceFlowDenied);
    expect(new core.ConfigurationError("x")).not.toBeInstanceOf(DeviceFlowDenied);
  });

  it("a subclass that declares only its static brand gets its name and instanceof, also across copies", async () => {
    // The same two-level hierarchy written against two copies of the package.
    const declare = (base: typeof core.HttpError) => {
      class GoneError extends base {
        static override readonly brand: string = "GoneError";
      }
      class GoneForGoodError extends GoneError {
        static override readonly brand: string = "GoneForGoodError";
      }
      return { GoneError, GoneForGoodError };
    };
    vi.resetModules();
    const copy = await import("../src/index.js");
    expect(copy.HttpError).not.toBe(core.HttpError); // really a second copy
    const here = declare(core.HttpError);
    const there = declare(copy.HttpError);

    const e = new here.GoneForGoodError({ method: "GET", url: "https://x/", status: 410 });
    expect(e.name).toBe("GoneForGoodError");
    expect(Object.keys(e)).toContain("name");
    expect(e.message).toBe("GET https://x/ failed with 410 Gone");
    expect(e.status).toBe(410);
    expect(e.toJSON()).toMatchObject({ name: "GoneForGoodError", status: 410 });
    for (const Class of [here.GoneForGoodError, here.GoneError, core.HttpError, core.ProvenaError]) {
      expect(e).toBeInstanceOf(Class);
    }
    for (const Class of [there.GoneForGoodError, there.GoneError, copy.HttpError, copy.ProvenaError]) {
      expect(e).toBeInstanceOf(Class);
    }
    expect(e).not.toBeInstanceOf(core.NotFoundError);
    expect(e).not.toBeInstanceOf(core.SoftFailureError);

    const parent = new there.GoneError({ method: "GET", url: "https://x/", status: 410 });
    expect(parent.name).toBe("GoneError");
    expect(parent).toBeInstanceOf(here.GoneError);
    expect(parent).toBeInstanceOf(core.HttpError);
    expect(parent).not.toBeInstanceOf(here.GoneForGoodError);
    expect(new core.HttpError({ method: "GET", url: "https://x/", status: 410 })).not.toBeInstanceOf(here.GoneError);
    expect(new Error("x")).not.toBeInstanceOf(here.GoneError);
  });
});
