// The realm: users, clients, signing key, token issuer and device authorizations in one
// place, shared by the Keycloak endpoints, the services' token checks and the programmatic API.
import { randomUUID } from "node:crypto";
import { RealmLookupError } from "../errors.js";
import { resolveClients, serviceAccountUsername, type RealmClient, type RealmClientConfig } from "./clients.js";
import type { Storage } from "../store/storage.js";
import { DeviceAuthorizations } from "./device-flow.js";
import { generateRealmKeys, realmKeysFromRecord, type RealmKeyRecord, type RealmKeys } from "./keys.js";
import type { RealmSettings } from "./settings.js";
import { TokenIssuer } from "./tokens.js";
import { UserStore, type UserInput } from "./users.js";

/** Options of {@link LocalServer.mintToken}: shape the token for a test. */
export interface MintTokenOptions {
  /** Seconds until `exp`; default the realm's access-token lifetime. Negative mints an expired token. */
  readonly lifetimeSeconds?: number | undefined;
  /** Realm roles to put in the token instead of the user's own. */
  readonly roles?: readonly string[] | undefined;
  /** `azp`; default `integration-tests`. */
  readonly clientId?: string | undefined;
  /**
   * Claims to add or replace; a key set to `undefined` is removed. For tests of malformed
   * tokens (no `realm_access`, no `email`) that are still validly signed.
   */
  readonly claims?: Readonly<Record<string, unknown>> | undefined;
}

const KEYS_TABLE = "realm.keys";
const SIGNING_KEY = "signing";
const USER_CHANGES_TABLE = "realm.user-changes";
const DEVICE_GRANTS_TABLE = "realm.device-grants";

/** The stored signing key, or a new one stored for next time. */
function signingKeys(storage: Storage): RealmKeys {
  const table = storage.table<RealmKeyRecord>(KEYS_TABLE);
  const stored = table.get(SIGNING_KEY);
  if (stored !== undefined) return realmKeysFromRecord(stored);
  const keys = generateRealmKeys();
  table.put(SIGNING_KEY, keys.record);
  return keys;
}

export class Realm {
  readonly settings: RealmSettings;
  readonly issuer: string;
  readonly keys: RealmKeys;
  readonly users: UserStore;
  readonly clients: ReadonlyMap<string, RealmClient>;
  readonly devices: DeviceAuthorizations;
  readonly tokens: TokenIssuer;

  constructor(options: {
    settings: RealmSettings;
    issuer: string;
    users: readonly UserInput[];
    clients?: readonly RealmClientConfig[] | undefined;
    /** Where the signing key, runtime user changes and device grants live (so they survive a restart). */
    storage: Storage;
  }) {
    this.settings = options.settings;
    this.issuer = options.issuer;
    this.keys = signingKeys(options.storage);
    this.users = new UserStore(options.settings.name, options.users, options.storage.table(USER_CHANGES_TABLE));
    this.clients = resolveClients(options.clients);
    for (const client of this.clients.values()) {
      if (!client.serviceAccount) continue;
      this.users.addServiceAccount(serviceAccountUsername(client.clientId), client.clientId, client.serviceAccountRoles);
    }
    this.users.replayChanges();
    this.devices = new DeviceAuthorizations(options.settings.deviceCodeLifetimeSeconds, options.settings.devicePollIntervalSeconds, options.storage.table(DEVICE_GRANTS_TABLE));
    this.tokens = new TokenIssuer(this.keys, options.settings, options.issuer);
  }

  mintToken(username: string, options: MintTokenOptions = {}): string {
    const user = this.users.require(username);
    const clientId = options.clientId ?? "integration-tests";
    return this.tokens.accessToken(user, clientId, {
      sessionId: randomUUID(),
      scope: this.tokens.scopeString(new Set()),
      lifetimeSeconds: options.lifetimeSeconds ?? this.settings.accessTokenLifetimeSeconds,
      roles: options.roles,
      claims: options.claims,
    });
  }

  approveDevice(userCode: string, username: string): void {
    this.users.require(username);
    this.devices.approve(userCode, username);
  }

  denyDevice(userCode: string): void {
    this.devices.deny(userCode);
  }

  client(clientId: string): RealmClient {
    const client = this.clients.get(clientId);
    if (client === undefined) throw new RealmLookupError(`No client "${clientId}" in the realm.`);
    return client;
  }
}
