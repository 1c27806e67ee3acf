// The release (approval) workflow (behaviour.md §3.2, upstream's release_helpers): a dataset
// admin asks a listed reviewer to approve its release; that reviewer approves or rejects. Every
// check runs in upstream's order; the release fields change through the registry's proxy update
// without a history entry, and each step e-mails the people concerned through SEND_EMAIL jobs
// lodged under the data store's service account.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { jsonReply, type Reply } from "../../http/reply.js";
import { LINKS } from "../auth/links.js";
import type { ServiceContext } from "../context.js";
import { requireBody } from "../common/request-body.js";
import type { OperationRequest } from "../handler.js";
import { JOB_RUNNER } from "../jobs/runner.js";
import { nowSeconds, registryStore } from "../registry/registry-store.js";
import { datastoreRequestModels } from "./collection-format.js";
import { actorForUsername, actorOf, datasetDomain, fetchDataset, updateDataset, type DatasetItem, type Outcome } from "./registry-calls.js";
import { REVIEWERS } from "./reviewers.js";
import { badRequest, detailOf, serverError, unauthorised } from "./responses.js";

type Request = OperationRequest<AuthenticatedUser>;

/** The user the data store's own jobs run as (its confidential client's service account). */
export const DATASTORE_SERVICE_ACCOUNT = "service-account-data-store-api";

/** The data store UI's page for a dataset's approvals (upstream: `https://data.<domain>/dataset/<id>?view=approvals`). */
const datasetUrl = (context: ServiceContext, id: string): string => `${context.origin}/data/dataset/${id}?view=approvals`;

/** A Person's e-mail address, read as the data store's service account reads it (no access check). */
function personEmail(context: ServiceContext, personId: string): Outcome<string> {
  const person = registryStore(context).item(personId);
  if (person?.item_subtype !== "PERSON" || typeof person.email !== "string") {
    return { ok: false, reply: serverError(`The registry API responded with status success False during fetching of a person. Details: Item with id ${personId} is not a complete Person.`) };
  }
  return { ok: true, value: person.email };
}

function sendEmail(context: ServiceContext, email: { email_to: string; subject: string; body: string; reason: string }): void {
  context.store(JOB_RUNNER).launch({ username: DATASTORE_SERVICE_ACCOUNT, job_type: "EMAIL", job_sub_type: "SEND_EMAIL", payload: { ...email } });
}

/** Every linked username of the reviewer must be able to read the dataset's metadata and data. */
function reviewerReadProblem(context: ServiceContext, datasetId: string, approverId: string): string | undefined {
  for (const username of context.store(LINKS).usernamesFor(approverId)) {
    const refusal = `Desired reviewer '${username}' does not have read permissions into dataset ${datasetId}. Cannot request for dataset to be reviewed for release by a reviewer who cannot read it. Please provide ${username} with dataset read and metadata read access to dataset for review.`;
    const fetched = fetchDataset(context, actorForUsername(context, username))(datasetId);
    if (!fetched.ok) {
      if (fetched.reply.status === 401) return refusal;
      continue;
    }
    if (!fetched.value.roles.includes("dataset-data-read") || !fetched.value.roles.includes("metadata-read")) return refusal;
  }
  return undefined;
}

const released = (item: DatasetItem): boolean => item.release_status === "PENDING" || item.release_status === "RELEASED";

const historyOf = (item: DatasetItem): Record<string, unknown>[] => [...(item.release_history ?? [])];

export async function approvalRequest({ http, user, context }: Request): Promise<Reply> {
  const body = await requireBody(http, datastoreRequestModels().ReleaseApprovalRequest);
  if (!body.ok) return body.reply;
  const { dataset_id: datasetId, approver_id: approverId, notes } = body.value;
  const requester = context.store(LINKS).lookup(user.username);
  if (requester === undefined) return badRequest("You cannot request a review without having a linked Person in the registry.");
  const actor = actorOf(user);
  const fetched = fetchDataset(context, actor)(datasetId);
  if (!fetched.ok) return fetched.reply;
  const { item, roles } = fetched.value;
  if (!roles.includes("admin")) {
    return unauthorised(`User ${user.username} is not an admin of dataset ${datasetId}. Only admins of datasets can request for the dataset to be reviewed.`);
  }
  // (upstream's seed check comes here, but its fetch has already refused seeds with a 400)
  if (released(item)) return badRequest(`Dataset ${datasetId} is already pending review or is released. Cannot request a review while another is unresolved.`);
  if (!context.store(REVIEWERS).has(approverId)) {
    return badRequest(`User ${approverId} is not a system dataset reviewer. Please provide an ID for entity pointing to a person who is a valid dataset reviewer for this system.`);
  }
  const readProblem = reviewerReadProblem(context, datasetId, approverId);
  if (readProblem !== undefined) return badRequest(readProblem);

  const now = nowSeconds();
  const updated = updateDataset(context, actor, {
    id: datasetId,
    domain: {
      ...datasetDomain(item),
      release_status: "PENDING",
      release_approver: approverId,
      release_timestamp: now,
      release_history: [...historyOf(item), { action: "REQUEST", timestamp: now, approver: approverId, requester, notes }],
    },
    options: { excludeHistory: true },
  });
  if (!updated.ok) return updated.reply;
  const email = personEmail(context, approverId);
  if (!email.ok) return email.reply;
  sendEmail(context, {
    email_to: email.value,
    subject: `Dataset release review requested: ${datasetId}`,
    body: `Person ${requester} asks you to review dataset ${datasetId} for release.\nNotes: ${notes}\nReview it at ${datasetUrl(context, datasetId)}`,
    reason: "Alerting requested dataset release reviewer",
  });
  return jsonReply(200, {
    dataset_id: datasetId,
    approver_id: approverId,
    details: "Successfully sent request to approve dataset release to approver. Email notification included.",
  });
}

export async function actionApprovalRequest({ http, user, context }: Request): Promise<Reply> {
  const body = await requireBody(http, datastoreRequestModels().ActionApprovalRequest);
  if (!body.ok) return body.reply;
  const { dataset_id: datasetId, approve, notes } = body.value;
  const reviewer = context.store(LINKS).lookup(user.username);
  if (reviewer === undefined) return badRequest("In order to perform this operation you must link your User account to a Person in the registry.");
  if (!context.store(REVIEWERS).has(reviewer)) {
    return unauthorised("You are not a dataset reviewer. Only system dataset reviewers can perform this action. Contact system admins to request to be a reviewer.");
  }
  const actor = actorOf(user);
  const fetched = fetchDataset(context, actor)(datasetId);
  if (!fetched.ok) return fetched.reply;
  const { item } = fetched.value;
  if (item.release_status !== "PENDING") return badRequest(`Dataset ${datasetId} is not pending review. Cannot perform this action.`);
  if (item.release_approver !== reviewer) {
    return unauthorised(
      `User with name ${user.username} and linked ID ${reviewer} is not the approver for dataset ${datasetId}. Only the designated approver can perform this action.`,
    );
  }
  const now = nowSeconds();
  const action = approve ? "APPROVE" : "REJECT";
  const updated = updateDataset(context, actor, {
    id: datasetId,
    domain: {
      ...datasetDomain(item),
      release_status: approve ? "RELEASED" : "NOT_RELEASED",
      release_approver: reviewer,
      release_timestamp: now,
      release_history: [...historyOf(item), { action, timestamp: now, approver: reviewer, notes }],
    },
    // The reviewer needs no write role on the dataset: the data store vouches for them.
    options: { excludeHistory: true, manualGrant: true },
  });
  if (!updated.ok) return serverError(`Failed to update release info for dataset ${datasetId} in the registry. Error: ${detailOf(updated.reply)}`);

  const targets = [reviewer];
  const owner = context.store(LINKS).lookup(item.owner_username);
  if (owner !== undefined) targets.push(owner);
  const emails: string[] = [];
  for (const target of targets) {
    const email = personEmail(context, target);
    if (!email.ok) return email.reply;
    emails.push(email.value);
  }
  for (const emailTo of emails) {
    sendEmail(context, {
      email_to: emailTo,
      subject: `Dataset release ${approve ? "approved" : "rejected"}: ${datasetId}`,
      body: `Reviewer ${reviewer} ${approve ? "approved" : "rejected"} the release of dataset ${datasetId}.\nNotes: ${notes}\nSee ${datasetUrl(context, datasetId)}`,
      reason: "Alerting dataset owner and release reviewer as to change in status",
    });
  }
  return jsonReply(200, { dataset_id: datasetId, approved: approve, details: "Succesfully responded to dataset release approval request." });
}
