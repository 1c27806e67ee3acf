// File transfer for one dataset: list, upload a file or a folder, download everything, a folder
// or one file. Credentials are asked for when a transfer first needs them (read or write) and
// renewed before they expire; both sessions are kept for the object's lifetime.
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { basename, resolve } from "node:path";
import type { DatastoreClient } from "../datastore-client.js";
import type { CredentialAccess } from "../credentials/dataset-credentials.js";
import type { DatasetS3, DatasetS3Options } from "../s3/dataset-s3.js";
import { openDatasetS3 } from "../s3/dataset-s3.js";
import { downloadFiles } from "./download.js";
import { DatasetFileNotFoundError, UnsafePathError } from "./errors.js";
import { localFiles } from "./local-files.js";
import type { DatasetFile } from "./remote-files.js";
import { listRemoteFiles } from "./remote-files.js";
import { datasetPathSegments, folderPrefix } from "./safe-path.js";
import { ProgressTracker } from "../transfer/progress.js";
import { managedUpload } from "../transfer/managed-upload.js";
import type { StreamUploadOptions, TransferOptions, UploadOptions } from "./transfer-options.js";
import { TRANSFER_DEFAULTS } from "./transfer-options.js";
import type { TransferSummary } from "./upload.js";
import { uploadFiles } from "./upload.js";

/** Options of {@link DatasetFiles}: S3 client settings and the credential refresh margin (each call takes its own signal). */
export type DatasetFilesOptions = Omit<DatasetS3Options, "signal">;

/** The data store writes this file at the dataset's root; folder uploads leave it alone. */
export const METADATA_FILE = "metadata.json";

/**
 * File transfer for one dataset on the AWS SDK (Node): list, upload a folder, a file or a
 * stream, download everything, a folder or one file. Read or write credentials are asked for
 * when a call first needs them and renewed before they expire; both sessions are kept for the
 * object's lifetime. Transfers are resumable: files already matching on the other side (same
 * size and ETag) are skipped. Dataset paths are checked: one that would leave the dataset or
 * the destination folder is an UnsafePathError before anything is written.
 */
export class DatasetFiles {
  /** The dataset (handle) whose files this moves. */
  readonly datasetId: string;
  readonly #datastore: DatastoreClient;
  readonly #options: DatasetFilesOptions;
  readonly #sessions = new Map<CredentialAccess, Promise<DatasetS3>>();

  /** Sends no request yet: credentials are asked for on the first transfer. */
  constructor(datastore: DatastoreClient, datasetId: string, options: DatasetFilesOptions = {}) {
    this.#datastore = datastore;
    this.datasetId = datasetId;
    this.#options = options;
  }

  /**
   * The S3 client, bucket and prefix for `access`, opened on first use (credentials requested
   * then) and shared by later calls; a refused open is not kept, so the next call asks again.
   */
  session(access: CredentialAccess, signal?: AbortSignal): Promise<DatasetS3> {
    let session = this.#sessions.get(access);
    if (session === undefined) {
      session = openDatasetS3(this.#datastore, this.datasetId, access, { ...this.#options, signal });
      // A failed open (refused credentials) is not cached: the next call asks again.
      session.catch(() => this.#sessions.delete(access));
      this.#sessions.set(access, session);
    }
    return session;
  }

  /** The dataset's files (or those under dataset folder `folder`), with sizes and ETags; `metadata.json` included. Read credentials. */
  async list(options: { folder?: string; signal?: AbortSignal } = {}): Promise<DatasetFile[]> {
    const s3 = await this.session("read", options.signal);
    return listRemoteFiles(s3, folderPrefix(options.folder ?? ""), options.signal);
  }

  /**
   * Uploads every file under `localFolder` into the dataset (below dataset folder `options.to`,
   * default the root), replacing files of the same path. Write credentials (DatasetLockedError,
   * DatasetInReleaseError). Files matching on the server are skipped (`skipMatching`); files
   * from `multipartThreshold` up go in parts read straight from disk. A root-level
   * `metadata.json` is left out: the data store owns it.
   */
  async uploadFolder(localFolder: string, options: UploadOptions & { to?: string } = {}): Promise<TransferSummary> {
    const prefix = folderPrefix(options.to ?? "");
    const files = (await localFiles(localFolder, prefix)).filter((f) => f.path !== METADATA_FILE);
    const s3 = await this.session("write", options.signal);
    return uploadFiles(s3, files, prefix, options);
  }

  /**
   * Uploads one file to dataset path `to` (default: its name at the root), skipped if the server
   * already has it. Write credentials. A `to` naming a folder is an UnsafePathError.
   */
  async uploadFile(localPath: string, options: UploadOptions & { to?: string } = {}): Promise<TransferSummary> {
    const path = options.to ?? basename(localPath);
    const segments = datasetPathSegments(path);
    if (segments.length === 0 || path.endsWith("/")) throw new UnsafePathError(path, "it names a folder, not a file");
    const info = await stat(localPath);
    const s3 = await this.session("write", options.signal);
    return uploadFiles(s3, [{ localPath: resolve(localPath), path: segments.join("/"), size: info.size }], `${segments.join("/")}`, options);
  }

  /**
   * Uploads a stream of unknown length (a pipe, generated data, another service's response body)
   * to dataset path `to`, in parts as the bytes arrive (lib-storage). Write credentials. A stream
   * cannot be read twice, so there is no skipping or resuming: use `uploadFile` for files on disk.
   */
  async uploadStream(body: Readable | ReadableStream<Uint8Array>, to: string, options: StreamUploadOptions = {}): Promise<TransferSummary> {
    const segments = datasetPathSegments(to);
    if (segments.length === 0 || to.endsWith("/")) throw new UnsafePathError(to, "it names a folder, not a file");
    const path = segments.join("/");
    const partSize = options.partSize ?? TRANSFER_DEFAULTS.partSize;
    const s3 = await this.session("write", options.signal);
    const tracker = new ProgressTracker("upload", 1, undefined, options.onProgress);
    const bytes = await managedUpload(s3, path, body, {
      partSize,
      partConcurrency: options.partConcurrency ?? TRANSFER_DEFAULTS.partConcurrency,
      tracker,
      contentType: options.contentType,
      signal: options.signal,
    });
    tracker.setTotalBytes(bytes);
    tracker.fileDone(path);
    return { transferred: [path], skipped: [], bytes };
  }

  /**
   * Downloads every file of the dataset (`metadata.json` included) into folder `destination`
   * (created if missing). Read credentials. Each file is written under a temporary name, checked
   * against its ETag or checksum (ChecksumMismatchError) and then renamed into place; files
   * already there and matching are skipped.
   */
  downloadAll(destination: string, options: TransferOptions = {}): Promise<TransferSummary> {
    return this.downloadFolder("", destination, options);
  }

  /** Downloads the files under dataset folder `folder` into `destination`, paths relative to that folder; as `downloadAll` otherwise. */
  async downloadFolder(folder: string, destination: string, options: TransferOptions = {}): Promise<TransferSummary> {
    const prefix = folderPrefix(folder);
    const s3 = await this.session("read", options.signal);
    const files = await listRemoteFiles(s3, prefix, options.signal);
    return downloadFiles(s3, files.map((file) => ({ file, relativePath: file.path.slice(prefix.length) })), destination, options);
  }

  /** Downloads dataset file `path` into folder `destination` under its own name; no such file is a DatasetFileNotFoundError. */
  async downloadFile(path: string, destination: string, options: TransferOptions = {}): Promise<TransferSummary> {
    const segments = datasetPathSegments(path);
    const s3 = await this.session("read", options.signal);
    const exact = segments.join("/");
    const file = (await listRemoteFiles(s3, exact, options.signal)).find((f) => f.path === exact);
    if (file === undefined) throw new DatasetFileNotFoundError(exact);
    return downloadFiles(s3, [{ file, relativePath: segments.at(-1) as string }], destination, options);
  }
}
