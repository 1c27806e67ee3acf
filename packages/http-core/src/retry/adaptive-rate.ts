// Client-side adaptive sending rate, after the AWS SDK's "adaptive" retry mode: a token bucket
// that is off until the server first throttles, then refills at a rate cut to 70% of what was
// being sent, and grows back along a cubic curve (CUBIC congestion control) while requests
// succeed. ky has no notion of a send rate, so this is the SDK's; it only ever delays a send.
import { sleep } from "../util/abort.js";

const BETA = 0.7; // share of the measured rate kept after a throttle
const SCALE = 0.4; // CUBIC's growth constant
const MIN_RATE = 0.5; // requests per second, the floor
const WINDOW_MS = 1000; // the measured rate is over the last second
// A burst of 429s answering one burst of requests is one signal, not forty: cut at most this often.
const MIN_CUT_INTERVAL_MS = 500;

export class AdaptiveRate {
  #enabled = false;
  /** Tokens per second while enabled. */
  #rate = Infinity;
  /** Tokens in the bucket; negative when sends are reserved ahead (each waits its turn). */
  #tokens = 0;
  #refilledAt = 0;
  /** The rate at the last cut, and when it happened (CUBIC's W_max and epoch). */
  #lastMaxRate = 0;
  #lastCutAt = -Infinity;
  readonly #sent: number[] = [];

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Requests per second the transport currently allows (Infinity before any throttle). */
  get rate(): number {
    return this.#enabled ? this.#rate : Infinity;
  }

  /** Waits for a send slot. Resolves at once until the server has throttled. */
  acquire(signal: AbortSignal | undefined): Promise<void> | undefined {
    this.#recordSend();
    if (!this.#enabled) return undefined;
    this.#refill();
    this.#tokens -= 1;
    if (this.#tokens >= 0) return undefined;
    const waitMs = (-this.#tokens / this.#rate) * 1000;
    return signal === undefined ? new Promise((resolve) => setTimeout(resolve, waitMs)) : sleep(waitMs, signal);
  }

  /** Feeds back one response: throttled (429) or not. */
  record(throttled: boolean): void {
    const now = this.now();
    if (throttled) {
      if (now - this.#lastCutAt < MIN_CUT_INTERVAL_MS) return;
      const measured = this.#measuredRate(now);
      const from = this.#enabled ? Math.min(measured, this.#rate) : measured;
      this.#lastMaxRate = from;
      this.#lastCutAt = now;
      this.#setRate(from * BETA);
      this.#enabled = true;
      return;
    }
    if (!this.#enabled) return;
    // W(t) = C (t - K)^3 + W_max, K = cbrt(W_max (1 - beta) / C): back to W_max after K seconds.
    const t = (now - this.#lastCutAt) / 1000;
    const k = Math.cbrt((this.#lastMaxRate * (1 - BETA)) / SCALE);
    const cubic = SCALE * (t - k) ** 3 + this.#lastMaxRate;
    // Grow no faster than twice what is actually being sent, but an idle spell (nothing
    // measured) does not cut the rate either.
    this.#setRate(Math.min(cubic, Math.max(2 * this.#measuredRate(now), this.#rate)));
  }

  #setRate(rate: number): void {
    this.#refill();
    this.#rate = Math.max(MIN_RATE, rate);
    // The bucket holds at most one second's worth (and at least one send).
    this.#tokens = Math.min(this.#tokens, Math.max(1, this.#rate));
  }

  #refill(): void {
    const now = this.now();
    if (this.#enabled) this.#tokens = Math.min(Math.max(1, this.#rate), this.#tokens + ((now - this.#refilledAt) / 1000) * this.#rate);
    this.#refilledAt = now;
  }

  #recordSend(): void {
    this.#sent.push(this.now());
    if (this.#sent.length > 4096) this.#sent.splice(0, 2048);
  }

  /** Sends per second over the last second. */
  #measuredRate(now: number): number {
    let count = 0;
    for (let i = this.#sent.length - 1; i >= 0 && now - this.#sent[i]! <= WINDOW_MS; i--) count++;
    return count / (WINDOW_MS / 1000);
  }
}
