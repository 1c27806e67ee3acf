// The error classes as a caller meets them outside a request: built with createHttpError or
// their constructors (service clients and auth-core do), recognised with instanceof (also from
// another copy of the SDK), and logged whole without losing what caused them.
import { getEventListeners } from "node:events";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  AbortError,
  ConfigurationError,
  HttpError,
  NetworkError,
  NotFoundError,
  PaginationError,
  ProvenaError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
  TokenExpiredError,
  UnprocessableEntityError,
  createHttpError,
  createTransport,
  errorClassForStatus,
} from "../src/index.js";
import { recordingTokenProvider, reply, useFixture } from "./fixture-server.js";

const ctx = { method: "get", url: "https://registry-api.example.org/x?token=abc" };
const BRANDS = Symbol.for("provena-sdk.error.brands");

describe("reason phrases", () => {
  const phrases: [number, string][] = [
    [400, "Bad Request"],
    [401, "Unauthorized"],
    [402, "Payment Required"],
    [403, "Forbidden"],
    [404, "Not Found"],
    [405, "Method Not Allowed"],
    [406, "Not Acceptable"],
    [408, "Request Timeout"],
    [409, "Conflict"],
    [410, "Gone"],
    [412, "Precondition Failed"],
    [413, "Content Too Large"],
    [415, "Unsupported Media Type"],
    [422, "Unprocessable Entity"],
    [429, "Too Many Requests"],
    [500, "Internal Server Error"],
    [501, "Not Implemented"],
    [502, "Bad Gateway"],
    [503, "Service Unavailable"],
    [504, "Gateway Timeout"],
  ];
  it("are RFC 9110's for the statuses Provena and its proxies answer, whatever the server sent", () => {
    for (const [status, phrase] of phrases) {
      const error = createHttpError({ ...ctx, status, statusText: "" });
      expect(error.statusText, String(status)).toBe(phrase);
      expect(error.message).toBe(`GET https://registry-api.example.org/x?token=[REDACTED] failed with ${status} ${phrase}`);
    }
    expect(createHttpError({ ...ctx, status: 404, statusText: "Nope" }).statusText).toBe("Not Found");
  });

  it("fall back to the server's for other statuses, and to none at all", () => {
    expect(createHttpError({ ...ctx, status: 499, statusText: "Client Closed Request" }).statusText).toBe("Client Closed Request");
    const bare = createHttpError({ ...ctx, status: 499, statusText: "" });
    expect(bare.statusText).toBe("");
    expect(bare.message).toBe("GET https://registry-api.example.org/x?token=[REDACTED] failed with 499");
    expect(createHttpError({ ...ctx, status: 499 }).message).toBe("GET https://registry-api.example.org/x?token=[REDACTED] failed with 499");
  });
});

describe("classes by status", () => {
  it("every 5xx is a ServerError, and nothing outside 500-599", () => {
    for (const status of [500, 501, 550, 599]) expect(errorClassForStatus(status), String(status)).toBe(ServerError);
    for (const status of [499, 600, 418, 302]) expect(errorClassForStatus(status), String(status)).toBe(HttpError);
  });

  it("carry their own name, also the ones only the transport makes", () => {
    const expired = new TokenExpiredError({ ...ctx, status: 401, expiredAt: "2020-01-01T00:00:00.000Z" });
    expect([expired.name, expired.expiredAt]).toEqual(["TokenExpiredError", "2020-01-01T00:00:00.000Z"]);
    expect(new ConfigurationError("bad").name).toBe("ConfigurationError");
    expect(new PaginationError({ reason: "limit-exceeded", limit: 3, message: "too many" }).name).toBe("PaginationError");
  });

  it("a 422 whose detail is a sentence, not a list, shows the sentence", () => {
    const error = createHttpError({ ...ctx, status: 422, body: { detail: "Dataset is locked" } });
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).issues).toEqual([]);
    expect(error.serverMessage).toBe("Dataset is locked");
  });

  it("a 422's issues skip entries that are not objects, and location parts that are not keys or indexes", () => {
    const error = createHttpError({ ...ctx, status: 422, body: { detail: [["body", "x"], { loc: ["body", null, 1, true], msg: "bad" }] } }) as UnprocessableEntityError;
    expect(error.issues).toEqual([{ loc: ["body", 1], msg: "bad", type: "unknown" }]);
  });

  it("a 422 with an empty issue list falls back to the body's other explanations", () => {
    expect(createHttpError({ ...ctx, status: 422, body: { detail: [], message: "try again" } }).serverMessage).toBe("try again");
  });

  it("a RateLimitError the transport gave up on says how long it tried and how often", () => {
    const error = new RateLimitError({ ...ctx, status: 429, throttledForMs: 1549, attempts: 7 });
    expect(error.message).toBe("GET https://registry-api.example.org/x?token=[REDACTED] failed with 429 Too Many Requests (still throttled after retrying for 1.5 s, 7 attempts)");
    expect([error.throttledForMs, error.attempts]).toEqual([1549, 7]);
    expect(new RateLimitError({ ...ctx, status: 429, throttledForMs: 90_000 }).message).toContain("(still throttled after retrying for 90.0 s, ? attempts)");
    expect(new RateLimitError({ ...ctx, status: 429 }).message).toBe("GET https://registry-api.example.org/x?token=[REDACTED] failed with 429 Too Many Requests");
  });

  it("keep the cause they were given", () => {
    const cause = new Error("upstream");
    expect(createHttpError({ ...ctx, status: 502, cause }).cause).toBe(cause);
    expect(new NetworkError({ ...ctx, cause }).cause).toBe(cause);
    expect(new ResponseValidationError({ ...ctx, status: 200, mode: "strict", issues: [], cause }).cause).toBe(cause);
    expect(createHttpError({ ...ctx, status: 502 }).cause).toBeUndefined();
  });
});

describe("instanceof", () => {
  it("is false for null, undefined and primitives, never a crash", () => {
    for (const value of [null, undefined, "NotFoundError", 404, true] as unknown[]) {
      expect((value as object) instanceof ProvenaError, String(value)).toBe(false);
      expect((value as object) instanceof HttpError, String(value)).toBe(false);
    }
  });

  it("reads the brands any copy or version of the SDK puts under the shared registry symbol", () => {
    const error = createHttpError({ ...ctx, status: 404 });
    expect((error as unknown as Record<symbol, unknown>)[BRANDS]).toEqual(["ProvenaError", "HttpError", "NotFoundError"]);
    const fromElsewhere = { [BRANDS]: ["ProvenaError", "HttpError", "NotFoundError"] };
    expect(fromElsewhere instanceof NotFoundError).toBe(true);
    expect(fromElsewhere instanceof ServerError).toBe(false);
  });
});

describe("request errors", () => {
  const chain = (...errors: Error[]): Error => {
    for (let i = 0; i < errors.length - 1; i++) Object.assign(errors[i]!, { cause: errors[i + 1] });
    return errors[0]!;
  };
  const coded = (message: string, code: string) => Object.assign(new Error(message), { code });

  it("a network error names the deepest cause it can see, with its code when the message lacks it", () => {
    expect(new NetworkError({ ...ctx, cause: chain(new TypeError("fetch failed"), coded("socket hang up", "ECONNRESET")) }).message).toBe(
      "GET https://registry-api.example.org/x?token=[REDACTED] failed: network error (ECONNRESET: socket hang up)",
    );
    expect(new NetworkError({ ...ctx, cause: coded("connect ECONNREFUSED 127.0.0.1:1", "ECONNREFUSED") }).message).toMatch(/\(connect ECONNREFUSED 127\.0\.0\.1:1\)$/);
    expect(new NetworkError({ ...ctx, cause: Object.assign(new Error("odd"), { code: 7 }) }).message).toMatch(/\(odd\)$/);
    // Four levels deep at most.
    const deep = chain(new Error("one"), new Error("two"), new Error("three"), new Error("four"), new Error("five"));
    expect(new NetworkError({ ...ctx, cause: deep }).message).toMatch(/\(four\)$/);
    expect(new NetworkError({ ...ctx }).message).toBe("GET https://registry-api.example.org/x?token=[REDACTED] failed: network error");
    expect(new NetworkError({ ...ctx, cause: "not an error" }).message).toBe("GET https://registry-api.example.org/x?token=[REDACTED] failed: network error");
  });

  it("a timeout says which limit ran out and how many attempts there were", () => {
    expect(new TimeoutError({ ...ctx, kind: "total", timeoutMs: 5000, attempts: 1 }).message).toBe(
      "GET https://registry-api.example.org/x?token=[REDACTED] timed out: total timeout of 5000 ms exceeded (1 attempt)",
    );
    expect(new TimeoutError({ ...ctx, kind: "attempt", timeoutMs: 10, attempts: 2 }).message).toMatch(/attempt timeout of 10 ms exceeded \(2 attempts\)$/);
    expect(new TimeoutError({ ...ctx, kind: "total", timeoutMs: 10, attempts: 0 }).message).toMatch(/\(0 attempts\)$/);
  });

  it("an abort names the request when it knows it, else what was stopped", () => {
    expect(new AbortError({ ...ctx }).message).toBe("GET https://registry-api.example.org/x?token=[REDACTED] was aborted by the caller");
    expect(new AbortError({ method: "GET" }).message).toBe("the operation was aborted by the caller");
    expect(new AbortError({ url: "https://x/" }).message).toBe("the operation was aborted by the caller");
    expect(new AbortError({ what: "registry.list" }).message).toBe("registry.list was aborted by the caller");
    expect(new AbortError().url).toBeUndefined();
  });
});

describe("an error logged whole", () => {
  it("leaves out fields that are not set, also when inspected", () => {
    const error = createHttpError({ ...ctx, status: 404 });
    const text = inspect(error);
    expect(text).not.toContain("undefined");
    expect(text).not.toContain("retryAfterMs");
    expect(Object.keys(error.toJSON())).toEqual(["name", "message", "method", "url", "status", "statusText"]);
  });

  it("an error without fields of its own inspects as its stack alone", () => {
    const error = new ConfigurationError("no endpoint");
    expect(inspect(error)).toBe(error.stack);
  });

  it("shows a deeply nested body in full when inspected", () => {
    const error = createHttpError({ ...ctx, status: 400, body: { a: { b: { c: { d: "deep value" } } } } });
    expect(inspect(error)).toContain("deep value");
  });

  it("renders as JSON for a runtime whose inspect hook passes no inspect function", () => {
    const error = createHttpError({ ...ctx, status: 404 });
    const hook = (error as unknown as Record<symbol, (depth: number, options: object) => string>)[Symbol.for("nodejs.util.inspect.custom")]!;
    const text = hook.call(error, 2, {});
    expect(text.startsWith(`${error.stack!} {`)).toBe(true);
    expect(JSON.parse(text.slice(error.stack!.length + 1))).toEqual({ method: "GET", url: "https://registry-api.example.org/x?token=[REDACTED]", status: 404, statusText: "Not Found" });
  });

  it("summarises a chain of causes four deep, secrets removed, whatever the causes are", () => {
    const bearer = "Bearer abc.def.ghi-secret";
    const deep = new Error("level 0");
    let current = deep;
    for (let i = 1; i <= 5; i++) {
      const next = new Error(`level ${i}`);
      Object.assign(current, { cause: next });
      current = next;
    }
    const json = (cause: unknown) => JSON.parse(JSON.stringify(new ConfigurationError("failed", { cause }))) as { cause: unknown };
    const levels: string[] = [];
    for (let c = json(deep).cause as { message: string; cause?: unknown } | undefined; c !== undefined; c = c.cause as typeof c) levels.push(c.message);
    expect(levels).toEqual(["level 0", "level 1", "level 2", "level 3"]);
    expect(json(`told ${bearer}`).cause).toBe("told Bearer [REDACTED]");
    expect(json(42).cause).toBe("[number]");
    expect(json(new Error(`refused ${bearer}`)).cause).toEqual({ name: "Error", message: "refused Bearer [REDACTED]" });
    expect(json(createHttpError({ ...ctx, status: 503 })).cause).toMatchObject({ name: "ServerError", status: 503, url: "https://registry-api.example.org/x?token=[REDACTED]" });
    expect(json(Object.assign(new Error("x"), { code: "E_CODE" })).cause).toEqual({ name: "Error", message: "x", code: "E_CODE" });
    expect(JSON.parse(JSON.stringify(new ConfigurationError("no cause")))).toEqual({ name: "ConfigurationError", message: "no cause" });
  });
});

describe("a caller's signal shared by many calls", () => {
  const server = useFixture();

  it("is left without listeners once the calls are done", async () => {
    server.script(reply(200, { ok: true }));
    const controller = new AbortController();
    const t = createTransport({ endpoints: { registry: server.origin }, tokenProvider: recordingTokenProvider(["t"]) });
    for (let i = 0; i < 12; i++) await t.request({ service: "registry", method: "GET", path: "/x", signal: controller.signal });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});
