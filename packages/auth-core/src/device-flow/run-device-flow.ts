import { sleep } from "../abort.js";
import type { Clock } from "../clock.js";
import { AccessDeniedError, DeviceCodeExpiredError, DeviceFlowError } from "../errors/device-flow-errors.js";
import { OAuthError } from "../errors/oauth-error.js";
import type { OAuthClient } from "../oauth/oauth-client.js";
import { TokenSet } from "../token-set.js";

export const DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

/** What to show the person who has to approve the login. */
export interface DevicePrompt {
  /** The page where the user enters `userCode`. */
  verificationUri: string;
  /** The code to enter there. */
  userCode: string;
  /** The page with the code filled in, when the server offers one (good for a QR code or a browser). */
  verificationUriComplete: string | undefined;
  /** Seconds until the code expires. */
  expiresIn: number;
}

export interface RunDeviceFlowOptions {
  client: OAuthClient;
  scope: string | undefined;
  onPrompt: (prompt: DevicePrompt) => void | Promise<void>;
  clock: Clock;
  signal: AbortSignal;
}

// RFC 8628 §3.5: without an `interval` in the reply the client waits 5 s between polls, and
// every `slow_down` adds 5 s for the rest of the flow.
const DEFAULT_INTERVAL_S = 5;
const SLOW_DOWN_STEP_MS = 5_000;

/** Runs one device authorization login (RFC 8628) to tokens or a typed `DeviceFlowError`. */
export async function runDeviceFlow(options: RunDeviceFlowOptions): Promise<TokenSet> {
  const { client, clock, signal } = options;
  const authorization = await client.requestDeviceAuthorization(options.scope, signal);
  const deadline = clock.now() + authorization.expires_in * 1000;
  await options.onPrompt({
    verificationUri: authorization.verification_uri,
    userCode: authorization.user_code,
    verificationUriComplete: authorization.verification_uri_complete,
    expiresIn: authorization.expires_in,
  });

  let intervalMs = (authorization.interval ?? DEFAULT_INTERVAL_S) * 1000;
  for (;;) {
    const remaining = deadline - clock.now();
    if (remaining <= 0) throw new DeviceCodeExpiredError(authorization.expires_in, undefined);
    await sleep(Math.min(intervalMs, remaining), signal);
    if (clock.now() >= deadline) throw new DeviceCodeExpiredError(authorization.expires_in, undefined);
    try {
      const response = await client.requestToken(
        { grant_type: DEVICE_CODE_GRANT, device_code: authorization.device_code },
        signal,
      );
      return TokenSet.fromResponse(response, clock.now());
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      switch (error.code) {
        case "authorization_pending":
          continue;
        case "slow_down":
          intervalMs += SLOW_DOWN_STEP_MS;
          continue;
        case "access_denied":
          throw new AccessDeniedError({ cause: error });
        case "expired_token":
          throw new DeviceCodeExpiredError(authorization.expires_in, "expired_token", { cause: error });
        default:
          throw new DeviceFlowError(`The device login failed: ${error.message}`, error.code, { cause: error });
      }
    }
  }
}
