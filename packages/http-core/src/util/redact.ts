// Secrets must never reach an error, a hook or a log line. Everything the SDK reports about a
// request (URL, headers, a response body) goes through these functions first.

/** The marker that replaces a secret in URLs, headers, bodies and messages the SDK reports. */
export const REDACTED = "[REDACTED]";

/** Query parameters and JSON keys whose values are treated as secrets. */
const SECRET_NAMES = new Set([
  "token",
  "access_token",
  "refresh_token",
  "id_token",
  "offline_token",
  "client_secret",
  "password",
  "code",
  "device_code",
  "assertion",
  "api_key",
  "apikey",
  // A presigned S3 URL is a bearer credential until it expires: its signature, session token and
  // credential (access key id) go; SigV2's and SAS-style names too.
  "x-amz-signature",
  "x-amz-security-token",
  "x-amz-credential",
  "signature",
  "awsaccesskeyid",
  "sig",
]);

/** Headers whose values are secrets. */
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]);

// Secrets inside free text (a server message, a text body): a JWT anywhere, a bearer
// credential, and `name=value` / `"name": "value"` for secret names. ("code" is left out here:
// in prose it is usually a status code, not an OAuth code.)
const USERINFO_PATTERN = /\b([a-z][\w+.-]*:\/\/)[^\s/?#@]+@/gi;
const JWT_PATTERN = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
const BEARER_PATTERN = /\b(Bearer|Basic)\s+(?!\[REDACTED\])[^\s"',;]+/gi;
const NAMED_SECRET_PATTERN =
  /\b(access_token|refresh_token|id_token|offline_token|client_secret|password|token|device_code|api_key|apikey|x-amz-signature|x-amz-security-token|x-amz-credential|awsaccesskeyid)("?\s*[=:]\s*"?)(?!\[REDACTED\])([^\s"'&,;}]+)/gi;

export function isSecretName(name: string): boolean {
  return SECRET_NAMES.has(name.toLowerCase());
}

/** The URL with secret query parameters (and any user:password) replaced by a marker. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactText(url);
  }
  if (parsed.username !== "" || parsed.password !== "") {
    parsed.username = "";
    parsed.password = "";
  }
  for (const key of [...new Set(parsed.searchParams.keys())]) {
    if (isSecretName(key)) parsed.searchParams.set(key, REDACTED);
  }
  // URLSearchParams re-encodes the marker's brackets; keep it readable.
  return parsed.toString().replaceAll(encodeURIComponent(REDACTED), REDACTED);
}

/** A copy of `headers` with secret values replaced (the auth scheme is kept, e.g. "Bearer [REDACTED]"). */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (SECRET_HEADERS.has(name.toLowerCase())) {
      const scheme = /^(\w+)\s+\S/.exec(value)?.[1];
      out[name] = scheme === undefined ? REDACTED : `${scheme} ${REDACTED}`;
    } else {
      out[name] = value;
    }
  }
  return out;
}

/** Free text with JWTs, bearer/basic credentials, `name=value` secrets and URL user-info removed. */
export function redactText(text: string): string {
  return text
    .replace(USERINFO_PATTERN, "$1")
    .replace(JWT_PATTERN, REDACTED)
    .replace(BEARER_PATTERN, `$1 ${REDACTED}`)
    .replace(NAMED_SECRET_PATTERN, `$1$2${REDACTED}`);
}

/**
 * A deep copy of a JSON-like value with secret-named keys and JWT-looking strings replaced.
 * Depth-limited so a hostile or cyclic value cannot hang error construction.
 */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactText(value);
  if (typeof value !== "object" || value === null) return value;
  if (depth > 32) return "[Truncated]";
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = isSecretName(key) && v !== null && v !== undefined ? REDACTED : redactValue(v, depth + 1);
  }
  return out;
}

const MIN_SECRET_LENGTH = 4;

/**
 * `text` with every occurrence of the given secret values replaced, as sent and in the forms a
 * server echoes them (URL-, form- and JSON-encoded). Patterns catch token-shaped text; this
 * catches the exact secrets in play (an opaque token, a password) whatever their shape.
 */
export function redactValues(text: string, values: readonly (string | undefined)[]): string {
  let out = text;
  for (const value of values) {
    // Shorter values would shred ordinary words while protecting nothing a guess would not find.
    if (value === undefined || value.length < MIN_SECRET_LENGTH) continue;
    const forms = new Set([value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2), JSON.stringify(value).slice(1, -1)]);
    for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out;
}

/** A JSON-like value with the secret values removed from every string in it, keys included. */
export function redactValuesDeep(value: unknown, values: readonly (string | undefined)[], depth = 0): unknown {
  if (typeof value === "string") return redactValues(value, values);
  if (typeof value !== "object" || value === null) return value;
  if (depth > 32) return "[Truncated]";
  if (Array.isArray(value)) return value.map((v) => redactValuesDeep(v, values, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[redactValues(key, values)] = redactValuesDeep(v, values, depth + 1);
  return out;
}
