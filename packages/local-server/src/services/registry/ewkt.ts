// A small EWKT checker for dataset spatial fields: `SRID=<int>;<WKT>`. Locally a valid EPSG
// code is any positive integer SRID (no EPSG database offline). The WKT grammar covers POINT,
// LINESTRING, POLYGON, their MULTI* forms and GEOMETRYCOLLECTION, with optional Z/M/ZM and
// EMPTY; rings are not required to be closed (upstream's own examples send an open ring).

export type EwktCheck = { ok: true } | { ok: false; reason: string };

class WktSyntaxError extends Error {}

class Parser {
  #pos = 0;
  readonly #tokens: string[];

  constructor(text: string) {
    this.#tokens = text.match(/[A-Za-z]+|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[(),]|\S/g) ?? [];
  }

  #peek(): string | undefined {
    return this.#tokens[this.#pos];
  }

  #next(): string {
    const token = this.#tokens[this.#pos++];
    if (token === undefined) throw new WktSyntaxError("unexpected end of WKT");
    return token;
  }

  #expect(token: string): void {
    const got = this.#next();
    if (got !== token) throw new WktSyntaxError(`expected "${token}" but found "${got}"`);
  }

  #isNumber(token: string | undefined): boolean {
    return token !== undefined && /^[-+]?(?:\d|\.\d)/.test(token);
  }

  done(): void {
    const rest = this.#peek();
    if (rest !== undefined) throw new WktSyntaxError(`unexpected "${rest}" after the geometry`);
  }

  geometry(): void {
    const type = this.#next().toUpperCase();
    const dims = this.#peek()?.toUpperCase();
    if (dims === "Z" || dims === "M" || dims === "ZM") this.#next();
    if (this.#peek()?.toUpperCase() === "EMPTY") {
      this.#next();
      return;
    }
    switch (type) {
      case "POINT":
        return this.#wrapped(() => this.#coordinate());
      case "LINESTRING":
        return this.#wrapped(() => this.#points(2));
      case "POLYGON":
        return this.#polygonBody();
      case "MULTIPOINT":
        // Both `MULTIPOINT (1 2, 3 4)` and `MULTIPOINT ((1 2), (3 4))` are accepted by GEOS.
        return this.#list(() => (this.#peek() === "(" ? this.#wrapped(() => this.#coordinate()) : this.#coordinate()));
      case "MULTILINESTRING":
        return this.#list(() => this.#wrapped(() => this.#points(2)));
      case "MULTIPOLYGON":
        return this.#list(() => this.#polygonBody());
      case "GEOMETRYCOLLECTION":
        return this.#list(() => this.geometry());
      default:
        throw new WktSyntaxError(`unknown geometry type "${type}"`);
    }
  }

  #polygonBody(): void {
    this.#list(() => this.#wrapped(() => this.#points(3)));
  }

  #wrapped(inner: () => void): void {
    this.#expect("(");
    inner();
    this.#expect(")");
  }

  #list(item: () => void): void {
    this.#expect("(");
    item();
    while (this.#peek() === ",") {
      this.#next();
      item();
    }
    this.#expect(")");
  }

  #points(minimum: number): void {
    let count = 1;
    this.#coordinate();
    while (this.#peek() === ",") {
      this.#next();
      this.#coordinate();
      count++;
    }
    if (count < minimum) throw new WktSyntaxError(`expected at least ${minimum} points, found ${count}`);
  }

  #coordinate(): void {
    let count = 0;
    while (this.#isNumber(this.#peek())) {
      this.#next();
      count++;
    }
    if (count < 2 || count > 4) throw new WktSyntaxError(`a coordinate needs 2 to 4 numbers, found ${count}`);
  }
}

export function checkWkt(wkt: string): EwktCheck {
  try {
    const parser = new Parser(wkt);
    parser.geometry();
    parser.done();
    return { ok: true };
  } catch (error) {
    if (error instanceof WktSyntaxError) return { ok: false, reason: error.message };
    throw error;
  }
}

export function checkEwkt(value: string): EwktCheck {
  const match = /^SRID=([^;]*);(.*)$/s.exec(value.trim());
  if (match === null) return { ok: false, reason: "expected the EWKT form SRID=<int>;<WKT>" };
  const srid = (match[1] ?? "").trim();
  if (!/^\d+$/.test(srid) || Number(srid) <= 0) return { ok: false, reason: `"${srid}" is not a valid EPSG code (a positive integer)` };
  const wkt = checkWkt(match[2] ?? "");
  return wkt.ok ? wkt : { ok: false, reason: `invalid WKT: ${wkt.reason}` };
}
