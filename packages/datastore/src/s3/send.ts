// Runs one S3 call for a dataset. If the server says the session expired anyway (a clock skew,
// a machine that slept), the cached credentials are dropped and the call is made once more.
import type { DatasetS3 } from "./dataset-s3.js";

const EXPIRED = new Set(["ExpiredToken", "TokenRefreshRequired", "RequestExpired"]);

export async function withRenewal<T>(s3: DatasetS3, call: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  const before = await s3.credentials.get({ signal });
  try {
    return await call();
  } catch (error) {
    if (!EXPIRED.has((error as { name?: string }).name ?? "")) throw error;
    s3.credentials.invalidate(before);
    return call();
  }
}
