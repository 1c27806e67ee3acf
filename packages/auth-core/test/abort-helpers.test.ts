// The abort helpers every token call waits through (src/abort.ts), unit by unit: an already
// fired signal fails at once, a signal firing mid-wait ends the wait, no signal means no
// cancelling, and nothing is left behind on the signal or the timer list afterwards.
// "At once" is checked without a clock: a promise settled synchronously has run its handlers
// before a `setImmediate` callback, however loaded the machine is.
import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { abortedError, raceAbort, sleep, throwIfAborted } from "../src/abort.js";
import { AbortError } from "../src/index.js";

type State = "resolved" | "rejected" | "pending";
/** Where `promise` stands once the current microtasks have run (without waiting on a clock). */
function stateNow(promise: Promise<unknown>): Promise<State> {
  return Promise.race([
    promise.then(
      () => "resolved" as const,
      () => "rejected" as const,
    ),
    new Promise<State>((resolve) => setImmediate(() => resolve("pending"))),
  ]);
}
const timers = (): number => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
const abortListeners = (signal: AbortSignal): number => getEventListeners(signal, "abort").length;
const never = new Promise<never>(() => undefined);

function expectAbortError(error: unknown, reason: unknown): void {
  expect(error).toBeInstanceOf(AbortError);
  expect((error as Error).message).toBe("obtaining an access token was aborted by the caller");
  expect((error as Error).cause).toBe(reason);
}

describe("throwIfAborted", () => {
  it("throws the AbortError only for a fired signal, and does nothing without one", () => {
    const reason = new Error("shutting down");
    expect(() => throwIfAborted(undefined)).not.toThrow();
    expect(() => throwIfAborted(new AbortController().signal)).not.toThrow();
    let thrown: unknown;
    try {
      throwIfAborted(AbortSignal.abort(reason));
    } catch (error) {
      thrown = error;
    }
    expectAbortError(thrown, reason);
    expectAbortError(abortedError(AbortSignal.abort(reason)), reason);
  });
});

describe("sleep", () => {
  it("without a signal, resolves after (at least) the wait and leaves no timer behind", async () => {
    const before = timers();
    const started = performance.now();
    const waiting = sleep(30);
    expect(timers()).toBe(before + 1);
    await expect(waiting).resolves.toBeUndefined();
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    expect(timers()).toBe(before);
  });

  it("with a signal that never fires, resolves and takes its abort listener back", async () => {
    const signal = new AbortController().signal;
    const waiting = sleep(10, signal);
    expect(abortListeners(signal)).toBe(1);
    await expect(waiting).resolves.toBeUndefined();
    expect(abortListeners(signal)).toBe(0);
  });

  it("with an already fired signal, rejects at once without starting a timer or listening", async () => {
    const reason = new Error("already cancelled");
    const signal = AbortSignal.abort(reason);
    const before = timers();
    const waiting = sleep(50, signal);
    expect(timers()).toBe(before);
    expect(abortListeners(signal)).toBe(0);
    expect(await stateNow(waiting)).toBe("rejected");
    expectAbortError(await waiting.catch((e: unknown) => e), reason);
  });

  it("rejects as soon as the signal fires mid-wait, cancelling its timer and dropping its listener", async () => {
    const reason = new Error("the user pressed Ctrl-C");
    const controller = new AbortController();
    const before = timers();
    const waiting = sleep(60_000, controller.signal);
    expect(timers()).toBe(before + 1);
    expect(abortListeners(controller.signal)).toBe(1);
    controller.abort(reason);
    expect(timers()).toBe(before);
    expect(abortListeners(controller.signal)).toBe(0);
    expect(await stateNow(waiting)).toBe("rejected");
    expectAbortError(await waiting.catch((e: unknown) => e), reason);
  });
});

describe("raceAbort", () => {
  it("without a signal, is the promise itself", async () => {
    const promise = Promise.resolve("token");
    expect(raceAbort(promise, undefined)).toBe(promise);
    const failing = Promise.reject(new Error("boom"));
    await expect(raceAbort(failing, undefined)).rejects.toThrow("boom");
  });

  it("with an already fired signal, rejects even when the promise has an answer, and does not listen", async () => {
    const reason = new Error("already cancelled");
    const signal = AbortSignal.abort(reason);
    const racing = raceAbort(Promise.resolve("token"), signal);
    expect(abortListeners(signal)).toBe(0);
    expectAbortError(await racing.catch((e: unknown) => e), reason);
    expect(await stateNow(raceAbort(never, signal))).toBe("rejected");
  });

  it("settles like the promise while the signal stays quiet, and takes its listener back", async () => {
    const signal = new AbortController().signal;
    const answered = raceAbort(Promise.resolve("token"), signal);
    expect(abortListeners(signal)).toBe(1);
    await expect(answered).resolves.toBe("token");
    expect(abortListeners(signal)).toBe(0);
    const failed = raceAbort(Promise.reject(new Error("refused")), signal);
    await expect(failed).rejects.toThrow("refused");
    expect(abortListeners(signal)).toBe(0);
  });

  it("rejects as soon as the signal fires, leaving no listener although the promise never settles", async () => {
    const reason = new Error("the user pressed Ctrl-C");
    const controller = new AbortController();
    const racing = raceAbort(never, controller.signal);
    expect(abortListeners(controller.signal)).toBe(1);
    controller.abort(reason);
    expect(abortListeners(controller.signal)).toBe(0);
    expect(await stateNow(racing)).toBe("rejected");
    expectAbortError(await racing.catch((e: unknown) => e), reason);
  });
});
