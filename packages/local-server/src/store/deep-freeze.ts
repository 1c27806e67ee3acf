// Values shared between callers (stored rows, verified token claims) are frozen all the way
// down, so code that forgets to copy before editing fails loudly instead of changing them.

/** Freezes `value` and everything it holds; returns it. */
export function deepFreeze<V>(value: V): V {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
