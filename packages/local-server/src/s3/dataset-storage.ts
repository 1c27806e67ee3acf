// The contract between the services that keep files (the data store, the prov report job) and
// the local S3-compatible endpoint that serves them. The data store decides *what* may be
// reached (a dataset's prefix, read or write); this module's implementation decides *how*
// (objects on disk, SigV4 sessions, presigned URLs served on the local origin).
// The store instance is `datasetStorageStore` in `./store.ts`: `context.store(datasetStorageStore)`.

/** Temporary S3 credentials, as STS `AssumeRoleWithWebIdentity` would return them. */
export interface IssuedCredentials {
  /** The session's access key id (what an S3 client signs with, with the secret). */
  readonly accessKeyId: string;
  /** The secret key matching `accessKeyId`. */
  readonly secretAccessKey: string;
  /** Sent as `x-amz-security-token`; identifies the session and its scope. */
  readonly sessionToken: string;
  /** When the session stops being accepted. */
  readonly expiry: Date;
}

/** What a session issued by {@link DatasetStorage.issueCredentials} may reach. */
export interface CredentialScope {
  /** The bucket the session may use. */
  readonly bucket: string;
  /** Key prefix the session may reach, e.g. `datasets/10378-1-1/` (always ends with `/`). */
  readonly prefix: string;
  /** Write (put, delete, multipart, copy into the prefix) as well as read and list. */
  readonly write: boolean;
  /** Recorded with the session (upstream names it `<username>,read-prog-bucket-access`). */
  readonly username: string;
  /**
   * Lifetime in seconds.
   *
   * @defaultValue 28800 (8 hours, upstream's `SERVICE_SESSION_DURATION_SECONDS`)
   */
  readonly durationSeconds?: number | undefined;
}

/**
 * The local S3-compatible endpoint behind the data store, as {@link LocalServer.datasetStorage}
 * exposes it to tests: read and write objects directly, issue scoped credentials, presign GETs.
 */
export interface DatasetStorage {
  /** The bucket datasets live in (upstream's `S3_STORAGE_BUCKET_NAME`). */
  readonly datasetBucket: string;
  /** The bucket generated reports live in (upstream's `REPORT_BUCKET_NAME`). */
  readonly reportBucket: string;
  /** The S3 endpoint clients use with path-style addressing, e.g. `http://127.0.0.1:8080/s3`. */
  readonly endpoint: string;
  /** The region clients sign for. */
  readonly region: string;
  /** Writes a whole object (small service-written files such as `metadata.json`). */
  putObject(bucket: string, key: string, body: string | Uint8Array, contentType?: string): Promise<void>;
  /** True when the exact key exists. */
  hasObject(bucket: string, key: string): Promise<boolean>;
  /** True when any object's key starts with `prefix`. */
  hasPrefix(bucket: string, prefix: string): Promise<boolean>;
  /** Reads a whole (small) object, or undefined. */
  getObject(bucket: string, key: string): Promise<Uint8Array | undefined>;
  /** Issues a session scoped to one prefix; SigV4 requests signed with it are checked against the scope. */
  issueCredentials(scope: CredentialScope): IssuedCredentials;
  /** A presigned GET URL on the local origin: a plain HTTP GET of it returns the object. */
  presignGet(bucket: string, key: string, expiresInSeconds: number): string;
}
