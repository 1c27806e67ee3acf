import { AbortError, type GetTokenOptions, type TokenProvider } from "@provena-sdk/http-core";
import { abortedError, raceAbort } from "./abort.js";
import { systemClock, type Clock } from "./clock.js";
import type { AuthError } from "./errors/auth-error.js";
import { AuthConfigurationError } from "./errors/auth-error.js";
import { InvalidGrantError, OAuthError } from "./errors/oauth-error.js";
import { LoginRequiredError, TokenRefreshError } from "./errors/token-errors.js";
import { INSPECT } from "./redact.js";
import type { TokenStore } from "./stores/token-store.js";
import { TokenSet } from "./token-set.js";

/** How a provider gets tokens; the refreshing core decides when. */
export interface TokenLifecycle {
  /** Obtains tokens from nothing: a login, a client-credentials grant, an offline-token refresh. */
  acquire(signal: AbortSignal): Promise<TokenSet>;
  /** Exchanges `current`'s refresh token for new tokens. */
  refresh(current: TokenSet, signal: AbortSignal): Promise<TokenSet>;
  /**
   * True when `acquire` needs no person (it holds credentials: password grant, client
   * credentials). Then a refused refresh token is replaced by logging in again within the same
   * call; otherwise the refusal is a `LoginRequiredError`.
   */
  unattended?: boolean | undefined;
}

/** How a provider refreshes: shared by every token provider that refreshes its access token. */
export interface RefreshOptions {
  /** Replace the access token this many seconds before it expires (default 30). */
  refreshSkewSeconds?: number | undefined;
  /** Time source; tests inject one to step past an expiry. */
  clock?: Clock | undefined;
  /** Aborts any login or refresh in progress, and makes later calls fail fast. */
  signal?: AbortSignal | undefined;
}

/** Where a token provider keeps its tokens between runs. */
export interface PersistenceOptions {
  /** Where tokens are kept between runs (memory, a file under `/node`, or your own). */
  store?: TokenStore | undefined;
}

/** Options of {@link RefreshingTokenProvider}: how tokens are obtained and refreshed, and where they are kept. */
export interface RefreshingProviderOptions extends RefreshOptions {
  /** How tokens are first obtained and then refreshed. */
  lifecycle: TokenLifecycle;
  /** Where tokens are kept between runs; needs `storeKey`. */
  store?: TokenStore | undefined;
  /** The store key (see `tokenStoreKey`); required with `store`. */
  storeKey?: string | undefined;
  /** Start from the stored tokens when there are any (default true). */
  startFromStore?: boolean | undefined;
  /** What `util.inspect` and `toJSON` show about this provider (no secrets). */
  description: Record<string, unknown>;
  /** Credentials the provider holds (password, client secret), listed by `secrets()` for scrubbing. */
  credentials?: readonly (string | undefined)[] | undefined;
}

interface Flight {
  promise: Promise<TokenSet>;
  controller: AbortController;
  waiters: number;
}

/** A `TokenProvider` that also exposes the full token set and can forget its tokens. */
export interface ManagedTokenProvider extends TokenProvider {
  /** The current tokens, refreshed or obtained first when needed. */
  getTokenSet(options?: GetTokenOptions): Promise<TokenSet>;
  /** Forgets the tokens in memory and deletes them from the store. */
  clear(): Promise<void>;
}

/**
 * The shared core of every refreshing provider: caches the token set, refreshes it `skew`
 * before expiry, and runs at most one refresh at a time. Every concurrent caller (including
 * `forceRefresh` callers) joins the flight in progress and receives its result or its error.
 */
export class RefreshingTokenProvider implements ManagedTokenProvider {
  readonly #lifecycle: TokenLifecycle;
  readonly #clock: Clock;
  readonly #skewMs: number;
  readonly #store: TokenStore | undefined;
  readonly #storeKey: string | undefined;
  readonly #signal: AbortSignal | undefined;
  readonly #description: Record<string, unknown>;
  readonly #credentials: readonly (string | undefined)[];
  #current: TokenSet | undefined;
  #storeChecked: boolean;
  #flight: Flight | undefined;

  constructor(options: RefreshingProviderOptions) {
    if (options.store !== undefined && options.storeKey === undefined) {
      throw new AuthConfigurationError("A token store needs a store key.");
    }
    this.#lifecycle = options.lifecycle;
    this.#clock = options.clock ?? systemClock;
    this.#skewMs = (options.refreshSkewSeconds ?? 30) * 1000;
    this.#store = options.store;
    this.#storeKey = options.storeKey;
    this.#signal = options.signal;
    this.#description = options.description;
    this.#credentials = options.credentials ?? [];
    this.#storeChecked = options.store === undefined || options.startFromStore === false;
  }

  /**
   * An access token valid for at least `refreshSkewSeconds` more: the current one, else a refreshed
   * one, else (for unattended grants) a new login. Concurrent calls share one refresh.
   * @throws LoginRequiredError when the refresh token is refused and the grant needs a person to log in again.
   */
  async getToken(options?: GetTokenOptions): Promise<string> {
    return (await this.getTokenSet(options)).accessToken;
  }

  getTokenSet(options: GetTokenOptions = {}): Promise<TokenSet> {
    if (options.signal?.aborted === true) return Promise.reject(abortedError(options.signal));
    if (this.#signal?.aborted === true) return Promise.reject(abortedError(this.#signal));
    // While a refresh is in flight the cached token is suspect (a forced refresh usually
    // follows a 401), so every caller waits for the new one.
    const current = this.#current;
    // A forced refresh for a token we have already replaced: the new one is the answer (a burst
    // of 401s for one expired token costs one refresh, however late the stragglers arrive).
    const alreadyReplaced = options.forceRefresh === true && options.rejectedToken !== undefined && current?.accessToken !== options.rejectedToken;
    if (
      this.#flight === undefined &&
      (options.forceRefresh !== true || alreadyReplaced) &&
      current !== undefined &&
      !current.isStale(this.#clock.now(), this.#skewMs)
    ) {
      return Promise.resolve(current);
    }
    return this.#join(options.forceRefresh === true, options.signal);
  }

  /** The secrets this provider holds, for the transport to scrub from server text reaching an error. */
  secrets(): readonly string[] {
    const current = this.#current;
    const values = [...this.#credentials, current?.accessToken, current?.refreshToken, current?.idToken];
    return values.filter((v): v is string => v !== undefined && v !== "");
  }

  async clear(): Promise<void> {
    this.#current = undefined;
    this.#storeChecked = true;
    if (this.#store !== undefined) await this.#store.delete(this.#storeKey!);
  }

  // Join the flight in progress or start one. A caller whose signal fires stops waiting; the
  // flight itself is aborted only when every waiter has gone (nobody wants its result).
  #join(forced: boolean, signal: AbortSignal | undefined): Promise<TokenSet> {
    let flight = this.#flight;
    if (flight === undefined) {
      const controller = new AbortController();
      const flightSignal = this.#signal === undefined ? controller.signal : AbortSignal.any([controller.signal, this.#signal]);
      const promise: Promise<TokenSet> = this.#renew(forced, flightSignal).finally(() => {
        if (this.#flight?.promise === promise) this.#flight = undefined;
      });
      // Waiters may all have left; the flight's own rejection must not go unhandled.
      promise.catch(() => undefined);
      flight = { promise, controller, waiters: 0 };
      this.#flight = flight;
    }
    flight.waiters += 1;
    if (signal === undefined) return flight.promise;
    const joined = flight;
    const leave = (): void => {
      joined.waiters -= 1;
      if (joined.waiters === 0) joined.controller.abort(signal.reason);
    };
    signal.addEventListener("abort", leave, { once: true });
    const settle = (): void => signal.removeEventListener("abort", leave);
    joined.promise.then(settle, settle);
    return raceAbort(joined.promise, signal);
  }

  async #renew(forced: boolean, signal: AbortSignal): Promise<TokenSet> {
    let current = this.#current;
    if (current === undefined && !this.#storeChecked) {
      const stored = await this.#store!.get(this.#storeKey!);
      this.#storeChecked = true;
      if (stored !== undefined) current = this.#current = new TokenSet(stored);
    }
    const now = this.#clock.now();
    if (!forced && current !== undefined && !current.isStale(now, this.#skewMs)) return current;

    let next: TokenSet;
    if (current?.canRefresh(now) === true) {
      try {
        next = (await this.#lifecycle.refresh(current, signal)).withRefreshTokenFrom(current);
      } catch (error) {
        if (signal.aborted) throw abortedError(signal);
        if (!(error instanceof InvalidGrantError)) throw asRefreshError(error);
        // A refresh token the server calls invalid is dead (expired, revoked, or a restarted
        // server forgot it). A provider holding credentials logs in again now, inside this one
        // flight, so every caller waiting on it gets the new tokens; any other must ask a person.
        if (this.#current === current) this.#current = undefined;
        if (this.#lifecycle.unattended !== true) throw asRefreshError(error);
        next = await this.#lifecycle.acquire(signal);
      }
    } else {
      next = await this.#lifecycle.acquire(signal);
    }
    this.#current = next;
    if (this.#store !== undefined) await this.#store.set(this.#storeKey!, next.toStored());
    return next;
  }

  /** The provider's description and its tokens' shape and expiry, never a token or credential. */
  toJSON(): Record<string, unknown> {
    const current = this.#current;
    return { ...this.#description, tokens: current === undefined ? "none" : current.toJSON() };
  }

  /** What `util.inspect` shows: the description and the tokens' expiry, no secrets. */
  [INSPECT](): string {
    const current = this.#current;
    const fields = Object.entries(this.#description).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
    fields.push(`tokens: ${current === undefined ? "none" : current.toString()}`);
    return `TokenProvider { ${fields.join(", ")} }`;
  }
}

/** Wraps a refresh failure in the one typed error every waiter receives. */
export function asRefreshError(error: unknown): AuthError | AbortError {
  if (error instanceof TokenRefreshError || error instanceof AbortError) return error;
  if (error instanceof OAuthError) {
    if (error.code === "invalid_grant") {
      return new LoginRequiredError(`Refreshing the access token failed: ${error.message} The refresh token is expired or revoked; log in again.`, error.code, {
        cause: error,
      });
    }
    return new TokenRefreshError(`Refreshing the access token failed: ${error.message}`, error.code, { cause: error });
  }
  const reason = error instanceof Error ? error.message : "unknown error";
  return new TokenRefreshError(`Refreshing the access token failed: ${reason}`, undefined, { cause: error });
}
