// The API-gateway layer in front of the service APIs (not the realm, not S3): throttling and
// injected faults, both off unless asked for, both changeable at runtime (`setThrottle`,
// `setFaults`). It wraps the request listener and takes part once more between processing and
// answering (`afterProcessing`), where a 504 replaces the answer or the connection is reset.
import type { IncomingMessage, ServerResponse } from "node:http";
import { SERVICE_NAMES } from "@provena-sdk/http-core";
import { servicePrefix } from "../endpoints.js";
import { applyCors } from "../http/cors.js";
import { FaultInjector, parseFaults, type Fault, type FaultOptions } from "./faults.js";
import { parseThrottle, Throttle, type ThrottleOptions } from "./throttle.js";

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

const PREFIXES = SERVICE_NAMES.map(servicePrefix);

function gated(url: string | undefined): boolean {
  const path = (url ?? "/").split("?", 1)[0] ?? "/";
  return PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

function gatewayReply(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ message });
  applyCors(res.req, res);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

export class Gateway {
  #throttle: Throttle | undefined;
  #faults: FaultInjector | undefined;
  readonly #pending = new WeakMap<ServerResponse, Fault>();

  constructor(throttle?: ThrottleOptions | string, faults?: FaultOptions | string) {
    this.setThrottle(throttle);
    this.setFaults(faults);
  }

  setThrottle(options: ThrottleOptions | string | undefined): void {
    this.#throttle = options === undefined ? undefined : new Throttle(typeof options === "string" ? parseThrottle(options) : options);
  }

  setFaults(options: FaultOptions | string | undefined): void {
    this.#faults = options === undefined ? undefined : new FaultInjector(typeof options === "string" ? parseFaults(options) : options);
  }

  /** The listener with the gateway in front of it. */
  wrap(inner: Listener): Listener {
    return (req, res) => {
      if ((this.#throttle === undefined && this.#faults === undefined) || req.method === "OPTIONS" || !gated(req.url)) {
        inner(req, res);
        return;
      }
      if (this.#throttle !== undefined) {
        const caller = req.headers.authorization ?? `address:${req.socket.remoteAddress ?? ""}`;
        const decision = this.#throttle.take(caller, Date.now());
        if (!decision.ok) {
          gatewayReply(res, 429, "Too Many Requests", { "retry-after": String(decision.retryAfterSeconds) });
          return;
        }
      }
      const plan = this.#faults?.plan() ?? { fault: undefined, delayMs: 0 };
      const go = (): void => {
        switch (plan.fault) {
          case "502":
            gatewayReply(res, 502, "Internal server error");
            return;
          case "503":
            gatewayReply(res, 503, "Service Unavailable", { "retry-after": "1" });
            return;
          case "resetBefore":
            req.socket.destroy();
            return;
          case "504":
          case "resetAfter":
            this.#pending.set(res, plan.fault);
            inner(req, res);
            return;
          case undefined:
            inner(req, res);
        }
      };
      if (plan.delayMs > 0) setTimeout(go, plan.delayMs);
      else go();
    };
  }

  /** Between processing and answering: a planned 504 answers instead, a planned reset resets. */
  afterProcessing(_req: IncomingMessage, res: ServerResponse): void {
    const fault = this.#pending.get(res);
    if (fault === "504") gatewayReply(res, 504, "Endpoint request timed out");
    else if (fault === "resetAfter") res.socket?.destroy();
  }
}
