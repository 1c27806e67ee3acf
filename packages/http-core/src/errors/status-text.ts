// Reason phrases by status. `Response.statusText` is empty over HTTP/2 and varies by server,
// so messages use this table and fall back to the server's text.
const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  412: "Precondition Failed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/**
 * The standard reason phrase for an HTTP status (`404` → `"Not Found"`), else `fallback` (the
 * server's `statusText`), else `""`. Used because `Response.statusText` is empty over HTTP/2.
 */
export function reasonPhrase(status: number, fallback?: string): string {
  return REASONS[status] ?? (fallback !== undefined && fallback !== "" ? fallback : "");
}
