// The node:http request listener: route, run the handler, serialise the reply. Unknown paths
// and wrong methods answer like FastAPI; unexpected errors become a plain 500 as upstream's.
import type { IncomingMessage, ServerResponse } from "node:http";
import { BodyTooLargeError, createHttpRequest } from "./request.js";
import { detailReply, jsonReply, textReply, type Reply } from "./reply.js";
import type { Router } from "./router.js";

const KEYCLOAK_PREFIX = "/auth/";

function notFound(path: string): Reply {
  return path.startsWith(KEYCLOAK_PREFIX)
    ? jsonReply(404, { error: "Unable to find matching target resource method", error_description: "For more on this error consult the server log." })
    : detailReply(404, "Not Found");
}

function send(res: ServerResponse, reply: Reply): void {
  let body: string | undefined;
  let contentType = reply.contentType;
  if (reply.text !== undefined) body = reply.text;
  else if (reply.json !== undefined) {
    body = JSON.stringify(reply.json);
    contentType ??= "application/json";
  }
  const headers: Record<string, string | number> = { ...reply.headers };
  if (body !== undefined) {
    headers["content-type"] = contentType ?? "text/plain; charset=utf-8";
    headers["content-length"] = Buffer.byteLength(body);
  } else {
    headers["content-length"] = 0;
  }
  res.writeHead(reply.status, headers);
  res.end(body);
}

// Browser apps (keycloak-js, a UI on another port) call the APIs directly: allow any origin.
function corsHeaders(req: IncomingMessage, res: ServerResponse): boolean {
  res.setHeader("access-control-allow-origin", "*");
  res.setHeader("access-control-expose-headers", "www-authenticate, retry-after");
  if (req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined) {
    res.writeHead(204, {
      "access-control-allow-methods": "GET, POST, PUT, DELETE, PATCH, OPTIONS",
      "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "authorization, content-type",
      "access-control-max-age": "600",
      "content-length": 0,
    });
    res.end();
    return true;
  }
  return false;
}

export function createRequestListener(
  router: Router,
  origin: string,
  onError: (error: unknown) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (corsHeaders(req, res)) return;
    let url: URL;
    try {
      url = new URL(req.url ?? "/", origin);
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
    const request = createHttpRequest(req, url, match.params);
    Promise.resolve()
      .then(() => match.handler(request))
      .then(
        (reply) => send(res, reply),
        (error: unknown) => {
          if (error instanceof BodyTooLargeError) {
            send(res, detailReply(413, "Request body too large"));
            return;
          }
          onError(error);
          if (!res.headersSent) send(res, textReply(500, "Internal Server Error"));
          else res.destroy();
        },
      );
  };
}
