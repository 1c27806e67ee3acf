// Cancelling token calls: what the AbortError says, that nothing is asked for once a signal has
// fired, and that a signal an application keeps for its whole life collects no listeners from
// the calls it was passed to. Against the local server's realm.
import { getEventListeners } from "node:events";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AbortError, deviceFlow, externalToken, passwordGrant } from "../src/index.js";
import { recordingFetch } from "./support/recording-fetch.js";

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer({ devicePollIntervalSeconds: 0 });
});
afterAll(() => server.stop());

describe("aborting a token call", () => {
  it("says what was aborted and keeps the reason as its cause", async () => {
    const reason = new Error("the user pressed Ctrl-C");
    const error = await passwordGrant({ issuer: server.issuer, username: "user1", password: "user1" })
      .getToken({ signal: AbortSignal.abort(reason) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).message).toBe("obtaining an access token was aborted by the caller");
    expect((error as Error).cause).toBe(reason);
  });

  it("externalToken: an aborted signal fails before the callback runs, and a later abort ends the wait", async () => {
    let calls = 0;
    const provider = externalToken(() => {
      calls++;
      return new Promise<string>(() => undefined); // never answers
    });
    await expect(provider.getToken({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(calls).toBe(0);
    const controller = new AbortController();
    const pending = provider.getToken({ signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(calls).toBe(1);
    expect(await externalToken(() => "tok").getToken({ signal: new AbortController().signal })).toBe("tok");
  });
});

describe("a long-lived signal", () => {
  it("collects no listeners from the calls it was passed to, once they are done", async () => {
    const appSignal = new AbortController().signal;
    const recorder = recordingFetch();
    const provider = passwordGrant({ issuer: server.issuer, username: "user1", password: "user1", fetch: recorder.fetch });
    for (let i = 0; i < 5; i++) {
      await Promise.all([provider.getToken({ signal: appSignal, forceRefresh: true }), provider.getToken({ signal: appSignal })]);
    }
    expect(recorder.exchanges.length).toBeGreaterThanOrEqual(5);
    expect(getEventListeners(appSignal, "abort")).toHaveLength(0);

    // A device login waits between polls: those waits leave nothing behind either.
    const shutdown = new AbortController();
    let polls = 0;
    const device = deviceFlow({
      issuer: server.issuer,
      signal: shutdown.signal,
      fetch: async (input, init) => {
        if (typeof init.body === "string" && init.body.includes("device_code") && ++polls === 3) server.approveDevice(pendingCode, "user2");
        return fetch(input, init);
      },
      onPrompt: ({ userCode }) => {
        pendingCode = userCode;
      },
    });
    let pendingCode = "";
    await device.getToken({ signal: appSignal });
    expect(polls).toBeGreaterThanOrEqual(3);
    expect(getEventListeners(appSignal, "abort")).toHaveLength(0);
    expect(getEventListeners(shutdown.signal, "abort")).toHaveLength(0);
  });
});
