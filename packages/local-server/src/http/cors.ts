// CORS as upstream's development stage answers it (Starlette's CORSMiddleware with
// `allow_credentials`, every method and header allowed): a request's Origin is echoed with
// `Access-Control-Allow-Credentials: true` and `Vary: Origin`, and a preflight is answered 200 "OK"
// with the requested headers allowed. Upstream's DEV stage admits localhost and its own domain; a
// local server has no domain and pages may come from 127.0.0.1 or a LAN name, so every origin is
// admitted. A request without an Origin (not from a browser page) gets `*`. Unlike upstream, the
// headers a client needs to read are exposed (Retry-After for throttling, WWW-Authenticate).
import type { IncomingMessage, ServerResponse } from "node:http";

const EXPOSED = "www-authenticate, retry-after";
const METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT";

/** Sets the CORS headers on `res`; answers a preflight itself and returns true when it did. */
export function applyCors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) {
    res.setHeader("access-control-allow-origin", "*");
  } else {
    res.setHeader("access-control-allow-origin", origin);
    res.setHeader("access-control-allow-credentials", "true");
    res.setHeader("vary", "Origin");
  }
  res.setHeader("access-control-expose-headers", EXPOSED);
  if (req.method !== "OPTIONS" || req.headers["access-control-request-method"] === undefined) return false;
  res.writeHead(200, {
    "access-control-allow-methods": METHODS,
    "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "",
    "access-control-max-age": "600",
    "content-type": "text/plain; charset=utf-8",
    "content-length": 2,
  });
  res.end("OK");
  return true;
}
