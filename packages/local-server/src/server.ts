// startLocalServer: binds one port, builds the realm and mounts the realm and the services.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import type { ServiceEndpoints } from "@provena-sdk/http-core";
import { DEFAULT_REALM, localEndpoints, localIssuer } from "./endpoints.js";
import { LocalServerError } from "./errors.js";
import { createRequestListener } from "./http/app.js";
import { Router } from "./http/router.js";
import type { LocalServerOptions } from "./options.js";
import { Realm, type MintTokenOptions } from "./realm/realm.js";
import { mountRealm } from "./realm/routes.js";
import { REALM_DEFAULTS, type RealmSettings } from "./realm/settings.js";
import { loadUsersFile } from "./realm/users-file.js";
import { DEFAULT_USERS, type RealmUserInfo, type UserInput } from "./realm/users.js";
import { createServiceContext, DEFAULT_SERVICE_SETTINGS } from "./services/context.js";
import type { FaultOptions } from "./gateway/faults.js";
import { Gateway } from "./gateway/gateway.js";
import type { ThrottleOptions } from "./gateway/throttle.js";
import { JOB_RUNNER } from "./services/jobs/runner.js";
import { mountServices } from "./services/mount.js";
import { memoryStorage } from "./store/memory-storage.js";
import { sqliteStorage } from "./store/sqlite-storage.js";
import type { Storage } from "./store/storage.js";
import type { DatasetStorage } from "./s3/dataset-storage.js";
import { mountS3 } from "./s3/routes.js";
import { datasetStorageStore } from "./s3/store.js";

/**
 * A running local Provena server, as returned by {@link startLocalServer}: its addresses, its
 * realm's users and tokens, and knobs tests turn at runtime (throttle, faults). Stop it with
 * {@link LocalServer.stop} or `await using`.
 */
export interface LocalServer extends AsyncDisposable {
  /** `http://host:port`, no trailing slash. */
  readonly origin: string;
  /** The TCP port actually bound (the free one picked when the `port` option was 0). */
  readonly port: number;
  /** Base URL of every service on this origin. */
  readonly endpoints: ServiceEndpoints;
  /** `{origin}/auth/realms/{realm}`: the `iss` of every token. */
  readonly issuer: string;
  /** Name of the realm (the `realm` option, default `provena`). */
  readonly realmName: string;
  /** The data folder (absolute) when state is durable (`dataDir`), else undefined (in memory). */
  readonly dataDir: string | undefined;
  /** The realm's (human) users, without passwords. A fresh snapshot on every read. */
  readonly users: readonly RealmUserInfo[];
  /** A signed access token for a user, as the realm would issue it. */
  mintToken(username: string, options?: MintTokenOptions): string;
  /** Approves a pending device authorization (the `user_code`) as `username`. */
  approveDevice(userCode: string, username: string): void;
  /** Denies a pending device authorization. */
  denyDevice(userCode: string): void;
  /** Replaces a user's realm roles; tokens issued afterwards carry them. */
  setUserRoles(username: string, roles: readonly string[]): RealmUserInfo;
  /**
   * Adds a realm user who can log in and get tokens at once (kept across restarts with `dataDir`).
   *
   * @returns the user as {@link LocalServer.users} lists it (no password).
   * @throws {@link UsersFileError} when the username is empty or already taken.
   */
  addUser(user: UserInput): RealmUserInfo;
  /**
   * Removes a realm user: they can no longer log in or refresh; access tokens already issued
   * stay valid until they expire.
   *
   * @throws {@link RealmLookupError} when there is no such user.
   */
  removeUser(username: string): void;
  /**
   * The dataset storage behind the S3-compatible endpoint (`{origin}/s3`): issue SigV4
   * credentials for a bucket prefix, presign GETs, write service files.
   */
  readonly datasetStorage: DatasetStorage;
  /** Replaces the throttle (`"RATE[/BURST]"` or `{ rate, burst }`); undefined lifts it. */
  setThrottle(throttle: ThrottleOptions | string | undefined): void;
  /** Replaces the injected faults (`--faults` text or `FaultOptions`); undefined stops them. */
  setFaults(faults: FaultOptions | string | undefined): void;
  /**
   * Closes the port and every open connection, stops background jobs and closes the storage the
   * server opened (a `storage` passed in stays open). Calling it again returns the same promise.
   */
  stop(): Promise<void>;
}

function positive(name: string, value: number | undefined, fallback: number, allowZero: boolean): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new LocalServerError(`Option ${name} must be a ${allowZero ? "non-negative" : "positive"} number of seconds, got ${value}.`);
  }
  return value;
}

function settingsFrom(options: LocalServerOptions): RealmSettings {
  const name = options.realm ?? DEFAULT_REALM;
  if (!/^[A-Za-z0-9_.-]+$/.test(name)) throw new LocalServerError(`Realm name "${name}" must use only letters, digits, "_", "." and "-".`);
  return {
    name,
    accessTokenLifetimeSeconds: positive("accessTokenLifetimeSeconds", options.accessTokenLifetimeSeconds, REALM_DEFAULTS.accessTokenLifetimeSeconds, false),
    refreshTokenLifetimeSeconds: positive("refreshTokenLifetimeSeconds", options.refreshTokenLifetimeSeconds, REALM_DEFAULTS.refreshTokenLifetimeSeconds, false),
    offlineTokenLifetimeSeconds: positive("offlineTokenLifetimeSeconds", options.offlineTokenLifetimeSeconds, REALM_DEFAULTS.offlineTokenLifetimeSeconds, false),
    deviceCodeLifetimeSeconds: positive("deviceCodeLifetimeSeconds", options.deviceCodeLifetimeSeconds, REALM_DEFAULTS.deviceCodeLifetimeSeconds, false),
    devicePollIntervalSeconds: positive("devicePollIntervalSeconds", options.devicePollIntervalSeconds, REALM_DEFAULTS.devicePollIntervalSeconds, true),
  };
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function openStorage(options: LocalServerOptions): Storage {
  if (options.dataDir !== undefined && options.storage !== undefined) {
    throw new LocalServerError("Options dataDir and storage cannot be combined: dataDir opens its own storage.");
  }
  if (options.storage !== undefined) return options.storage;
  return options.dataDir === undefined ? memoryStorage() : sqliteStorage(options.dataDir);
}

/**
 * Starts a Provena-compatible server in this process: every service API, a Keycloak-like realm
 * and an S3-compatible endpoint on one origin. Tests use it with `port: 0`; `provena-local` (the
 * bin) wraps it.
 *
 * @param options - where to listen, users, token lifetimes, durable state, throttle and faults.
 * @returns once the port is bound.
 * @throws {@link LocalServerError} for an invalid option or when the port cannot be bound.
 */
export async function startLocalServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const settings = settingsFrom(options);
  const users = options.users ?? (options.usersFile === undefined ? DEFAULT_USERS : loadUsersFile(options.usersFile));
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new LocalServerError(`Port must be an integer 0-65535, got ${port}.`);

  // Checked before listening: a bad --throttle/--faults must not leave a port open.
  const gateway = new Gateway(options.throttle, options.faults);
  const server = createServer({ keepAliveTimeout: 5_000 });
  let address: AddressInfo;
  try {
    address = await listen(server, port, host);
  } catch (cause) {
    throw new LocalServerError(`Cannot listen on ${host}:${port}: ${(cause as Error).message}`, { cause });
  }
  const hostPart = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const origin = `http://${hostPart}:${address.port}`;
  const issuer = localIssuer(origin, settings.name);

  const jobStepDelayMs = options.jobStepDelayMs ?? DEFAULT_SERVICE_SETTINGS.jobStepDelayMs;
  let storage: Storage;
  let realm: Realm;
  try {
    if (!Number.isFinite(jobStepDelayMs) || jobStepDelayMs < 0) {
      throw new LocalServerError(`Option jobStepDelayMs must be a non-negative number of milliseconds, got ${jobStepDelayMs}.`);
    }
    const credentialLifetime = options.datasetCredentialLifetimeSeconds;
    if (credentialLifetime !== undefined && (!Number.isFinite(credentialLifetime) || credentialLifetime <= 0)) {
      throw new LocalServerError(`Option datasetCredentialLifetimeSeconds must be a positive number of seconds, got ${credentialLifetime}.`);
    }
    storage = openStorage(options);
    try {
      realm = new Realm({ settings, issuer, users, clients: options.clients, storage });
    } catch (error) {
      if (options.storage === undefined) storage.close();
      throw error;
    }
  } catch (error) {
    server.close();
    throw error;
  }
  const router = new Router();
  mountRealm(router, realm);
  const endpoints = localEndpoints(origin);
  const dataDir = options.dataDir === undefined ? undefined : resolve(options.dataDir);
  const objectsDir = options.objectsDir ?? (dataDir === undefined ? undefined : join(dataDir, "objects"));
  const context = createServiceContext(origin, endpoints, realm, storage, {
    jobStepDelayMs,
    objectsDir,
    datasetCredentialLifetimeSeconds: options.datasetCredentialLifetimeSeconds,
  });
  mountServices(router, context);
  mountS3(router, context);
  const onError = options.onError ?? ((error: unknown) => console.error("provena-local: handler failed:", error));
  const beforeReply = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    await storage.committed?.();
    gateway.afterProcessing(req, res);
  };
  server.on("request", gateway.wrap(createRequestListener(router, origin, onError, beforeReply)));
  // Jobs that were pending or running when a server on this storage stopped carry on.
  context.store(JOB_RUNNER).resume();

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= new Promise<void>((resolve, reject) => {
      context.dispose();
      server.close((error) => {
        // A storage the server opened is closed with it; one passed in belongs to the caller.
        if (options.storage === undefined) storage.close();
        if (error === undefined) resolve();
        else reject(error);
      });
      server.closeAllConnections();
    }));

  return {
    origin,
    port: address.port,
    endpoints,
    issuer,
    realmName: settings.name,
    dataDir,
    get users() {
      return realm.users.list();
    },
    mintToken: (username, mintOptions) => realm.mintToken(username, mintOptions),
    approveDevice: (userCode, username) => realm.approveDevice(userCode, username),
    denyDevice: (userCode) => realm.denyDevice(userCode),
    setUserRoles: (username, roles) => realm.users.setRoles(username, roles),
    addUser: (user) => realm.users.add(user),
    removeUser: (username) => realm.users.remove(username),
    get datasetStorage() {
      return context.store(datasetStorageStore);
    },
    setThrottle: (throttle) => gateway.setThrottle(throttle),
    setFaults: (faults) => gateway.setFaults(faults),
    stop,
    [Symbol.asyncDispose]: stop,
  };
}
