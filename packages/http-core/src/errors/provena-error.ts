import { redactText, redactValue } from "../util/redact.js";
import { addBrand, hasBrand } from "./brand.js";

export interface ProvenaErrorOptions {
  cause?: unknown;
}

// Node's util.inspect hook, by its registered symbol so no node: import is needed here.
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

type InspectFn = (value: unknown, options?: Record<string, unknown>) => string;

/**
 * Root of every error the SDK throws. Subclasses call `addBrand(this, "Name")` in their
 * constructor and define `static override [Symbol.hasInstance] = brandedInstanceOf("Name")`.
 *
 * Serialisation is locked down: `toJSON()` and `util.inspect` print only the error's own data
 * fields (passed through secret redaction) and a name/message summary of the cause, so an
 * error can be logged whole without leaking a token or a request header.
 */
export class ProvenaError extends Error {
  override name = "ProvenaError";

  constructor(message: string, options?: ProvenaErrorOptions) {
    super(redactText(message), options?.cause === undefined ? undefined : { cause: options.cause });
    addBrand(this, "ProvenaError");
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, "ProvenaError");
  }

  /** A plain, secret-free description: name, message, the subclass's fields, the cause's summary. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key === "name" || key === "message" || key === "cause" || key === "stack") continue;
      if (value === undefined) continue;
      out[key] = redactValue(value);
    }
    if (this.cause !== undefined) out["cause"] = summarizeCause(this.cause);
    return out;
  }

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
 * For subclasses: `static override [Symbol.hasInstance] = brandedInstanceOf("MyError")`
 * after calling `addBrand(this, "MyError")` in the constructor.
 */
export function brandedInstanceOf(brand: string): (value: unknown) => boolean {
  return (value: unknown) => hasBrand(value, brand);
}
