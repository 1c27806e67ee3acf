// An S3 client for one dataset: bucket and prefix from the dataset's `s3` location, credentials
// from the data store (refreshed before expiry), endpoint and addressing from the credential
// response (the local server names its endpoint: path-style; without one, AWS: virtual-host).
import { S3Client } from "@aws-sdk/client-s3";
import type { S3ClientConfig } from "@aws-sdk/client-s3";
import type { DatastoreClient } from "../datastore-client.js";
import type { CredentialAccess } from "../credentials/dataset-credentials.js";
import { CredentialCache, DEFAULT_REFRESH_MARGIN_MS } from "./credential-cache.js";

/** Options of {@link openDatasetS3}. */
export interface DatasetS3Options {
  /** Refresh credentials this long before they expire (capped at a quarter of their lifetime). Default 5 min. */
  readonly refreshMarginMs?: number | undefined;
  /** Extra S3 client settings (e.g. a custom `requestHandler`); endpoint, region and credentials are set here. */
  readonly s3ClientConfig?: Omit<S3ClientConfig, "credentials" | "region" | "endpoint" | "forcePathStyle"> | undefined;
  /** Cancels opening the session (for `uploadBlob`, the whole upload). */
  readonly signal?: AbortSignal | undefined;
}

/**
 * An S3 session for one dataset: an AWS SDK client signed with the dataset's temporary
 * credentials (renewed before they expire), the bucket and the dataset's key prefix. Use it for
 * S3 calls the SDK does not wrap; the credentials cover only keys under `prefix`.
 */
export interface DatasetS3 {
  /** The AWS SDK v3 S3 client: region and endpoint from the credential response, credentials from `credentials`. */
  readonly client: S3Client;
  /** The data store's bucket (the dataset's `s3.bucket_name`). */
  readonly bucket: string;
  /** The dataset's key prefix, ending in `/` (e.g. `datasets/10378-1-1/`). */
  readonly prefix: string;
  /** The credential cache behind `client`; call `invalidate()` on it if S3 says the session expired. */
  readonly credentials: CredentialCache;
  /** Whether the session may write. */
  readonly access: CredentialAccess;
}

/**
 * Opens an S3 session on a dataset: fetches the dataset (for its bucket and prefix) and asks for
 * `access` credentials (`POST /registry/credentials/generate-{read,write}-access-credentials`)
 * at once. With an endpoint named in the response (the local server) the client uses it with
 * path-style addressing; without one (real deployments) it uses AWS S3 in the region given
 * (default ap-southeast-2). Refusals are the data store's: UnauthorizedError without the dataset
 * role, DatasetLockedError or DatasetInReleaseError for write.
 */
export async function openDatasetS3(datastore: DatastoreClient, datasetId: string, access: CredentialAccess, options: DatasetS3Options = {}): Promise<DatasetS3> {
  const signal = options.signal;
  const [{ item }, credentials] = await Promise.all([
    datastore.fetch(datasetId, { signal }),
    (async () => {
      const cache = new CredentialCache((mode, s) => datastore.credentials(datasetId, mode, { signal: s }), access, options.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS);
      await cache.get({ signal });
      return cache;
    })(),
  ]);
  const first = await credentials.get();
  const client = new S3Client({
    ...options.s3ClientConfig,
    region: first.region,
    ...(first.endpoint === undefined ? {} : { endpoint: first.endpoint, forcePathStyle: true }),
    credentials: credentials.provider,
  });
  const path = item.s3.path;
  return { client, bucket: item.s3.bucket_name, prefix: path.endsWith("/") ? path : `${path}/`, credentials, access };
}
