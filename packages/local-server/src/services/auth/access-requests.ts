// The access request table (upstream: DynamoDB, partition `username`, sort `request_id`).
import type { RequestAccessTableItem, RequestStatus } from "@provena-sdk/models/auth";
import type { ServiceContext } from "../context.js";
import { defineStore } from "../context.js";

export const UI_FRIENDLY_STATUS: Readonly<Record<string, string>> = {
  PENDING_APPROVAL: "request received, awaiting action",
  APPROVED_PENDING_ACTION: "request approved, action underway",
  DENIED_PENDING_DELETION: "request denied",
  ACTIONED_PENDING_DELETION: "request approved and completed",
};

/** Upstream's settings: rows expire after 30 days; a pending request blocks new ones for 5. */
export const REQUEST_EXPIRY_DAYS = 30;
export const MINIMUM_REQUEST_WAITING_TIME_DAYS = 5;

export type AccessRequestRow = RequestAccessTableItem & { readonly status: RequestStatus };

export interface AccessRequestStore {
  get(username: string, requestId: number): AccessRequestRow | undefined;
  put(row: AccessRequestRow): void;
  delete(username: string, requestId: number): boolean;
  /** One user's requests, oldest first. */
  forUser(username: string): AccessRequestRow[];
  all(): AccessRequestRow[];
  /** A request id (epoch seconds, as upstream) not yet used by this user. */
  freshId(username: string, nowSeconds: number): number;
}

const keyOf = (username: string, requestId: number): string => JSON.stringify([username, requestId]);

export const ACCESS_REQUESTS = defineStore<AccessRequestStore>("auth.access-requests", (context: ServiceContext) => {
  const table = context.storage.table<AccessRequestRow>("auth.access-requests");
  const all = (): AccessRequestRow[] => [...table.values()].sort((a, b) => a.request_id - b.request_id);
  return {
    get: (username, requestId) => table.get(keyOf(username, requestId)),
    put: (row) => table.put(keyOf(row.username, row.request_id), row),
    delete: (username, requestId) => table.delete(keyOf(username, requestId)),
    forUser: (username) => all().filter((row) => row.username === username),
    all,
    // Upstream uses the epoch second and would overwrite a second request made in the same
    // second; here the id moves on to the next free second instead.
    freshId(username, nowSeconds) {
      let id = nowSeconds;
      while (table.has(keyOf(username, id))) id += 1;
      return id;
    },
  };
});
