// Secrets must never reach a message, a log line or `util.inspect`. These helpers are the one
// place that decides what "redacted" looks like.

/** The symbol Node's `util.inspect` calls; `Symbol.for` keeps this file free of `node:util`. */
export const INSPECT = Symbol.for("nodejs.util.inspect.custom");

export const REDACTED = "[redacted]";

// JWTs (three base64url parts, header starting with `eyJ`) and long opaque base64url runs.
const JWT_PATTERN = /eyJ[\w-]*\.[\w-]*\.[\w-]*/g;
const OPAQUE_PATTERN = /[\w-]{40,}/g;

/**
 * Makes server-provided text (an OAuth `error_description`) safe to put in a message: anything
 * token-shaped is replaced and the length is capped.
 */
export function sanitizeServerText(text: string, maxLength = 300): string {
  const cleaned = text.replace(JWT_PATTERN, REDACTED).replace(OPAQUE_PATTERN, REDACTED);
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength)}…` : cleaned;
}

/** A URL for messages: no credentials, no query string values (they may carry codes). */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    for (const key of [...parsed.searchParams.keys()]) parsed.searchParams.set(key, REDACTED);
    return parsed.toString();
  } catch {
    return "[invalid URL]";
  }
}

/**
 * `text` with every occurrence of the given secret values (as sent, and form-encoded) replaced:
 * an identity provider that echoes the request in its error text must not echo it to us.
 */
export function withoutValues(text: string, values: readonly string[]): string {
  let out = text;
  for (const value of values) {
    if (value === "") continue;
    for (const form of new Set([value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)])) {
      out = out.split(form).join(REDACTED);
    }
  }
  return out;
}
