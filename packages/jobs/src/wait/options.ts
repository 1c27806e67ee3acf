// The knobs of a wait, their defaults, and their checks. Defaults follow upstream's integration
// tests (20 s of "not found" tolerated, then minutes of waiting), polling faster at first.
import { ConfigurationError } from "@provena-sdk/http-core";
import type { JobStatusTable } from "../models.js";

/** Options of the waiters (`waitFor`, `waitForChain`): timeouts and polling pace, in milliseconds. */
export interface WaitForOptions {
  /** Aborts the wait (rejects with http-core's AbortError). */
  signal?: AbortSignal | undefined;
  /** The whole wait, chained jobs included; then JobTimeoutError. Default 900 000 (15 min). */
  timeoutMs?: number | undefined;
  /**
   * How long "not found" (400) counts as "not written yet" from the start of the wait; then
   * JobNotFoundError. Default 20 000, as upstream's tests.
   */
  notFoundGraceMs?: number | undefined;
  /** First pause between polls. Default 500. */
  pollIntervalMs?: number | undefined;
  /** Each pause is the previous one times this. Default 1.5 (1 = fixed interval). */
  backoff?: number | undefined;
  /** Longest pause between polls. Default 5 000. */
  maxPollIntervalMs?: number | undefined;
  /** Called with the job whenever its status changes (the first sighting included). */
  onProgress?: ((job: JobStatusTable) => void) | undefined;
}

/** The timing of a wait with every default filled in (see {@link WaitForOptions}). */
export interface ResolvedWaitOptions {
  /** The whole wait, in milliseconds. */
  readonly timeoutMs: number;
  /** How long "not found" counts as "not written yet", in milliseconds. */
  readonly notFoundGraceMs: number;
  /** First pause between polls, in milliseconds. */
  readonly pollIntervalMs: number;
  /** Factor each pause is multiplied by. */
  readonly backoff: number;
  /** Longest pause between polls, in milliseconds. */
  readonly maxPollIntervalMs: number;
}

/** The waiters' defaults: 15 minutes in all, 20 s of "not found" tolerated, polls from 0.5 s growing 1.5× to 5 s. */
export const WAIT_DEFAULTS: ResolvedWaitOptions = {
  timeoutMs: 900_000,
  notFoundGraceMs: 20_000,
  pollIntervalMs: 500,
  backoff: 1.5,
  maxPollIntervalMs: 5_000,
};

function nonNegative(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new ConfigurationError(`waitFor option ${name} must be a non-negative number of milliseconds, got ${value}.`);
  return value;
}

export function resolveWaitOptions(options: WaitForOptions): ResolvedWaitOptions {
  const backoff = options.backoff ?? WAIT_DEFAULTS.backoff;
  if (!Number.isFinite(backoff) || backoff < 1) throw new ConfigurationError(`waitFor option backoff must be a number ≥ 1, got ${backoff}.`);
  const pollIntervalMs = nonNegative("pollIntervalMs", options.pollIntervalMs, WAIT_DEFAULTS.pollIntervalMs);
  return {
    timeoutMs: nonNegative("timeoutMs", options.timeoutMs, WAIT_DEFAULTS.timeoutMs),
    notFoundGraceMs: nonNegative("notFoundGraceMs", options.notFoundGraceMs, WAIT_DEFAULTS.notFoundGraceMs),
    pollIntervalMs,
    backoff,
    maxPollIntervalMs: Math.max(pollIntervalMs, nonNegative("maxPollIntervalMs", options.maxPollIntervalMs, WAIT_DEFAULTS.maxPollIntervalMs)),
  };
}
