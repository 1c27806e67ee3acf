// A throttling, counting HTTP proxy on loopback, in front of the local server: it forwards at
// most `ratePerSecond` requests per second (a token bucket holding `burst`) and answers the
// rest 429, as Provena's API gateway does, so the SDK can be tried against a throttled deployment.
import { createServer, request as forward } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface ThrottleProxyOptions {
  /** Where requests go, e.g. the local server's origin. */
  target: string;
  /** Requests forwarded per second (the bucket's refill rate); Infinity to never throttle. */
  ratePerSecond: number;
  /** The bucket's size: how many requests may pass at once after a quiet spell. */
  burst: number;
  /** A Retry-After header to send with each 429 (none by default, like API Gateway). */
  retryAfter?: string | undefined;
}

export interface ProxyRequest {
  method: string;
  path: string;
  /** 429 when the proxy throttled it, else the target's status. */
  status: number;
}

export interface ThrottleProxy {
  readonly origin: string;
  /** Every request the proxy received, in arrival order (status filled in when answered). */
  readonly requests: ProxyRequest[];
  /** Requests passed to the target. */
  forwarded(filter?: (r: ProxyRequest) => boolean): number;
  throttled(): number;
  close(): Promise<void>;
}

export async function startThrottleProxy(options: ThrottleProxyOptions): Promise<ThrottleProxy> {
  const target = new URL(options.target);
  const requests: ProxyRequest[] = [];
  let tokens = options.burst;
  let refilledAt = performance.now();
  const take = (): boolean => {
    if (options.ratePerSecond === Infinity) return true;
    const now = performance.now();
    tokens = Math.min(options.burst, tokens + ((now - refilledAt) / 1000) * options.ratePerSecond);
    refilledAt = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
  const sockets = new Set<Socket>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const seen: ProxyRequest = { method: req.method ?? "", path: req.url ?? "", status: 0 };
    requests.push(seen);
    if (!take()) {
      seen.status = 429;
      req.resume();
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (options.retryAfter !== undefined) headers["retry-after"] = options.retryAfter;
      res.writeHead(429, headers).end(JSON.stringify({ message: "Too Many Requests" }));
      return;
    }
    const upstream = forward(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (answer) => {
        seen.status = answer.statusCode ?? 0;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
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
    forwarded: (filter = () => true) => requests.filter((r) => r.status !== 429 && filter(r)).length,
    throttled: () => requests.filter((r) => r.status === 429).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The local server's endpoints, each moved onto `origin` (the proxy's). */
export function endpointsVia<T extends Record<string, string>>(endpoints: T, origin: string): T {
  return Object.fromEntries(
    Object.entries(endpoints).map(([service, url]) => {
      const moved = new URL(url);
      const via = new URL(origin);
      moved.protocol = via.protocol;
      moved.host = via.host;
      return [service, moved.toString().replace(/\/$/, "")];
    }),
  ) as T;
}
