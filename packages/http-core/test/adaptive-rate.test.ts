// The client-side send rate after a throttle, on a clock the test moves: sends beyond what the
// server accepted wait their turn, the allowance refills with time, later throttles cut again,
// and a caller's abort ends a wait. (Growth back along the cubic curve: throttling.test.ts.)
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AdaptiveRate } from "../src/retry/adaptive-rate.js";

let now = 0;
beforeEach(() => {
  now = 0;
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** `count` sends spread evenly over one second, then a 429: the rate becomes 70% of `count`/s. */
function throttledAfter(count: number): AdaptiveRate {
  const rate = new AdaptiveRate(() => now);
  for (let i = 0; i < count; i++, now += 1000 / count) expect(rate.acquire(undefined)).toBeUndefined();
  rate.record(true);
  return rate;
}

/** Whether `wait` has settled after `ms` more of fake time. */
async function settledAfter(wait: Promise<void> | undefined, ms: number): Promise<boolean> {
  if (wait === undefined) return true;
  let settled = false;
  void wait.then(
    () => (settled = true),
    () => (settled = true),
  );
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

describe("after a throttle", () => {
  it("sends beyond the allowance wait their turn, one interval of the allowed rate apart", async () => {
    const rate = throttledAfter(20); // 14 sends a second: one every 1000/14 ms
    expect(rate.rate).toBeCloseTo(14, 5);
    const first = rate.acquire(undefined);
    const second = rate.acquire(undefined);
    expect(first).toBeInstanceOf(Promise);
    expect(second).toBeInstanceOf(Promise);
    expect(await settledAfter(first, 1000 / 14 - 5)).toBe(false);
    expect(await settledAfter(first, 10)).toBe(true);
    // The second waits one more interval.
    expect(await settledAfter(second, 1000 / 14 - 20)).toBe(false);
    expect(await settledAfter(second, 25)).toBe(true);
  });

  it("the allowance refills with time, up to one second's worth", () => {
    const rate = throttledAfter(20); // 14/s
    now += 1000 / 14 + 1; // one interval later: one send may go at once
    expect(rate.acquire(undefined)).toBeUndefined();
    expect(rate.acquire(undefined)).toBeInstanceOf(Promise);

    // After a long idle spell the bucket holds one second's worth (7 sends at 7/s), not more.
    now = 0;
    const idle = throttledAfter(10);
    expect(idle.rate).toBe(7);
    now += 60_000;
    for (let i = 0; i < 7; i++) expect(idle.acquire(undefined)).toBeUndefined();
    expect(idle.acquire(undefined)).toBeInstanceOf(Promise);
  });

  it("the allowance never falls below one send every two seconds", async () => {
    const rate = throttledAfter(1); // 70% of 1/s would be 0.7/s; then throttled again, lower
    now += 600;
    rate.record(true);
    now += 600;
    rate.record(true);
    expect(rate.rate).toBe(0.5);
    now += 2001; // one send's worth at 0.5/s
    expect(rate.acquire(undefined)).toBeUndefined();
    const next = rate.acquire(undefined);
    expect(await settledAfter(next, 1900)).toBe(false);
    expect(await settledAfter(next, 200)).toBe(true);
  });

  it("a 429 more than half a second after the last cut cuts again, from the lower of the measured and allowed rate", () => {
    const rate = throttledAfter(40); // 28/s
    // 40 more sends right after the cut (each told to wait its turn): more than 28 a second.
    for (let i = 0; i < 40; i++) void rate.acquire(undefined);
    now += 499;
    rate.record(true);
    expect(rate.rate).toBeCloseTo(28, 5); // the same burst of 429s: one signal
    now += 2;
    // Far more than 28 sends measured in the last second, but 28 allowed: the cut starts from 28.
    rate.record(true);
    expect(rate.rate).toBeCloseTo(28 * 0.7, 5);
  });

  it("a successful response before any throttle changes nothing", () => {
    const rate = new AdaptiveRate(() => now);
    for (let i = 0; i < 10; i++) rate.record(false);
    expect(rate.rate).toBe(Infinity);
    expect(rate.acquire(undefined)).toBeUndefined();
  });

  it("the caller's abort ends a wait at once, with the signal's reason", async () => {
    const rate = throttledAfter(2); // 1.4/s
    void rate.acquire(undefined);
    const controller = new AbortController();
    const wait = rate.acquire(controller.signal);
    expect(wait).toBeInstanceOf(Promise);
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(wait).rejects.toBe(reason);
  });
});
