import { redactText, redactValue } from "../util/redact.js";
import { addBrand, declaredBrands, hasBrand } from "./brand.js";

/** Options of the {@link ProvenaError} constructor. */
export interface ProvenaErrorOptions {
  /** The underlying error or reason, kept as the standard `Error.cause`; serialised only as a redacted name/message summary. */
  cause?: unknown;
}

// Node's util.inspect hook, by its registered symbol so no node: import is needed here.
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

type InspectFn = (value: unknown, options?: Record<string, unknown>) => string;

/**
 * Root of every error the SDK throws. A subclass declares `static override readonly brand:
 * string = "Name"` and nothing else for its identity (the `: string` keeps the literal type from
 * clashing with the parent's): this constructor brands the instance with every class's brand up
 * the chain and sets `name` to the most-derived one, and the one `[Symbol.hasInstance]` below
 * serves every subclass (`this` is the class on the right of `instanceof`). Subclasses must not
 * declare a `name` field: it would run after this constructor and overwrite the name.
 *
 * Serialisation is locked down: `toJSON()` and `util.inspect` print only the error's own data
 * fields (passed through secret redaction) and a name/message summary of the cause, so an
 * error can be logged whole without leaking a token or a request header.
 */
export class ProvenaError extends Error {
  /** The global brand `instanceof` checks; each subclass declares its own. */
  static readonly brand: string = "ProvenaError";

  constructor(message: string, options?: ProvenaErrorOptions) {
    super(redactText(message), options?.cause === undefined ? undefined : { cause: options.cause });
    const brands = declaredBrands(new.target);
    // An own, enumerable `name` as the class fields used to define it.
    this.name = brands.at(-1) ?? "ProvenaError";
    for (const brand of brands) addBrand(this, brand);
  }

  /**
   * `value instanceof SomeError` is true when `value` carries the class's `brand`, so errors from
   * another copy of the SDK (two installed versions, a bundle) still match.
   */
  static override [Symbol.hasInstance](this: { readonly brand: string }, value: unknown): boolean {
    return hasBrand(value, this.brand);
  }

  /** A plain, secret-free description: name, message, the subclass's fields, the cause's summary. */
  toJSON(): Record<string, unknown> {
    // `message`, `stack` and `cause` are never enumerable; `name` is, and redacts to itself.
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) if (value !== undefined) out[key] = redactValue(value);
    if (this.cause !== undefined) out["cause"] = summarizeCause(this.cause);
    return out;
  }

  /** What `util.inspect` and `console.log` show in Node: the stack, then the redacted {@link ProvenaError.toJSON} fields. */
  [INSPECT](_depth: number, options: Record<string, unknown>, inspect?: InspectFn): string {
    const { name: _name, message: _message, ...fields } = this.toJSON();
    const head = this.stack ?? `${this.name}: ${this.message}`;
    if (Object.keys(fields).length === 0) return head;
    const body = inspect === undefined ? JSON.stringify(fields, null, 2) : inspect(fields, { ...options, depth: 6 });
    return `${head} ${body}`;
  }
}

function summarizeCause(cause: unknown, depth = 0): unknown {
  if (cause instanceof ProvenaError) return cause.toJSON();
  if (cause instanceof Error) {
    const summary: Record<string, unknown> = { name: cause.name, message: redactText(cause.message) };
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string") summary["code"] = code;
    if (cause.cause !== undefined && depth < 3) summary["cause"] = summarizeCause(cause.cause, depth + 1);
    return summary;
  }
  return typeof cause === "string" ? redactText(cause) : `[${typeof cause}]`;
}

/**
 * No longer needed: `ProvenaError`'s own `[Symbol.hasInstance]` checks the static `brand` of the
 * class it is called on. Kept for code written against the older pattern
 * (`static override [Symbol.hasInstance] = brandedInstanceOf("MyError")` with `addBrand`).
 */
export function brandedInstanceOf(brand: string): (value: unknown) => boolean {
  return (value: unknown) => hasBrand(value, brand);
}
