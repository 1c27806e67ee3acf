// Temporary S3 sessions, as STS would issue them: an access key id, a secret and a session token,
// scoped to a bucket and key prefix, read or write, with an expiry. Records live in a storage
// table so a durable storage keeps them across restarts.
import { randomBytes } from "node:crypto";
import type { Storage, Table } from "../store/storage.js";
import type { CredentialScope, IssuedCredentials } from "./dataset-storage.js";

/** Upstream's `SERVICE_SESSION_DURATION_SECONDS`. */
export const DEFAULT_SESSION_SECONDS = 8 * 60 * 60;

export interface SessionRecord {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Absent for the server's own presigning key (used without a token, like an IAM user's key). */
  readonly sessionToken?: string | undefined;
  readonly bucket: string;
  /** `""` reaches the whole bucket. */
  readonly prefix: string;
  readonly write: boolean;
  readonly sessionName: string;
  /** ISO time; absent = never expires. */
  readonly expiry?: string | undefined;
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function accessKeyId(kind: "ASIA" | "AKIA"): string {
  const bytes = randomBytes(16);
  let out = kind;
  for (const byte of bytes) out += ALNUM[byte % ALNUM.length];
  return out;
}

export class Sessions {
  readonly #table: Table<SessionRecord>;
  #prunedAt = 0;

  constructor(storage: Storage) {
    this.#table = storage.table<SessionRecord>("s3.sessions");
  }

  issue(scope: CredentialScope, now = new Date()): IssuedCredentials {
    const seconds = scope.durationSeconds ?? DEFAULT_SESSION_SECONDS;
    if (!Number.isFinite(seconds) || seconds <= 0) throw new RangeError(`durationSeconds must be positive, got ${seconds}.`);
    if (scope.prefix !== "" && !scope.prefix.endsWith("/")) throw new RangeError(`A credential prefix must end with "/", got "${scope.prefix}".`);
    this.#prune(now);
    const expiry = new Date(now.getTime() + seconds * 1000);
    const record: SessionRecord = {
      accessKeyId: accessKeyId("ASIA"),
      secretAccessKey: randomBytes(30).toString("base64"),
      sessionToken: randomBytes(96).toString("base64"),
      bucket: scope.bucket,
      prefix: scope.prefix,
      write: scope.write,
      sessionName: `${scope.username},${scope.write ? "write" : "read"}-prog-bucket-access`,
      expiry: expiry.toISOString(),
    };
    this.#table.put(record.accessKeyId, record);
    return {
      accessKeyId: record.accessKeyId,
      secretAccessKey: record.secretAccessKey,
      sessionToken: record.sessionToken as string,
      expiry,
    };
  }

  /** The server's long-lived, read-only key for one bucket (signs presigned URLs). */
  presigner(bucket: string): SessionRecord {
    const id = `presigner:${bucket}`;
    const pointer = this.#table.get(id);
    if (pointer !== undefined) {
      const record = this.#table.get(pointer.accessKeyId);
      if (record !== undefined) return record;
    }
    const record: SessionRecord = {
      accessKeyId: accessKeyId("AKIA"),
      secretAccessKey: randomBytes(30).toString("base64"),
      bucket,
      prefix: "",
      write: false,
      sessionName: "provena-local,presign",
    };
    this.#table.put(record.accessKeyId, record);
    this.#table.put(id, record);
    return record;
  }

  find(accessKey: string): SessionRecord | undefined {
    if (accessKey.startsWith("presigner:")) return undefined;
    return this.#table.get(accessKey);
  }

  // Sessions long past their expiry are dropped when new ones are issued (a day's grace keeps
  // the ExpiredToken answer for recently expired ones rather than InvalidAccessKeyId).
  #prune(now: Date): void {
    if (now.getTime() - this.#prunedAt < 60_000) return;
    this.#prunedAt = now.getTime();
    const cutoff = now.getTime() - 24 * 60 * 60 * 1000;
    const stale: string[] = [];
    for (const [key, record] of this.#table.entries()) {
      if (record.expiry !== undefined && Date.parse(record.expiry) < cutoff) stale.push(key);
    }
    for (const key of stale) this.#table.delete(key);
  }
}
