// The release workflow (behaviour.md §3.2): the system reviewers, a release request by the
// dataset's admin, and the named reviewer's approve or reject.
import type { ActionApprovalRequestResponse, ReleaseApprovalRequestResponse } from "@provena-sdk/models/datastore";
import type { DatastoreContext, SignalOption } from "../context.js";
import { invoke } from "../context.js";

/**
 * The dataset release workflow (`DatastoreClient.release`, the `/release` routes): a dataset's
 * admin asks a system reviewer to release it (NOT_RELEASED → PENDING), and that reviewer approves
 * (RELEASED) or rejects (NOT_RELEASED). Files are frozen while PENDING or RELEASED. Refusals are
 * BadRequestError (400: caller not linked to a Person, wrong state, approver not a reviewer) or
 * UnauthorizedError (401: missing roles, not the item's admin, not the named reviewer).
 */
export interface ReleaseClient {
  /** The Person ids that may review releases (`GET /release/sys-reviewers/list`; `entity-registry-read` + `write`). */
  listReviewers(options?: SignalOption): Promise<string[]>;
  /** Adds a Person id to the reviewers (`POST /release/sys-reviewers/add`; `sys-admin-read` + `write`). */
  addReviewer(personId: string, options?: SignalOption): Promise<void>;
  /** Removes a Person id from the reviewers (`DELETE /release/sys-reviewers/delete`; `sys-admin-read` + `write` + `admin`). */
  removeReviewer(personId: string, options?: SignalOption): Promise<void>;
  /**
   * Asks `approverId` (a reviewer's Person id) to release the dataset (`POST /release/approval-request`);
   * needs item admin and a linked Person. The dataset becomes PENDING and its files frozen
   * (write credentials are refused); the reviewer is emailed.
   */
  requestApproval(datasetId: string, approverId: string, notes: string, options?: SignalOption): Promise<ReleaseApprovalRequestResponse>;
  /** The named reviewer approves a PENDING request (`PUT /release/action-approval-request`): the dataset becomes RELEASED. */
  approve(datasetId: string, notes: string, options?: SignalOption): Promise<ActionApprovalRequestResponse>;
  /** The named reviewer rejects a PENDING request (`PUT /release/action-approval-request`): the dataset is NOT_RELEASED (writable) again. */
  reject(datasetId: string, notes: string, options?: SignalOption): Promise<ActionApprovalRequestResponse>;
}

export function createReleaseClient(context: DatastoreContext): ReleaseClient {
  const action = (datasetId: string, approve: boolean, notes: string, options: SignalOption) =>
    invoke(context, "actionApprovalRequest", { json: { dataset_id: datasetId, approve, notes }, signal: options.signal });
  return {
    listReviewers: (options = {}) => invoke(context, "reviewersList", { signal: options.signal }),
    async addReviewer(personId, options = {}) {
      await invoke(context, "reviewersAdd", { query: { reviewer_id: personId }, signal: options.signal });
    },
    async removeReviewer(personId, options = {}) {
      await invoke(context, "reviewersDelete", { query: { reviewer_id: personId }, signal: options.signal });
    },
    requestApproval: (datasetId, approverId, notes, options = {}) =>
      invoke(context, "approvalRequest", { json: { dataset_id: datasetId, approver_id: approverId, notes }, signal: options.signal }),
    approve: (datasetId, notes, options = {}) => action(datasetId, true, notes, options),
    reject: (datasetId, notes, options = {}) => action(datasetId, false, notes, options),
  };
}
