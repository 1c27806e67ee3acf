// An S3 client for one dataset: bucket and prefix from the dataset's `s3` location, credentials
// from the data store (refreshed before expiry), endpoint and addressing from the credential
// response (the local server names its endpoint: path-style; without one, AWS: virtual-host).
import { S3Client } from "@aws-sdk/client-s3";
import type { S3ClientConfig } from "@aws-sdk/client-s3";
import type { DatastoreClient } from "../datastore-client.js";
import type { CredentialAccess } from "../credentials/dataset-credentials.js";
import { CredentialCache, DEFAULT_REFRESH_MARGIN_MS } from "./credential-cache.js";

export interface DatasetS3Options {
  /** Refresh credentials this long before they expire (capped at a quarter of their lifetime). Default 5 min. */
  readonly refreshMarginMs?: number | undefined;
  /** Extra S3 client settings (e.g. a custom `requestHandler`); endpoint, region and credentials are set here. */
  readonly s3ClientConfig?: Omit<S3ClientConfig, "credentials" | "region" | "endpoint" | "forcePathStyle"> | undefined;
  readonly signal?: AbortSignal | undefined;
}

export interface DatasetS3 {
  readonly client: S3Client;
  readonly bucket: string;
  /** The dataset's key prefix, ending in `/` (e.g. `datasets/10378-1-1/`). */
  readonly prefix: string;
  readonly credentials: CredentialCache;
  readonly access: CredentialAccess;
}

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
