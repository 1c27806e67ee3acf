import { addBrand, hasBrand } from "./brand.js";

export interface ProvenaErrorOptions {
  cause?: unknown;
}

/**
 * Root of every error the SDK throws. Subclasses call `brand(this, "Name")` in their
 * constructor and define `static [Symbol.hasInstance]` via `brandedInstanceOf("Name")`.
 */
export class ProvenaError extends Error {
  override name = "ProvenaError";

  constructor(message: string, options?: ProvenaErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    addBrand(this, "ProvenaError");
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, "ProvenaError");
  }
}

/**
 * For subclasses: `static override [Symbol.hasInstance] = brandedInstanceOf("MyError")`
 * after calling `addBrand(this, "MyError")` in the constructor.
 */
export function brandedInstanceOf(brand: string): (value: unknown) => boolean {
  return (value: unknown) => hasBrand(value, brand);
}
