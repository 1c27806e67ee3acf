// `/access-control/{user,admin}/*`: access reports and requests (behaviour.md §5.2).
//
// Where the local server goes further than upstream: upstream admins change Keycloak by hand
// and then move the request along. Here, moving a request INTO an approved state
// (APPROVED_PENDING_ACTION or ACTIONED_PENDING_DELETION) from a non-approved one applies its
// difference to the user's realm roles at once (granted roles added, revoked roles removed),
// so the user's next token carries them. Moving between the two approved states applies
// nothing again; moving back out of them does not revert the roles. The approver can only hand
// on what they hold: a request is applied only when the approver is not its requester and holds
// every role it grants; otherwise the state still changes (and answers) as upstream's does, and
// the realm roles stay as they were.
import type { AccessReport, RequestStatus } from "@provena-sdk/models/auth";
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { jsonReply, textReply, type Reply } from "../../http/reply.js";
import { nowSeconds } from "../../realm/settings.js";
import type { ServiceContext } from "../context.js";
import type { OperationHandler } from "../handler.js";
import { applyDifference, canonicalReport, reportDifference, reportFor, UnknownCatalogueEntryError } from "./access-report.js";
import { ACCESS_REQUESTS, MINIMUM_REQUEST_WAITING_TIME_DAYS, REQUEST_EXPIRY_DAYS, UI_FRIENDLY_STATUS, type AccessRequestRow } from "./access-requests.js";
import { requireBody } from "../common/request-body.js";
import { pythonJson } from "./python-json.js";
import { AuthRequests } from "./request-models.js";

type Handler = OperationHandler<AuthenticatedUser>;

const DAY = 24 * 60 * 60;
const APPLIED_STATES: ReadonlySet<string> = new Set<RequestStatus>(["APPROVED_PENDING_ACTION", "ACTIONED_PENDING_DELETION"]);
const status = (success: boolean, details: string) => ({ success, details });
const list = (items: readonly AccessRequestRow[]): Reply => jsonReply(200, { items });
const pending = (items: readonly AccessRequestRow[]) => items.filter((item) => item.status === "PENDING_APPROVAL");

const generateReport: Handler = ({ user }) =>
  jsonReply(200, { status: status(true, "Generated access report successfully."), report: reportFor(user.roles) });

const requestChange: Handler = async ({ user, http, context }) => {
  const body = await requireBody(http, AuthRequests.AccessReport);
  if (!body.ok) return body.reply;
  const current = reportFor(user.roles);
  let difference: AccessReport;
  try {
    difference = canonicalReport(reportDifference(current, body.value));
  } catch (error) {
    // Upstream raises a bare Exception here: FastAPI's plain 500.
    if (error instanceof UnknownCatalogueEntryError) return textReply(500, "Internal Server Error");
    throw error;
  }
  if (difference.components.length === 0) {
    return jsonReply(200, { status: status(false, "There were no differences between current access and desired access.") });
  }
  const requests = context.store(ACCESS_REQUESTS);
  const now = nowSeconds();
  const newestPending = pending(requests.forUser(user.username)).reduce<AccessRequestRow | undefined>(
    (newest, item) => (newest === undefined || item.updated_timestamp > newest.updated_timestamp ? item : newest),
    undefined,
  );
  if (newestPending !== undefined && newestPending.updated_timestamp >= now - MINIMUM_REQUEST_WAITING_TIME_DAYS * DAY) {
    const reason = `You have a pending request which has been pending less than ${MINIMUM_REQUEST_WAITING_TIME_DAYS} days.`;
    return jsonReply(200, { status: status(false, `Failed due to user having unresolved requests, info: ${reason}`) });
  }
  requests.put({
    username: user.username,
    request_id: requests.freshId(user.username, now),
    expiry: now + REQUEST_EXPIRY_DAYS * DAY,
    email: user.email !== null && user.email !== "" ? user.email : user.username,
    created_timestamp: now,
    updated_timestamp: now,
    status: "PENDING_APPROVAL",
    ui_friendly_status: UI_FRIENDLY_STATUS.PENDING_APPROVAL ?? "",
    request_diff_contents: pythonJson(difference),
    complete_contents: pythonJson(current),
    notes: "",
  });
  // Upstream emails the admins only on its deployed stages; the local server never emails.
  return jsonReply(200, { status: status(true, "Successfully requested an update to access. No email sent due to not being PROD.") });
};

const appendNote = (notes: string, note: string): string => (notes === "" ? note : `${notes},${note}`);

const addNote: Handler = async ({ http, context }) => {
  const body = await requireBody(http, AuthRequests.RequestAddNote);
  if (!body.ok) return body.reply;
  const requests = context.store(ACCESS_REQUESTS);
  const item = requests.get(body.value.username, body.value.request_id);
  if (item === undefined) return jsonReply(200, status(false, "Could not find item in table."));
  requests.put({ ...item, updated_timestamp: nowSeconds(), notes: appendNote(item.notes, body.value.note) });
  return jsonReply(200, status(true, "Added note."));
};

/** The roles a request's difference would grant. */
function grantedRoles(difference: AccessReport): string[] {
  return difference.components.flatMap((component) => component.component_roles.filter((role) => role.access_granted).map((role) => role.role_name));
}

/** Grants and revokes the request's difference on the user's realm roles, when `approver` may. */
function applyToRealm(context: ServiceContext, item: AccessRequestRow, approver: AuthenticatedUser): void {
  const user = context.realm.users.get(item.username);
  if (user === undefined) return;
  if (approver.username === item.username) return;
  const difference = JSON.parse(item.request_diff_contents) as AccessReport;
  if (!grantedRoles(difference).every((role) => approver.roles.includes(role))) return;
  context.realm.users.setRoles(item.username, applyDifference(user.roles, difference));
}

const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function emailAlert(item: AccessRequestRow, wanted: boolean) {
  if (!wanted) return status(true, "No email requested.");
  if (item.email === "") return status(false, "No email address was present in the record so no email was sent.");
  if (!EMAIL_PATTERN.test(item.email)) return status(false, `Provided email: ${item.email} appears to be invalid! No email sent.`);
  return status(false, `provena-local does not send email: no update email was sent to ${item.email}.`);
}

const changeRequestState: Handler = async ({ http, query, context, user }) => {
  const body = await requireBody(http, AuthRequests.AccessRequestStatusChange);
  if (!body.ok) return body.reply;
  const { username, request_id: requestId, desired_state: desired, additional_note: note } = body.value;
  const requests = context.store(ACCESS_REQUESTS);
  const item = requests.get(username, requestId);
  if (item === undefined) {
    const missing = status(false, "Could not find item in table.");
    return jsonReply(200, { state_change: missing, email_alert: missing });
  }
  if (item.status === desired) {
    const same = status(true, "Status was already matching - no update applied.");
    return jsonReply(200, { state_change: same, email_alert: same });
  }
  const updated: AccessRequestRow = {
    ...item,
    status: desired,
    ui_friendly_status: UI_FRIENDLY_STATUS[desired] ?? desired,
    updated_timestamp: nowSeconds(),
    notes: note === undefined || note === null || note === "" ? item.notes : appendNote(item.notes, note),
  };
  requests.put(updated);
  if (APPLIED_STATES.has(desired) && !APPLIED_STATES.has(item.status)) applyToRealm(context, updated, user);
  return jsonReply(200, { state_change: status(true, `Updated status to ${desired}.`), email_alert: emailAlert(updated, query.send_email_alert === true) });
};

const deleteRequest: Handler = async ({ http, context }) => {
  const body = await requireBody(http, AuthRequests.DeleteAccessRequest);
  if (!body.ok) return body.reply;
  context.store(ACCESS_REQUESTS).delete(body.value.username, body.value.request_id);
  return jsonReply(200, status(true, `Deleted record ${body.value.request_id}`));
};

export const accessControlRoutes = {
  "GET /access-control/user/generate-access-report": generateReport,
  "POST /access-control/user/request-change": requestChange,
  "GET /access-control/user/request-history": ({ user, context }) => list(context.store(ACCESS_REQUESTS).forUser(user.username)),
  "GET /access-control/user/pending-request-history": ({ user, context }) => list(pending(context.store(ACCESS_REQUESTS).forUser(user.username))),
  "GET /access-control/admin/all-request-history": ({ context }) => list(context.store(ACCESS_REQUESTS).all()),
  "GET /access-control/admin/all-pending-request-history": ({ context }) => list(pending(context.store(ACCESS_REQUESTS).all())),
  "GET /access-control/admin/user-request-history": ({ query, context }) => list(context.store(ACCESS_REQUESTS).forUser(String(query.username))),
  "GET /access-control/admin/user-pending-request-history": ({ query, context }) =>
    list(pending(context.store(ACCESS_REQUESTS).forUser(String(query.username)))),
  "POST /access-control/admin/add-note": addNote,
  "POST /access-control/admin/change-request-state": changeRequestState,
  "POST /access-control/admin/delete-request": deleteRequest,
} as const satisfies Record<string, Handler>;
