import ky from "ky";
import type { KyInstance } from "ky";
import { configuredEndpoints, resolveEndpoints } from "../endpoints.js";
import { ConfigurationError } from "../errors/usage-errors.js";
import type { ValidationMode } from "../models.js";
import { AdaptiveRate } from "../retry/adaptive-rate.js";
import { RetryStrategy } from "../retry/retry-strategy.js";
import type { ServiceEndpoints } from "../services.js";
import { execute } from "./execute.js";
import { mergeHooks, toHookLists } from "./hooks.js";
import type { HookLists } from "./hooks.js";
import { mergeHeaders } from "./build-request.js";
import type { Operation, Transport, TransportOptions, ValidateContext } from "./types.js";
import { validateBody } from "./read-response.js";
import type { ResponseSchema } from "../models.js";

/** The per-attempt timeout when `timeoutMs` is not given: 30 000 ms (30 s), covering the response and its body. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** The whole-call timeout when `totalTimeoutMs` is not given: 120 000 ms (2 min), retries and waits included. */
export const DEFAULT_TOTAL_TIMEOUT_MS = 120_000;

/**
 * A transport for Provena's services (or any absolute URL).
 *
 * @throws `ConfigurationError` for options it cannot work with: a bad domain or endpoint URL,
 * an unknown validation mode, a timeout that is not a positive number, or both `ky` and `kyOptions`.
 */
export function createTransport(options: TransportOptions = {}): Transport {
  return new KyTransport(options, new Map());
}

// Private fields (#) keep the token provider and options out of util.inspect and JSON.
class KyTransport implements Transport {
  readonly #options: TransportOptions;
  readonly #ky: KyInstance;
  readonly #fetch: typeof globalThis.fetch;
  readonly #retry: RetryStrategy;
  /** One adaptive send rate per origin, shared with `with()` children (they talk to the same servers). */
  readonly #rates: Map<string, AdaptiveRate>;
  readonly #hooks: HookLists;
  readonly #headers: Record<string, string>;
  readonly endpoints: ServiceEndpoints;
  readonly validation: ValidationMode;

  constructor(options: TransportOptions, rates: Map<string, AdaptiveRate>) {
    this.#options = options;
    this.#rates = rates;
    this.endpoints = resolveEndpoints(options);
    this.validation = options.validation ?? "lenient";
    if (this.validation !== "lenient" && this.validation !== "strict") {
      throw new ConfigurationError(`Invalid validation mode "${String(this.validation)}": use "lenient" or "strict"`);
    }
    checkTimeout("timeoutMs", options.timeoutMs);
    checkTimeout("totalTimeoutMs", options.totalTimeoutMs);
    this.#retry = new RetryStrategy(options.retry);
    this.#hooks = toHookLists(options.hooks);
    this.#headers = mergeHeaders(options.headers, options.userAgent === undefined ? undefined : { "user-agent": options.userAgent });
    // Read the global at call time when none is given, so test doubles and polyfills installed
    // later still apply.
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    if (options.ky !== undefined && options.kyOptions !== undefined) {
      throw new ConfigurationError("Give either `ky` (an instance) or `kyOptions`, not both: extend the instance with the options instead");
    }
    this.#ky = options.ky ?? (options.kyOptions === undefined ? ky : ky.create(options.kyOptions));
  }

  request<T>(op: Operation<T>): Promise<T> {
    return execute(
      {
        ky: this.#ky,
        fetch: this.#fetch,
        retry: this.#retry,
        rateFor: (url) => (this.#retry.options.adaptiveRate ? this.#rateFor(url) : undefined),
        hooks: this.#hooks,
        tokenProvider: this.#options.tokenProvider,
        headers: this.#headers,
        endpoints: this.endpoints,
        validation: this.validation,
        timeoutMs: this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        totalTimeoutMs: this.#options.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS,
      },
      op,
    );
  }

  #rateFor(url: string): AdaptiveRate {
    const origin = new URL(url).origin;
    let rate = this.#rates.get(origin);
    if (rate === undefined) this.#rates.set(origin, (rate = new AdaptiveRate()));
    return rate;
  }

  validate<T>(schema: ResponseSchema<T>, body: unknown, context: ValidateContext): T {
    return validateBody(schema, body, context, this.validation);
  }

  with(overrides: Partial<TransportOptions>): Transport {
    return new KyTransport(mergeOptions(this.#options, overrides), this.#rates);
  }

  toJSON(): Record<string, unknown> {
    return { endpoints: configuredEndpoints(this.endpoints), validation: this.validation };
  }
}

/** Later options win; headers, endpoints and retry merge key by key; hooks run parent-first. */
export function mergeOptions(base: TransportOptions, overrides: Partial<TransportOptions>): TransportOptions {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as Partial<TransportOptions>;
  return {
    ...base,
    ...defined,
    headers: { ...base.headers, ...overrides.headers },
    endpoints: { ...base.endpoints, ...overrides.endpoints },
    retry: overrides.retry === false || (base.retry === false && overrides.retry === undefined) ? false : { ...(base.retry || {}), ...(overrides.retry || {}) },
    hooks: mergeHooks(base.hooks, overrides.hooks),
  };
}

function checkTimeout(name: string, value: number | undefined): void {
  if (value === undefined) return;
  if (!(value > 0)) throw new ConfigurationError(`Invalid ${name} ${value}: must be a positive number of milliseconds (or Infinity)`);
}
