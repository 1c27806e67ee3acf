// Test support for the S3 endpoint: a server, credentials issued by its dataset storage, and AWS
// SDK v3 clients with DEFAULT settings (flexible checksums on) pointed at it path-style.
import { S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { startLocalServer, type DatasetStorage, type IssuedCredentials, type LocalServer } from "../src/index.js";

export interface S3Fixture {
  readonly server: LocalServer;
  readonly storage: DatasetStorage;
  readonly bucket: string;
  /** Unexpected handler errors the server reported (each one would have been a 500). */
  readonly errors: unknown[];
  credentials(prefix: string, write: boolean, durationSeconds?: number): IssuedCredentials;
  client(credentials: IssuedCredentials, extra?: Partial<S3ClientConfig>): S3Client;
}

export async function startS3(): Promise<S3Fixture> {
  const errors: unknown[] = [];
  const server = await startLocalServer({ onError: (error) => errors.push(error) });
  const storage = server.datasetStorage;
  return {
    errors,
    server,
    storage,
    bucket: storage.datasetBucket,
    credentials: (prefix, write, durationSeconds) => storage.issueCredentials({ bucket: storage.datasetBucket, prefix, write, username: "user1", durationSeconds }),
    client: (credentials, extra = {}) =>
      new S3Client({
        endpoint: storage.endpoint,
        forcePathStyle: true,
        region: storage.region,
        credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, sessionToken: credentials.sessionToken },
        ...extra,
      }),
  };
}

/** The error an SDK call rejects with: its S3 code (`name`) and HTTP status. */
export async function s3Error(promise: Promise<unknown>): Promise<{ name: string; status: number | undefined; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message };
  }
  throw new Error("expected the S3 call to fail");
}

let recorders = 0;

/** Headers of every request the client sends, after signing (to see what went over the wire). */
export function recordRequests(client: S3Client): Record<string, string>[] {
  const seen: Record<string, string>[] = [];
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string> };
      if (request.headers !== undefined) seen.push({ ...request.headers });
      return next(args);
    },
    { step: "deserialize", name: `recordRequests${++recorders}` },
  );
  return seen;
}

export const bytes = (size: number, seed = 1): Buffer => {
  const out = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >>> 16;
  }
  return out;
};
