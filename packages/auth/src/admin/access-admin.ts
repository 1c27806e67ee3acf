// `/access-control/admin/*`: every user's requests, notes, state changes, deletion.
import type { Transport } from "@provena-sdk/http-core";
import { AccessRequestNotFoundError } from "../errors.js";
import type { ChangeStateStatus, RequestAccessTableItem, RequestStatus, Status } from "../models.js";
import { call, type CallOptions } from "../request.js";

/** Options of {@link AccessAdminClient.changeState}. */
export interface ChangeStateOptions extends CallOptions {
  /** A note appended to the request. */
  note?: string | undefined;
  /** Ask the service to email the user about the change (default false). */
  sendEmailAlert?: boolean | undefined;
}

/** Names one access request: whose it is and its number. */
export interface RequestRef {
  /** The user who made the request. */
  readonly username: string;
  /** The request's `request_id` (numbered per user). */
  readonly requestId: number;
}

/**
 * Access-request administration (`/access-control/admin/*`): every user's requests, notes, state
 * changes and deletion. Reached as `auth.admin.access`; needs a sys-admin role.
 */
export class AccessAdminClient {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  #list(path: string, operationName: string, query: Record<string, string> | undefined, options?: CallOptions): Promise<RequestAccessTableItem[]> {
    return call(this.#transport, { method: "GET", path, query, model: "AccessRequestList", envelope: false, operationName }, options).then((r) => r.items);
  }

  /** Every request of every user. */
  allHistory(options?: CallOptions): Promise<RequestAccessTableItem[]> {
    return this.#list("/access-control/admin/all-request-history", "auth.admin.access.allHistory", undefined, options);
  }

  /** Every request awaiting approval. */
  allPending(options?: CallOptions): Promise<RequestAccessTableItem[]> {
    return this.#list("/access-control/admin/all-pending-request-history", "auth.admin.access.allPending", undefined, options);
  }

  /** Every request `username` made, whatever its state. */
  userHistory(username: string, options?: CallOptions): Promise<RequestAccessTableItem[]> {
    return this.#list("/access-control/admin/user-request-history", "auth.admin.access.userHistory", { username }, options);
  }

  /** The requests of `username` awaiting approval. */
  userPending(username: string, options?: CallOptions): Promise<RequestAccessTableItem[]> {
    return this.#list("/access-control/admin/user-pending-request-history", "auth.admin.access.userPending", { username }, options);
  }

  /** Appends a note; AccessRequestNotFoundError for an unknown request. */
  async addNote(request: RequestRef, note: string, options?: CallOptions): Promise<Status> {
    return call(
      this.#transport,
      {
        method: "POST",
        path: "/access-control/admin/add-note",
        json: { note, username: request.username, request_id: request.requestId },
        model: "Status",
        envelope: "bare",
        operationName: "auth.admin.access.addNote",
        onSoftFailure: (details, cause) => new AccessRequestNotFoundError(request.username, request.requestId, details, { cause }),
      },
      options,
    );
  }

  /**
   * Moves a request to `state`. Upstream admins then change Keycloak by hand; the local
   * server applies an approved request's roles itself. AccessRequestNotFoundError for an
   * unknown request; the email outcome is reported in `email_alert`, never thrown.
   */
  async changeState(request: RequestRef, state: RequestStatus, options: ChangeStateOptions = {}): Promise<ChangeStateStatus> {
    const response = await call(
      this.#transport,
      {
        method: "POST",
        path: "/access-control/admin/change-request-state",
        json: { username: request.username, request_id: request.requestId, desired_state: state, additional_note: options.note },
        query: { send_email_alert: options.sendEmailAlert },
        model: "ChangeStateStatus",
        envelope: false,
        operationName: "auth.admin.access.changeState",
      },
      options,
    );
    if (!response.state_change.success) throw new AccessRequestNotFoundError(request.username, request.requestId, response.state_change.details);
    return response;
  }

  /** Deletes a request (succeeds even if it does not exist). */
  async delete(request: RequestRef, options?: CallOptions): Promise<Status> {
    return call(
      this.#transport,
      {
        method: "POST",
        path: "/access-control/admin/delete-request",
        json: { username: request.username, request_id: request.requestId },
        model: "Status",
        envelope: "bare",
        operationName: "auth.admin.access.delete",
      },
      options,
    );
  }
}
