// RFC 8628 device authorizations: created by the device endpoint, approved or denied by a
// person (verification page) or a test (`approveDevice`), polled by the token endpoint.
import { randomBytes, randomInt } from "node:crypto";
import { RealmLookupError } from "../errors.js";
import type { Table } from "../store/storage.js";

export type DeviceState = { kind: "pending" } | { kind: "approved"; username: string } | { kind: "denied" };

/** A device authorization as stored (in a table, so pending grants survive a restart). */
export interface DeviceGrant {
  readonly deviceCode: string;
  readonly userCode: string;
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly expiresAtMs: number;
  readonly intervalSeconds: number;
  readonly lastPollMs: number | null;
  readonly state: DeviceState;
}

export type PollOutcome =
  | { kind: "invalid" }
  | { kind: "expired" }
  | { kind: "slow_down" }
  | { kind: "pending" }
  | { kind: "denied" }
  | { kind: "approved"; username: string; scopes: ReadonlySet<string> };

// Keycloak's user-code alphabet: consonants only, so codes never spell words.
const USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";

function newUserCode(): string {
  let code = "";
  for (let i = 0; i < 8; i++) code += USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Accepts what a person types: any case, with or without the dash or spaces. */
export function normaliseUserCode(input: string): string {
  const compact = input.toUpperCase().replace(/[^A-Z]/g, "");
  return compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact;
}

export class DeviceAuthorizations {
  readonly #grants: Table<DeviceGrant>;
  readonly #lifetimeSeconds: number;
  readonly #intervalSeconds: number;

  constructor(lifetimeSeconds: number, intervalSeconds: number, grants: Table<DeviceGrant>) {
    this.#lifetimeSeconds = lifetimeSeconds;
    this.#intervalSeconds = intervalSeconds;
    this.#grants = grants;
  }

  create(clientId: string, scopes: ReadonlySet<string>): DeviceGrant {
    this.#sweep();
    let userCode = newUserCode();
    while (this.#byUserCode(userCode) !== undefined) userCode = newUserCode();
    const grant: DeviceGrant = {
      deviceCode: randomBytes(32).toString("base64url"),
      userCode,
      clientId,
      scopes: [...scopes],
      expiresAtMs: Date.now() + this.#lifetimeSeconds * 1000,
      intervalSeconds: this.#intervalSeconds,
      lastPollMs: null,
      state: { kind: "pending" },
    };
    this.#grants.put(grant.deviceCode, grant);
    return grant;
  }

  /** A pending, unexpired grant for a user code, or undefined. */
  findPending(userCode: string): DeviceGrant | undefined {
    const grant = this.#byUserCode(normaliseUserCode(userCode));
    if (grant === undefined || grant.state.kind !== "pending" || Date.now() >= grant.expiresAtMs) return undefined;
    return grant;
  }

  approve(userCode: string, username: string): void {
    const grant = this.#requirePending(userCode);
    this.#grants.put(grant.deviceCode, { ...grant, state: { kind: "approved", username } });
  }

  deny(userCode: string): void {
    const grant = this.#requirePending(userCode);
    this.#grants.put(grant.deviceCode, { ...grant, state: { kind: "denied" } });
  }

  /** One token-endpoint poll. Order as Keycloak: unknown, expired, too fast, then state. */
  poll(deviceCode: string, clientId: string): PollOutcome {
    const grant = this.#grants.get(deviceCode);
    if (grant?.clientId !== clientId) return { kind: "invalid" };
    const now = Date.now();
    if (now >= grant.expiresAtMs) {
      this.#grants.delete(deviceCode);
      return { kind: "expired" };
    }
    const tooFast = grant.lastPollMs !== null && now - grant.lastPollMs < grant.intervalSeconds * 1000;
    if (tooFast) {
      this.#grants.put(deviceCode, { ...grant, lastPollMs: now });
      return { kind: "slow_down" };
    }
    switch (grant.state.kind) {
      case "pending":
        this.#grants.put(deviceCode, { ...grant, lastPollMs: now });
        return { kind: "pending" };
      case "denied":
        this.#grants.delete(deviceCode);
        return { kind: "denied" };
      case "approved":
        // A device code is single-use: the next poll gets invalid_grant.
        this.#grants.delete(deviceCode);
        return { kind: "approved", username: grant.state.username, scopes: new Set(grant.scopes) };
    }
  }

  #byUserCode(userCode: string): DeviceGrant | undefined {
    for (const grant of this.#grants.values()) if (grant.userCode === userCode) return grant;
    return undefined;
  }

  #requirePending(userCode: string): DeviceGrant {
    const grant = this.findPending(userCode);
    if (grant === undefined) throw new RealmLookupError(`No pending device authorization with user code "${userCode}" (unknown, expired or already decided).`);
    return grant;
  }

  // Drops grants expired long ago so a long-running server does not grow without bound.
  #sweep(): void {
    const cutoff = Date.now() - 60_000;
    for (const grant of [...this.#grants.values()]) if (grant.expiresAtMs < cutoff) this.#grants.delete(grant.deviceCode);
  }
}
