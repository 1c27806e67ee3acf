// An identity provider that echoes the request in its error text (some proxies and older
// Keycloak extensions do) must not get a password, client secret, refresh/offline token or
// device code into an error, however the error is printed. The local server answers; the
// echo is added to its real error replies by a fetch wrapper, as a proxy in front of it would.
import { inspect } from "node:util";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AccessDeniedError,
  clientCredentials,
  deviceFlow,
  InvalidGrantError,
  OAuthError,
  offlineToken,
  passwordGrant,
  TokenRefreshError,
  type FetchLike,
} from "../src/index.js";

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({ devicePollIntervalSeconds: 0 });
});
afterAll(() => server.stop());

const SESSION_HANDLE = "s3ss10n-h4ndl3-0123456789abcdefghijklmnopqrstuvwxyz";

/** Real fetch; an OAuth error reply gets the raw form body and each decoded value appended to its description. */
function echoingFetch(): { fetch: FetchLike; sent: URLSearchParams[] } {
  const sent: URLSearchParams[] = [];
  const fetchLike: FetchLike = async (input, init) => {
    const form = typeof init.body === "string" ? init.body : "";
    sent.push(new URLSearchParams(form));
    const response = await fetch(input, init);
    if (response.ok) return response;
    const body = (await response.json()) as { error: string; error_description?: string };
    const values = [...new URLSearchParams(form).values()].join(" | ");
    // Plus a token this request did not carry (a session handle, say): token-shaped text is dropped too.
    const echoed = { ...body, error_description: `${body.error_description ?? ""} (request: ${form}; values: ${values}; session ${SESSION_HANDLE})` };
    return new Response(JSON.stringify(echoed), { status: response.status, headers: { "content-type": "application/json" } });
  };
  return { fetch: fetchLike, sent };
}

/** Every way an error reaches a log: its renderings and each error's fields down the cause chain. */
function renderings(error: unknown): string {
  const parts = [inspect(error, { depth: 10 }), inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error), String(error)];
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    parts.push(current.message, current.stack ?? "", JSON.stringify({ ...current }));
  }
  return parts.join("\n");
}

function expectAbsent(text: string, secrets: readonly string[]): void {
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(encodeURIComponent(secret));
  }
}

describe("OAuth errors from an echoing identity provider", () => {
  it("keep a wrong password out, in any encoding", async () => {
    const echo = echoingFetch();
    const password = "Wrong pass/word+1";
    const error = await passwordGrant({ issuer: server.issuer, username: "user1", password, fetch: echo.fetch })
      .getToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidGrantError);
    // The echo really happened (so this test would see a leak): the server's own words are kept.
    expect((error as OAuthError).description).toContain("(request: ");
    expect(echo.sent[0]?.get("password")).toBe(password);
    expectAbsent(renderings(error), [password, new URLSearchParams({ p: password }).toString().slice(2)]);
  });

  it("keep a wrong client secret out", async () => {
    const echo = echoingFetch();
    const clientSecret = "short-secret-9";
    const error = await clientCredentials({ issuer: server.issuer, clientId: "registry-api", clientSecret, fetch: echo.fetch })
      .getToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).description).toContain("(request: ");
    expectAbsent(renderings(error), [clientSecret, SESSION_HANDLE]);
  });

  it("keep an opaque (non-JWT, short) offline token out of the refresh error", async () => {
    const echo = echoingFetch();
    const token = "opaque-offline-7f3a";
    const error = await offlineToken({ issuer: server.issuer, offlineToken: token, fetch: echo.fetch })
      .getToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRefreshError);
    expect((error as Error).cause).toBeInstanceOf(OAuthError);
    expect(echo.sent[0]?.get("refresh_token")).toBe(token);
    expectAbsent(renderings(error), [token]);
  });

  it("keep the device code out of a denied login's error", async () => {
    const echo = echoingFetch();
    let polls = 0;
    const provider = deviceFlow({
      issuer: server.issuer,
      fetch: async (input, init) => {
        // Deny after one pending poll, so the echoed pending reply and the denial both carry the code.
        if (typeof init.body === "string" && init.body.includes("device_code") && ++polls === 2) server.denyDevice(pendingUserCode);
        return echo.fetch(input, init);
      },
      onPrompt: ({ userCode }) => {
        pendingUserCode = userCode;
      },
    });
    let pendingUserCode = "";
    const error = await provider.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccessDeniedError);
    const deviceCode = echo.sent.find((f) => f.has("device_code"))?.get("device_code");
    expect(deviceCode).toEqual(expect.any(String));
    expect(((error as Error).cause as OAuthError).description).toContain("(request: ");
    expectAbsent(renderings(error), [deviceCode!]);
  });
});
