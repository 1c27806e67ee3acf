// `/access-control/user/*`: the caller's access report, change requests and their history.
import type { Transport } from "@provena-sdk/http-core";
import { AccessRequestRefusedError } from "./errors.js";
import type { AccessReport, RequestAccessTableItem, Status } from "./models.js";
import { withRoleChanges, type RoleChanges } from "./report-changes.js";
import { call, type CallOptions } from "./request.js";

/** Options of {@link AccessClient.requestChange}. */
export interface RequestChangeOptions extends CallOptions {
  /** Ask the service to email its admins (upstream's default; only deployed stages send). */
  sendEmail?: boolean | undefined;
}

/**
 * The caller's side of access control (`/access-control/user/*`): their access report, change
 * requests and request history. Reached as `auth.access`.
 */
export class AccessClient {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /** What the caller's token grants, per catalogue component and role. */
  async report(options?: CallOptions): Promise<AccessReport> {
    const response = await call(this.#transport, { method: "GET", path: "/access-control/user/generate-access-report", model: "AccessReportResponse", operationName: "auth.access.report" }, options);
    return response.report;
  }

  /**
   * Asks for the access `desired` describes (a full report with `access_granted` set as
   * wanted). Resolves with the server's status; rejects with AccessRequestRefusedError when
   * nothing would change or a request is already pending.
   */
  async requestChange(desired: AccessReport, options: RequestChangeOptions = {}): Promise<Status> {
    const response = await call(
      this.#transport,
      {
        method: "POST",
        path: "/access-control/user/request-change",
        model: "AccessRequestResponse",
        json: desired,
        query: { send_email: options.sendEmail },
        operationName: "auth.access.requestChange",
        onSoftFailure: (details, cause) => new AccessRequestRefusedError(details, { cause }),
      },
      options,
    );
    return response.status;
  }

  /** Fetches the current report, applies `changes`, and requests the result. */
  async requestRoles(changes: RoleChanges, options: RequestChangeOptions = {}): Promise<Status> {
    const current = await this.report(options);
    return this.requestChange(withRoleChanges(current, changes), options);
  }

  /** Every request the caller has made. */
  async history(options?: CallOptions): Promise<RequestAccessTableItem[]> {
    const response = await call(this.#transport, { method: "GET", path: "/access-control/user/request-history", model: "AccessRequestList", envelope: false, operationName: "auth.access.history" }, options);
    return response.items;
  }

  /** The caller's requests still awaiting approval. */
  async pendingHistory(options?: CallOptions): Promise<RequestAccessTableItem[]> {
    const response = await call(
      this.#transport,
      { method: "GET", path: "/access-control/user/pending-request-history", model: "AccessRequestList", envelope: false, operationName: "auth.access.pendingHistory" },
      options,
    );
    return response.items;
  }
}
