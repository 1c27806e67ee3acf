// Downloads through a presigned GET URL with plain fetch (no AWS SDK, no credentials): works in
// browsers and Node. The body is read chunk by chunk so progress can be reported.
import { createHttpError } from "@provena-sdk/http-core";
import type { ProgressListener } from "../transfer/progress.js";
import { ProgressTracker } from "../transfer/progress.js";

/** Options of {@link downloadPresignedUrl} (and, without `file`, of `DatastoreClient.downloadFile`). */
export interface PresignedDownloadOptions {
  /** Cancels the download; the fetch rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /** Called as each chunk arrives, with bytes so far (total from Content-Length, when sent). */
  readonly onProgress?: ProgressListener | undefined;
  /** A fetch implementation (default: the global fetch). */
  readonly fetch?: typeof fetch | undefined;
  /** Names the file in progress events. */
  readonly file?: string | undefined;
}

/** GETs `url` and returns the body as a Blob, reporting bytes as they arrive. Non-2xx is an HttpError. */
export async function downloadPresignedUrl(url: string, options: PresignedDownloadOptions = {}): Promise<Blob> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const response = await doFetch(url, { signal: options.signal ?? null });
  if (!response.ok) {
    const text = await response.text().catch(() => "");
    throw createHttpError({ method: "GET", url: withoutQuery(url), status: response.status, statusText: response.statusText, body: text, operationName: "datastore.downloadPresignedUrl" });
  }
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  const tracker = new ProgressTracker("download", 1, Number.isFinite(length) ? length : undefined, options.onProgress);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  if (response.body !== null) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      tracker.bytes(value.byteLength, options.file);
    }
  }
  tracker.fileDone(options.file ?? url);
  return new Blob(chunks, { type: response.headers.get("content-type") ?? "" });
}


// A presigned URL's query is its credential (signature, session token): never put it in an error.
function withoutQuery(url: string): string {
  const at = url.indexOf("?");
  return at === -1 ? url : `${url.slice(0, at)}?[REDACTED]`;
}
