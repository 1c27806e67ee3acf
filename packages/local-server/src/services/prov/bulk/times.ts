// The CSV's time columns: `YYYY-MM-DD HH:MM:SS+HH:MM` (written in UTC) ↔ epoch seconds.

const ISO = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

export function epochToIso(seconds: number): string {
  return `${new Date(seconds * 1000).toISOString().slice(0, 19).replace("T", " ")}+00:00`;
}

/** Epoch seconds of a CSV time (no offset means UTC), or undefined when it is not one. */
export function isoToEpoch(value: string): number | undefined {
  const match = ISO.exec(value.trim());
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s, zone] = match;
  const offset = zone === undefined || zone === "Z" ? "+00:00" : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}
