// A credentials provider for the AWS SDK that asks the data store on demand and again before the
// session expires, so a transfer longer than a session's lifetime carries on. One request at a
// time: concurrent callers share the pending one.
import type { CredentialAccess, DatasetCredentials } from "../credentials/dataset-credentials.js";

/** Refresh this long before expiry, or a quarter of a short session's lifetime if that is less. */
export const DEFAULT_REFRESH_MARGIN_MS = 5 * 60_000;

/** Where a {@link CredentialCache} gets fresh credentials: usually `DatastoreClient.credentials` for one dataset. */
export type CredentialSource = (access: CredentialAccess, signal?: AbortSignal) => Promise<DatasetCredentials>;

/** The identity the AWS SDK signs with (structurally its `AwsCredentialIdentity`). */
export interface S3Identity {
  /** The AWS access key id. */
  readonly accessKeyId: string;
  /** The AWS secret access key (a secret). */
  readonly secretAccessKey: string;
  /** The STS session token (a secret). */
  readonly sessionToken: string;
  /** When the session ends; the AWS SDK asks the provider again as it nears. */
  readonly expiration: Date;
}

/**
 * One dataset's S3 credentials for the AWS SDK: asked for on first use and again before they
 * expire (`DEFAULT_REFRESH_MARGIN_MS` ahead, or a quarter of a short session's lifetime), so a
 * transfer longer than one session carries on. Concurrent callers share one pending request.
 * `openDatasetS3` makes one; make your own to give an S3 client of yours renewing credentials.
 */
export class CredentialCache {
  #current: DatasetCredentials | undefined;
  #issuedAt = 0;
  #pending: Promise<DatasetCredentials> | undefined;
  /** How many times credentials were asked for (tests and diagnostics). */
  requests = 0;

  /** `source` is asked for `access` credentials; `marginMs` is how long before expiry to renew. */
  constructor(
    private readonly source: CredentialSource,
    private readonly access: CredentialAccess,
    private readonly marginMs: number = DEFAULT_REFRESH_MARGIN_MS,
  ) {}

  /** Valid credentials: the cached ones unless they are about to expire (or `force`). */
  async get(options: { force?: boolean; signal?: AbortSignal } = {}): Promise<DatasetCredentials> {
    const current = this.#current;
    if (current !== undefined && options.force !== true && !this.stale(current)) return current;
    this.#pending ??= this.refresh(options.signal).finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  /** The AWS SDK's `credentials` option. */
  readonly provider = async (): Promise<S3Identity> => {
    const c = await this.get();
    return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken, expiration: c.expiration };
  };

  /** Forget the cached session (e.g. after the server said it expired). */
  invalidate(stale: DatasetCredentials | undefined = this.#current): void {
    if (this.#current === stale) this.#current = undefined;
  }

  private stale(credentials: DatasetCredentials): boolean {
    const now = Date.now();
    const lifetime = credentials.expiration.getTime() - this.#issuedAt;
    return credentials.expiresInMs(now) <= Math.min(this.marginMs, lifetime / 4);
  }

  private async refresh(signal: AbortSignal | undefined): Promise<DatasetCredentials> {
    this.requests += 1;
    const issuedAt = Date.now();
    const fresh = await this.source(this.access, signal);
    this.#current = fresh;
    this.#issuedAt = issuedAt;
    return fresh;
  }
}
