// Options of `startLocalServer` and their defaults.
import type { FaultOptions } from "./gateway/faults.js";
import type { ThrottleOptions } from "./gateway/throttle.js";
import type { RealmClientConfig } from "./realm/clients.js";
import type { UserInput } from "./realm/users.js";
import type { Storage } from "./store/storage.js";

export interface LocalServerOptions {
  /** TCP port; 0 (default) picks a free one. */
  readonly port?: number | undefined;
  /** Interface to bind; default 127.0.0.1. */
  readonly host?: string | undefined;
  /** Realm name; default `provena`. */
  readonly realm?: string | undefined;
  /** Users of the realm; default `admin`, `user1..3` (password = username). */
  readonly users?: readonly UserInput[] | undefined;
  /** A users JSON file (`{"users":[...]}`); used when `users` is not given. */
  readonly usersFile?: string | undefined;
  /** Extra or replacement OAuth clients, merged by `clientId` over upstream's defaults. */
  readonly clients?: readonly RealmClientConfig[] | undefined;
  /** Default 300. */
  readonly accessTokenLifetimeSeconds?: number | undefined;
  /** Default 1800. */
  readonly refreshTokenLifetimeSeconds?: number | undefined;
  /** Default 30 days. */
  readonly offlineTokenLifetimeSeconds?: number | undefined;
  /** Default 600. */
  readonly deviceCodeLifetimeSeconds?: number | undefined;
  /** Minimum seconds between token polls for one device code; default 5 (tests use 0 or 1). */
  readonly devicePollIntervalSeconds?: number | undefined;
  /**
   * A folder for durable state: every table in `DIR/provena-local.sqlite` (node:sqlite, WAL,
   * committed before each answer), object bytes in `DIR/objects`, the realm's signing key,
   * runtime user changes and device grants too; pending jobs resume on the next start. Created
   * if missing. Default: everything in memory.
   */
  readonly dataDir?: string | undefined;
  /** Where service state lives; default a fresh in-memory storage per server (or `dataDir`'s). */
  readonly storage?: Storage | undefined;
  /**
   * Delay in ms before each step of an in-process job (row written → DEQUEUED → IN_PROGRESS);
   * default 25, so jobs are visibly asynchronous. 0 runs them on the next timer tick.
   */
  readonly jobStepDelayMs?: number | undefined;
  /**
   * Folder where the S3 endpoint keeps object bytes (created if missing, kept on stop); default
   * a fresh temporary folder removed when the server stops. Pair it with a durable `storage`,
   * which keeps the object index, sessions and multipart uploads.
   */
  readonly objectsDir?: string | undefined;
  /**
   * Lifetime of the S3 credentials the data store issues, in seconds; default 8 h as upstream.
   * Tests of long transfers set a few seconds to see credentials renewed mid-transfer.
   */
  readonly datasetCredentialLifetimeSeconds?: number | undefined;
  /**
   * Throttle the service APIs per caller: `"RATE[/BURST]"` (requests per second, e.g. `"5/10"`)
   * or `{ rate, burst }`. Above it: 429 `{"message":"Too Many Requests"}` with `Retry-After`.
   * Default none.
   */
  readonly throttle?: ThrottleOptions | string | undefined;
  /**
   * Faults injected in front of the service APIs: `--faults` text (`"503=0.1,reset-after=0.05,
   * latency=0.2:300,seed=7"`) or `FaultOptions`. Default none.
   */
  readonly faults?: FaultOptions | string | undefined;
  /** Called with unexpected handler errors (the client gets a 500); default `console.error`. */
  readonly onError?: ((error: unknown) => void) | undefined;
}
