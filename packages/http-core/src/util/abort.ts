// Small AbortSignal helpers, so waits (backoff sleeps, a token provider that ignores its
// signal) end the moment the caller aborts.

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** `promise`, unless `signal` aborts first (then its reason). */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener("abort", onAbort, { once: true });
    void promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

const MAX_TIMER_MS = 2_147_483_647;

/** A signal that aborts after `ms` (if finite); `fired` tells whether it was the timer. */
export class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  readonly startedAt = Date.now();
  fired = false;

  constructor(readonly ms: number) {
    // setTimeout cannot wait longer than 2^31-1 ms; anything longer is "no deadline".
    if (Number.isFinite(ms) && ms <= MAX_TIMER_MS) {
      this.timer = setTimeout(() => {
        this.fired = true;
        this.controller.abort(new Error(`deadline of ${ms} ms passed`));
      }, ms);
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  remainingMs(): number {
    return this.ms - (Date.now() - this.startedAt);
  }

  clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
  }
}

export function anySignal(signals: (AbortSignal | undefined)[]): AbortSignal {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  return present.length === 1 ? present[0]! : AbortSignal.any(present);
}
