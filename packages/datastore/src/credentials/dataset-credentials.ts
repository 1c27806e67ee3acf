// Temporary S3 credentials for one dataset. The secret parts are private fields behind getters,
// so `JSON.stringify`, `util.inspect` and spreading never show them.
import { REDACTED } from "@provena-sdk/http-core";
import type { CredentialResponse } from "@provena-sdk/models/datastore";
import { LOCAL_ENDPOINT_FIELD, LOCAL_REGION_FIELD } from "./local-endpoint.js";

/** AWS's region for Provena deployments (upstream signs its console URLs for it). */
export const DEFAULT_S3_REGION = "ap-southeast-2";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * Which S3 session to ask for: "read" (list and download the dataset's files) or "write" (also
 * upload, under the dataset's prefix only).
 */
export type CredentialAccess = "read" | "write";

/**
 * Temporary S3 credentials (an STS session) for one dataset's files, from
 * `DatastoreClient.credentials`. The secret key, session token and console URL are reachable
 * only through getters: `JSON.stringify`, `util.inspect` and spreading show the rest, with the
 * secrets redacted. Upstream's sessions last 8 hours; renew them before `expiration` (the `/node`
 * and `/browser` transfers do this for you).
 */
export class DatasetCredentials {
  /** The dataset the session is scoped to (its storage prefix). */
  readonly datasetId: string;
  /** Whether the session may write, as asked for. */
  readonly access: CredentialAccess;
  /** The AWS access key id (not secret on its own; pair it with the getters below). */
  readonly accessKeyId: string;
  /** When the session stops being accepted. */
  readonly expiration: Date;
  /**
   * The S3 endpoint the server named (the local server does; real deployments do not, meaning
   * AWS with virtual-host addressing). Use path-style addressing with it.
   */
  readonly endpoint: string | undefined;
  /** The region to sign for. */
  readonly region: string;
  readonly #secretAccessKey: string;
  readonly #sessionToken: string;
  readonly #consoleSessionUrl: string | undefined;

  /** Wraps a credential response (`POST /registry/credentials/generate-*-access-credentials`) for `datasetId`. */
  constructor(datasetId: string, access: CredentialAccess, response: CredentialResponse) {
    const extra = response as CredentialResponse & Record<string, unknown>;
    this.datasetId = datasetId;
    this.access = access;
    this.accessKeyId = response.credentials.aws_access_key_id;
    this.#secretAccessKey = response.credentials.aws_secret_access_key;
    this.#sessionToken = response.credentials.aws_session_token;
    this.expiration = new Date(response.credentials.expiry);
    this.#consoleSessionUrl = response.console_session_url ?? undefined;
    const endpoint = extra[LOCAL_ENDPOINT_FIELD];
    const region = extra[LOCAL_REGION_FIELD];
    this.endpoint = typeof endpoint === "string" ? endpoint : undefined;
    this.region = typeof region === "string" ? region : DEFAULT_S3_REGION;
  }

  /** The AWS secret access key (a secret: keep it out of logs). */
  get secretAccessKey(): string {
    return this.#secretAccessKey;
  }

  /** The STS session token that must accompany the keys (a secret: keep it out of logs). */
  get sessionToken(): string {
    return this.#sessionToken;
  }

  /** An AWS console sign-in URL (when asked for); as secret as the keys. */
  get consoleSessionUrl(): string | undefined {
    return this.#consoleSessionUrl;
  }

  /** Milliseconds until expiry (negative once expired). */
  expiresInMs(now: number = Date.now()): number {
    return this.expiration.getTime() - now;
  }

  /** A redacted summary (secret key and session token replaced): what a log line or `JSON.stringify` may show. */
  toJSON(): Record<string, unknown> {
    return {
      datasetId: this.datasetId,
      access: this.access,
      accessKeyId: this.accessKeyId,
      secretAccessKey: REDACTED,
      sessionToken: REDACTED,
      expiration: this.expiration.toISOString(),
      endpoint: this.endpoint,
      region: this.region,
    };
  }

  /** What `util.inspect` shows: the redacted `toJSON()` summary. */
  [INSPECT](): string {
    return `DatasetCredentials ${JSON.stringify(this.toJSON())}`;
  }
}

