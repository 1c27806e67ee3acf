// What a session may reach, as upstream's STS session policy grants it: list anywhere in its
// bucket (so `aws s3 sync` works), read under its prefix, write under its prefix only when it
// is a write session.
import { S3Error } from "./errors.js";
import type { SessionRecord } from "./sessions.js";

export type Access = "list" | "read" | "write";

export function authorize(session: SessionRecord, access: Access, bucket: string, key?: string): void {
  if (bucket !== session.bucket) throw new S3Error("AccessDenied", "Access Denied");
  if (access === "list") return;
  if (key === undefined || !key.startsWith(session.prefix)) throw new S3Error("AccessDenied", "Access Denied");
  if (access === "write" && !session.write) throw new S3Error("AccessDenied", "Access Denied");
}

/** The same check as a boolean (multi-object delete reports per key). */
export function allowed(session: SessionRecord, access: Access, bucket: string, key: string): boolean {
  try {
    authorize(session, access, bucket, key);
    return true;
  } catch {
    return false;
  }
}
