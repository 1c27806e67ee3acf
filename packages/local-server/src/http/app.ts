// The node:http request listener: route, run the handler, serialise the reply. Unknown paths
// and wrong methods answer like FastAPI; unexpected errors become a plain 500 as upstream's.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Readable } from "node:stream";
import { performance } from "node:perf_hooks";
import { pipeline } from "node:stream/promises";
import { applyCors } from "./cors.js";
import { BodyTooLargeError, createHttpRequest, MAX_BODY_BYTES } from "./request.js";
import { detailReply, jsonReply, textReply, type Reply } from "./reply.js";
import type { Router } from "./router.js";

const KEYCLOAK_PREFIX = "/auth/";

// The realm's endpoints answer anyone (token, device authorization, the device page): they
// take small form bodies only, so unauthenticated callers cannot make the server buffer much.
const REALM_PREFIX = "/auth/realms/";
export const REALM_MAX_BODY_BYTES = 64 * 1024;

const bodyLimitFor = (path: string): number => (path.startsWith(REALM_PREFIX) ? REALM_MAX_BODY_BYTES : MAX_BODY_BYTES);

/**
 * True when the raw request path holds a dot segment, literal or percent-encoded (`%2e%2e`).
 * The URL parser resolves those, which would move `/job-api/%2e%2e/registry-api/...` into
 * another service's prefix; upstream's services each live on their own host, and uvicorn
 * routes such a path as it is (404), so the local server refuses it before parsing.
 */
export function hasDotSegment(rawUrl: string): boolean {
  const query = rawUrl.search(/[?#]/);
  const path = query < 0 ? rawUrl : rawUrl.slice(0, query);
  // Most paths hold no dot at all: no segment to split and inspect.
  if (!path.includes(".") && !/%2e/i.test(path)) return false;
  return path.split("/").some((segment) => {
    const plain = segment.replace(/%2e/gi, ".");
    return plain === "." || plain === "..";
  });
}

function notFound(path: string): Reply {
  return path.startsWith(KEYCLOAK_PREFIX)
    ? jsonReply(404, { error: "Unable to find matching target resource method", error_description: "For more on this error consult the server log." })
    : detailReply(404, "Not Found");
}

/**
 * A handler that reports its own time (`server-timing`) gets the server's whole time added as
 * `total`: from the request reaching this listener (after node parsed its head) to the body
 * serialised, so auth, routing, query parsing, the handler and JSON are all inside it.
 */
function withTotal(headers: Record<string, string | number>, received: number | undefined): void {
  const timing = headers["server-timing"];
  if (received !== undefined && typeof timing === "string") headers["server-timing"] = `${timing}, total;dur=${(performance.now() - received).toFixed(3)}`;
}

function send(res: ServerResponse, reply: Reply, received?: number): void {
  if (reply.stream !== undefined) {
    sendStream(res, reply, reply.stream);
    return;
  }
  let body: string | undefined;
  let contentType = reply.contentType;
  if (reply.text !== undefined) body = reply.text;
  else if (reply.json !== undefined) {
    body = JSON.stringify(reply.json);
    contentType ??= "application/json";
  }
  const headers: Record<string, string | number> = { ...reply.headers };
  withTotal(headers, received);
  if (body !== undefined) {
    headers["content-type"] = contentType ?? "text/plain; charset=utf-8";
    headers["content-length"] = Buffer.byteLength(body);
  } else if (headers["content-length"] === undefined) {
    // A HEAD answer may state the length of the body it describes.
    headers["content-length"] = 0;
  }
  res.writeHead(reply.status, headers);
  res.end(body);
}

function sendStream(res: ServerResponse, reply: Reply, stream: Readable): void {
  res.writeHead(reply.status, reply.headers);
  if (res.req.method === "HEAD") {
    stream.destroy();
    res.end();
    return;
  }
  // A failed read mid-body can only cut the connection: the status line is already out.
  pipeline(stream, res).catch(() => res.destroy());
}

export function createRequestListener(
  router: Router,
  origin: string,
  onError: (error: unknown) => void,
  /**
   * Awaited between a handler's reply and sending it (durable storage commits there; the
   * gateway may answer or reset instead, in which case the reply is not sent).
   */
  beforeReply?: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const received = performance.now();
    if (applyCors(req, res)) return;
    const rawUrl = req.url ?? "/";
    if (hasDotSegment(rawUrl)) {
      send(res, notFound(rawUrl));
      return;
    }
    let url: URL;
    try {
      url = new URL(rawUrl, origin);
    } catch {
      send(res, detailReply(404, "Not Found"));
      return;
    }
    const method = req.method ?? "GET";
    const match = router.match(method, url.pathname);
    if (match.kind === "not-found") {
      send(res, notFound(url.pathname));
      return;
    }
    if (match.kind === "method-not-allowed") {
      send(res, detailReply(405, "Method Not Allowed", { allow: match.allowed.join(", ") }));
      return;
    }
    const request = createHttpRequest(req, url, match.params, bodyLimitFor(url.pathname));
    Promise.resolve()
      .then(() => match.handler(request))
      .then(async (reply) => {
        await beforeReply?.(req, res);
        return reply;
      })
      .then(
        (reply) => {
          if (!res.writableEnded && !res.destroyed) send(res, reply, received);
        },
        (error: unknown) => {
          if (res.destroyed) return;
          if (error instanceof BodyTooLargeError) {
            // Closed after the answer: the rest of the body is not worth reading.
            send(res, detailReply(413, `Request body too large: the limit is ${error.limit} bytes.`, { connection: "close" }));
            return;
          }
          onError(error);
          if (!res.headersSent) send(res, textReply(500, "Internal Server Error"));
          else res.destroy();
        },
      );
  };
}
