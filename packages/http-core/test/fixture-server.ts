// A scriptable HTTP server on 127.0.0.1:<free port>. Each test queues the responses it wants;
// the server records every request it saw, with the time it arrived, so tests can assert what
// was retried and how long the client waited between attempts.
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { performance } from "node:perf_hooks";
import { afterEach, beforeEach } from "vitest";

export interface SeenRequest {
  method: string;
  /** Path and query, e.g. "/registry/list?x=1". */
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** performance.now() when the request finished arriving (same clock as the test process). */
  at: number;
  /** Date.now() at the same moment, for comparing with HTTP dates. */
  wallAt: number;
}

/** Produces the response for one request. */
export type Responder = (req: SeenRequest, res: ServerResponse) => void | Promise<void>;

export interface Fixture {
  readonly origin: string;
  readonly requests: SeenRequest[];
  /** Queue responses; each request takes the next one, the last one repeats. */
  script(...responders: Responder[]): void;
  close(): Promise<void>;
}

export async function startFixture(): Promise<Fixture> {
  const requests: SeenRequest[] = [];
  let queue: Responder[] = [];
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const seen: SeenRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at: performance.now(),
        wallAt: Date.now(),
      };
      requests.push(seen);
      const responder = queue.length > 1 ? queue.shift()! : queue[0];
      if (responder === undefined) {
        void reply(500, { detail: "fixture: no response scripted" })(seen, res);
        return;
      }
      void Promise.resolve(responder(seen, res)).catch((error: unknown) => {
        res.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    script: (...responders) => {
      queue = responders;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * A fresh fixture server for each test of the calling file: started before the test, closed
 * after it. The returned object stands for the current test's server (`server.origin`,
 * `server.requests`, `server.script(...)`), so a file needs one line instead of its own hooks.
 */
export function useFixture(): Fixture {
  let current: Fixture | undefined;
  beforeEach(async () => {
    current = await startFixture();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const now = (): Fixture => {
    if (current === undefined) throw new Error("useFixture(): the fixture server exists only while a test runs");
    return current;
  };
  return {
    get origin() {
      return now().origin;
    },
    get requests() {
      return now().requests;
    },
    script: (...responders) => now().script(...responders),
    close: () => now().close(),
  };
}

/** A JSON (or, for a string body, text) response. */
export function reply(status: number, body?: unknown, headers: Record<string, string> = {}): Responder {
  return (_req, res) => {
    const isText = typeof body === "string";
    const payload = body === undefined ? "" : isText ? body : JSON.stringify(body);
    res.writeHead(status, { "content-type": isText ? "text/plain" : "application/json", ...headers });
    res.end(payload);
  };
}

/** Never answers (until the client gives up or the fixture closes). */
export function hang(): Responder {
  return () => undefined;
}

/** Drops the connection without a response: the client sees a network error. */
export function dropConnection(): Responder {
  return (_req, res) => {
    res.socket?.destroy();
  };
}

/** Answers via `responder` after `ms`. */
export function after(ms: number, responder: Responder): Responder {
  return (req, res) => new Promise<void>((resolve) => setTimeout(() => resolve(responder(req, res)), ms));
}

/** A token provider that records how it was asked; token n is `tokens[n]`. */
export function recordingTokenProvider(tokens: string[]): {
  calls: { forceRefresh: boolean }[];
  getToken(options?: { forceRefresh?: boolean }): Promise<string>;
} {
  let index = 0;
  const calls: { forceRefresh: boolean }[] = [];
  return {
    calls,
    getToken(options) {
      const forceRefresh = options?.forceRefresh === true;
      calls.push({ forceRefresh });
      if (forceRefresh) index = Math.min(index + 1, tokens.length - 1);
      return Promise.resolve(tokens[index]!);
    },
  };
}
