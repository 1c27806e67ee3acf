// Branded `instanceof`: two copies of this package in one bundle (or one realm and a worker)
// still recognise each other's errors. Each class registers a global brand; `instanceof`
// checks the brand list carried on the instance instead of the prototype chain.
const BRANDS = Symbol.for("provena-sdk.error.brands");

interface Branded {
  readonly [BRANDS]?: readonly string[];
}

/** Marks `instance` as carrying `brand` (and keeps the brands its parents added). */
export function addBrand(instance: object, brand: string): void {
  const current = (instance as Branded)[BRANDS] ?? [];
  Object.defineProperty(instance, BRANDS, { value: [...current, brand], enumerable: false, configurable: true });
}

/** True when `value` carries `brand`. */
export function hasBrand(value: unknown, brand: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  const brands = (value as Branded)[BRANDS];
  return Array.isArray(brands) && brands.includes(brand);
}

/**
 * The brands a class and its ancestors declare as their own static `brand`, root first (the
 * order `addBrand` calls in each constructor would have produced). Only own properties count:
 * a class that declares none inherits its parent's static, which must not be added twice.
 */
export function declaredBrands(constructor: unknown): string[] {
  const brands: string[] = [];
  for (let current: unknown = constructor; typeof current === "function"; current = Object.getPrototypeOf(current)) {
    const brand: unknown = Object.getOwnPropertyDescriptor(current, "brand")?.value;
    if (typeof brand === "string") brands.unshift(brand);
  }
  return brands;
}
