// Options of `startLocalServer` and their defaults.
import type { FaultOptions } from "./gateway/faults.js";
import type { ThrottleOptions } from "./gateway/throttle.js";
import type { RealmClientConfig } from "./realm/clients.js";
import type { UserInput } from "./realm/users.js";
import type { Storage } from "./store/storage.js";

/** Options of {@link startLocalServer}; every one is optional. */
export interface LocalServerOptions {
  /**
   * TCP port to listen on; 0 picks a free one (read it back from {@link LocalServer.port}).
   *
   * @defaultValue 0
   */
  readonly port?: number | undefined;
  /**
   * Interface to bind; `0.0.0.0` exposes the server to other machines.
   *
   * @defaultValue `"127.0.0.1"`
   */
  readonly host?: string | undefined;
  /**
   * Realm name: part of the issuer URL (`/auth/realms/<realm>`) and of every stable user id.
   *
   * @defaultValue `"provena"`
   */
  readonly realm?: string | undefined;
  /**
   * Users of the realm. Replaces the defaults entirely.
   *
   * @defaultValue {@link DEFAULT_USERS}: `admin` with every catalogue role and `user1..3` with
   * registry read and write; password = username.
   */
  readonly users?: readonly UserInput[] | undefined;
  /**
   * Path of a users JSON file (`{"users":[...]}`, each entry a {@link UserInput}); read at start
   * and used when `users` is not given.
   */
  readonly usersFile?: string | undefined;
  /**
   * Extra or replacement OAuth clients, merged by `clientId` over {@link DEFAULT_CLIENTS}
   * (upstream's public clients and service accounts).
   */
  readonly clients?: readonly RealmClientConfig[] | undefined;
  /**
   * Seconds an access token stays valid (`exp - iat`). Short values let tests see refreshes.
   *
   * @defaultValue 300
   */
  readonly accessTokenLifetimeSeconds?: number | undefined;
  /**
   * Seconds a (non-offline) refresh token stays valid.
   *
   * @defaultValue 1800
   */
  readonly refreshTokenLifetimeSeconds?: number | undefined;
  /**
   * Seconds an offline refresh token (`scope=offline_access`) stays valid.
   *
   * @defaultValue 2592000 (30 days)
   */
  readonly offlineTokenLifetimeSeconds?: number | undefined;
  /**
   * Seconds a device authorization (`device_code`/`user_code`) can be approved and polled.
   *
   * @defaultValue 600
   */
  readonly deviceCodeLifetimeSeconds?: number | undefined;
  /**
   * Minimum seconds between token polls for one device code (faster polls get `slow_down`);
   * tests use 0 or 1.
   *
   * @defaultValue 5
   */
  readonly devicePollIntervalSeconds?: number | undefined;
  /**
   * A folder for durable state: every table in `DIR/provena-local.sqlite` (node:sqlite, WAL,
   * committed before each answer), object bytes in `DIR/objects`, the realm's signing key,
   * runtime user changes and device grants too; pending jobs resume on the next start. Created
   * if missing. Cannot be combined with `storage`.
   *
   * @defaultValue undefined: everything in memory, lost on stop.
   */
  readonly dataDir?: string | undefined;
  /**
   * Where service state lives, e.g. one {@link memoryStorage} shared by two servers in turn to
   * test a restart. A storage passed in is not closed by {@link LocalServer.stop}.
   *
   * @defaultValue a fresh {@link memoryStorage} per server (or `dataDir`'s SQLite storage).
   */
  readonly storage?: Storage | undefined;
  /**
   * Delay in ms before each step of an in-process job (row written → DEQUEUED → IN_PROGRESS),
   * so jobs are visibly asynchronous. 0 runs them on the next timer tick.
   *
   * @defaultValue 25
   */
  readonly jobStepDelayMs?: number | undefined;
  /**
   * Folder where the S3 endpoint keeps object bytes (created if missing, kept on stop). Pair it
   * with a durable `storage`, which keeps the object index, sessions and multipart uploads.
   *
   * @defaultValue `DIR/objects` with `dataDir`, else a fresh temporary folder removed when the
   * server stops.
   */
  readonly objectsDir?: string | undefined;
  /**
   * Lifetime of the S3 credentials the data store issues, in seconds. Tests of long transfers set
   * a few seconds to see credentials renewed mid-transfer.
   *
   * @defaultValue 28800 (8 hours, as upstream)
   */
  readonly datasetCredentialLifetimeSeconds?: number | undefined;
  /**
   * Throttle the service APIs per caller: `"RATE[/BURST]"` (requests per second, e.g. `"5/10"`)
   * or `{ rate, burst }`. Above it: 429 `{"message":"Too Many Requests"}` with `Retry-After`.
   * Change it at runtime with {@link LocalServer.setThrottle}.
   *
   * @defaultValue undefined: no throttle.
   */
  readonly throttle?: ThrottleOptions | string | undefined;
  /**
   * Faults injected in front of the service APIs: `--faults` text (`"503=0.1,reset-after=0.05,
   * latency=0.2:300,seed=7"`) or {@link FaultOptions}. Change them at runtime with
   * {@link LocalServer.setFaults}.
   *
   * @defaultValue undefined: no faults.
   */
  readonly faults?: FaultOptions | string | undefined;
  /**
   * Called with unexpected handler errors (the client gets a 500); pass a function that collects
   * them to fail a test on a server bug.
   *
   * @defaultValue logs with `console.error`.
   */
  readonly onError?: ((error: unknown) => void) | undefined;
}
