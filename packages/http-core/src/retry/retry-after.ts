// `Retry-After` is either delta-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT")
// (RFC 9110 §10.2.3). Returns the wait in milliseconds, or undefined when absent or unreadable.
/**
 * A `Retry-After` header value as a wait in milliseconds: delta-seconds (`"120"` → 120000) or an
 * HTTP date (time from `now` until then, never negative). Undefined when absent or unreadable.
 *
 * @param now - The current time in ms since the epoch, for HTTP dates; `Date.now()` by default.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only accept something that looks like a date; Date.parse is lenient with junk like "1.5".
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
