// The per-server dataset storage: objects on disk, SigV4 sessions, presigned URLs. Services reach
// it with `context.store(datasetStorageStore)`; the S3 endpoint (routes.ts) serves the same
// instance. Object bytes go to `settings.objectsDir`, or to a fresh temporary folder removed
// when the server stops.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { defineStore, type ServiceContext } from "../services/context.js";
import { CHECKSUM_ALGORITHMS } from "./checksums.js";
import type { CredentialScope, DatasetStorage, IssuedCredentials } from "./dataset-storage.js";
import { ObjectStore } from "./object-store.js";
import { Sessions } from "./sessions.js";
import { presignGetUrl } from "./sigv4.js";
import { Uploads } from "./uploads.js";

export const DATASET_BUCKET = "provena-local-datasets";
export const REPORT_BUCKET = "provena-local-reports";
/** Upstream's deployment region. */
export const S3_REGION = "ap-southeast-2";
const MAX_PRESIGN_SECONDS = 7 * 24 * 60 * 60;
/** The endpoint's path on the origin. */
export const S3_PATH = "/s3";

export interface LocalDatasetStorage extends DatasetStorage {
  readonly objects: ObjectStore;
  readonly sessions: Sessions;
  readonly uploads: Uploads;
  /** Where object bytes live. */
  readonly root: string;
  readonly buckets: ReadonlySet<string>;
}

function objectsRoot(context: ServiceContext): string {
  const configured = context.settings.objectsDir;
  if (configured !== undefined) {
    mkdirSync(configured, { recursive: true });
    return configured;
  }
  const temporary = mkdtempSync(join(tmpdir(), "provena-local-objects-"));
  context.onDispose(() => rmSync(temporary, { recursive: true, force: true }));
  return temporary;
}

function createDatasetStorage(context: ServiceContext): LocalDatasetStorage {
  const root = objectsRoot(context);
  const objects = new ObjectStore(root, context.storage);
  const sessions = new Sessions(context.storage);
  const endpoint = `${context.origin}${S3_PATH}`;

  return {
    datasetBucket: DATASET_BUCKET,
    reportBucket: REPORT_BUCKET,
    endpoint,
    region: S3_REGION,
    objects,
    sessions,
    uploads: new Uploads(context.storage),
    root,
    buckets: new Set([DATASET_BUCKET, REPORT_BUCKET]),

    async putObject(bucket, key, body, contentType = "application/octet-stream") {
      const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
      const crc = CHECKSUM_ALGORITHMS.CRC32.create();
      crc.update(bytes);
      const segment = await objects.writeBlob(Readable.from([bytes]));
      objects.commit({
        bucket,
        key,
        size: segment.size,
        etag: `"${createHash("md5").update(bytes).digest("hex")}"`,
        contentType,
        lastModified: new Date().toISOString(),
        segments: [segment],
        checksum: { algorithm: "CRC32", value: (await crc.digest()).toString("base64"), type: "FULL_OBJECT" },
        metadata: [],
      });
    },

    hasObject: (bucket, key) => Promise.resolve(objects.get(bucket, key) !== undefined),

    hasPrefix: (bucket, prefix) => Promise.resolve(objects.hasPrefix(bucket, prefix)),

    async getObject(bucket, key) {
      const record = objects.get(bucket, key);
      return record === undefined ? undefined : new Uint8Array(await objects.readAll(record));
    },

    issueCredentials: (scope: CredentialScope): IssuedCredentials => sessions.issue(scope),

    presignGet(bucket, key, expiresInSeconds) {
      // SigV4 presigned URLs live at most 7 days; S3 refuses anything longer.
      if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > MAX_PRESIGN_SECONDS) {
        throw new RangeError(`expiresInSeconds must be an integer from 1 to ${MAX_PRESIGN_SECONDS}, got ${expiresInSeconds}.`);
      }
      const signer = sessions.presigner(bucket);
      return presignGetUrl({
        origin: context.origin,
        path: `${S3_PATH}/${bucket}/${key}`,
        accessKeyId: signer.accessKeyId,
        secretAccessKey: signer.secretAccessKey,
        region: S3_REGION,
        expiresInSeconds,
        now: new Date(),
      });
    },
  };
}

export const datasetStorageStore = defineStore<LocalDatasetStorage>("s3.dataset-storage", createDatasetStorage);
