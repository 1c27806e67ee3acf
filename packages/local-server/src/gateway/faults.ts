// `--faults SPEC`: failures injected on purpose in front of the service APIs, so clients can be
// tested against what a deployment does now and then. Per request, at most one of: a 502 or 503
// answered before the request is processed, a 504 answered after it was processed (a gateway
// timing out on a backend that finished anyway), the connection reset before processing, or
// reset after processing (the write is kept: the client cannot know the outcome). Independently,
// added latency before processing.
import { LocalServerError } from "../errors.js";

/**
 * Failures injected in front of the service APIs (the `faults` option, `--faults`). Rates are
 * fractions of requests (0..1); per request at most one of 502, 503, 504, resetBefore and
 * resetAfter applies, latency independently. Every rate defaults to 0.
 */
export interface FaultOptions {
  /** Fraction (0..1) of requests answered 502 `{"message":"Internal server error"}`, not processed. */
  readonly 502?: number | undefined;
  /** Fraction answered 503 `{"message":"Service Unavailable"}` with `Retry-After: 1`, not processed. */
  readonly 503?: number | undefined;
  /** Fraction processed, then answered 504 `{"message":"Endpoint request timed out"}`. */
  readonly 504?: number | undefined;
  /** Fraction whose connection is reset before the request is processed. */
  readonly resetBefore?: number | undefined;
  /** Fraction processed (writes kept), then the connection is reset instead of answering. */
  readonly resetAfter?: number | undefined;
  /** Fraction delayed by `ms` before processing. */
  readonly latency?:
    | {
        /** Fraction (0..1) of requests delayed. */
        readonly rate: number;
        /** Delay in milliseconds. */
        readonly ms: number;
      }
    | undefined;
  /** Seed of the random choices, for a reproducible sequence; default unseeded. */
  readonly seed?: number | undefined;
}

export type Fault = "502" | "503" | "504" | "resetBefore" | "resetAfter";

/** The exclusive faults in the order a random draw walks them. */
const EXCLUSIVE: readonly Fault[] = ["502", "503", "504", "resetBefore", "resetAfter"];

const SPEC_KEYS: Readonly<Record<string, Fault>> = { "502": "502", "503": "503", "504": "504", "reset-before": "resetBefore", "reset-after": "resetAfter" };

const FORMAT = "comma-separated KIND=RATE entries with KIND one of 502, 503, 504, reset-before, reset-after, plus latency=RATE:MS and seed=N (e.g. 503=0.1,reset-after=0.05,latency=0.2:300)";

function fraction(name: string, value: number | undefined): number {
  if (value === undefined) return 0;
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new LocalServerError(`Fault rate ${name} must be a fraction between 0 and 1, got ${value}.`);
  return value;
}

/** Parses the `--faults` text. */
export function parseFaults(text: string): FaultOptions {
  const out: { -readonly [K in keyof FaultOptions]: FaultOptions[K] } = {};
  for (const entry of text.split(",").map((e) => e.trim()).filter((e) => e !== "")) {
    const [key, value] = entry.split("=", 2) as [string, string | undefined];
    if (value === undefined || value === "") throw new LocalServerError(`Faults entry "${entry}" has no value; expected ${FORMAT}.`);
    if (key === "latency") {
      const match = /^(\d+(?:\.\d+)?):(\d+)(?:ms)?$/.exec(value);
      if (match === null) throw new LocalServerError(`Faults entry "${entry}" must be latency=RATE:MS (e.g. latency=0.2:300).`);
      out.latency = { rate: Number(match[1]), ms: Number(match[2]) };
    } else if (key === "seed") {
      if (!/^\d+$/.test(value)) throw new LocalServerError(`Faults entry "${entry}" must be seed=N with N a whole number.`);
      out.seed = Number(value);
    } else {
      const fault = Object.hasOwn(SPEC_KEYS, key) ? SPEC_KEYS[key] : undefined;
      if (fault === undefined) throw new LocalServerError(`Faults entry "${entry}" has an unknown kind "${key}"; expected ${FORMAT}.`);
      if (!/^\d+(?:\.\d+)?$/.test(value)) throw new LocalServerError(`Faults entry "${entry}" must have a rate between 0 and 1.`);
      out[fault] = Number(value);
    }
  }
  return checkFaults(out);
}

export function checkFaults(options: FaultOptions): FaultOptions {
  const total = EXCLUSIVE.reduce((sum, fault) => sum + fraction(fault, options[fault]), 0);
  if (total > 1 + 1e-9) throw new LocalServerError(`Fault rates 502, 503, 504, resetBefore and resetAfter add up to ${total}; at most 1 (one fault per request).`);
  if (options.latency !== undefined) {
    fraction("latency", options.latency.rate);
    if (!Number.isFinite(options.latency.ms) || options.latency.ms < 0) throw new LocalServerError(`Fault latency must be a non-negative number of milliseconds, got ${options.latency.ms}.`);
  }
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed)) throw new LocalServerError(`Fault seed must be a whole number, got ${options.seed}.`);
  return options;
}

/** mulberry32: a small seeded generator, so `seed` replays the same faults. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FaultPlan {
  readonly fault: Fault | undefined;
  readonly delayMs: number;
}

export class FaultInjector {
  readonly options: FaultOptions;
  readonly #random: () => number;

  constructor(options: FaultOptions) {
    this.options = checkFaults(options);
    this.#random = options.seed === undefined ? Math.random : seeded(options.seed);
  }

  /** What happens to the next request. */
  plan(): FaultPlan {
    const latency = this.options.latency;
    const delayMs = latency !== undefined && latency.rate > 0 && this.#random() < latency.rate ? latency.ms : 0;
    let draw = this.#random();
    for (const fault of EXCLUSIVE) {
      const rate = this.options[fault] ?? 0;
      if (draw < rate) return { fault, delayMs };
      draw -= rate;
    }
    return { fault: undefined, delayMs };
  }
}
