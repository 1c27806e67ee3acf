// `/groups/admin/{export,import,restore_from_table}`. A restore reads another table of this
// server's storage (upstream: another DynamoDB table) and imports its rows.
import { safeParse } from "@provena-sdk/http-core";
import type { GroupsImportRequest, GroupsImportResponse } from "@provena-sdk/models/auth";
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { detailReply, jsonReply, type Reply } from "../../http/reply.js";
import type { ServiceContext } from "../context.js";
import type { OperationHandler } from "../handler.js";
import { requireBody } from "../common/request-body.js";
import { planImport, type Failure, type RawGroup } from "./group-import.js";
import { GROUPS, GROUPS_TABLE } from "./groups.js";
import { pythonValidationError } from "./python-validation-error.js";
import { AuthRequests } from "./request-models.js";

type Handler = OperationHandler<AuthenticatedUser>;

const response = (body: Partial<GroupsImportResponse> & Pick<GroupsImportResponse, "status" | "trial_mode">): Reply =>
  jsonReply(200, { statistics: null, failure_list: null, ...body });

function runImport(context: ServiceContext, request: GroupsImportRequest): Reply {
  const trial = request.trial_mode ?? true;
  const items = request.items;
  if (request.parse_items ?? true) {
    const failures: Failure[] = [];
    for (const item of items) {
      const parsed = safeParse(AuthRequests.UserGroup, item);
      if (!parsed.success) failures.push([`Could not parse item as valid group, exception: ${pythonValidationError("UserGroup", parsed.error, item)}`, item]);
    }
    if (failures.length > 0) {
      return response({
        status: { success: false, details: `There were ${failures.length} items with parsing issues! See failure list.` },
        trial_mode: trial,
        failure_list: failures,
      });
    }
  }
  // Upstream indexes every item by `id` and fails with a 500 (KeyError) when one has none.
  const incoming = new Map<string, RawGroup>();
  for (const item of items) {
    if (typeof item.id !== "string") return detailReply(500, `Unhandled exception in import process : 'id'.`);
    incoming.set(item.id, item as RawGroup);
  }
  const store = context.store(GROUPS);
  const old = new Map<string, RawGroup>(store.raw().map((row) => [String(row.id), row as RawGroup]));
  const plan = planImport(request.import_mode, old, incoming, request.allow_entry_deletion ?? false);
  if (plan.failures.length > 0) {
    return response({
      status: { success: false, details: "There were errors during validation of the import mode, see the failure list." },
      trial_mode: trial,
      failure_list: plan.failures,
    });
  }
  if (!trial) {
    for (const id of plan.write) store.putRaw(incoming.get(id) as RawGroup);
    for (const id of plan.remove) store.delete(id);
  }
  return response({
    status: { success: true, details: `${trial ? "TRIAL: " : ""}Successfully imported with mode: ${request.import_mode}.` },
    trial_mode: trial,
    statistics: plan.statistics,
  });
}

const exportGroups: Handler = ({ context }) => {
  const items = context.store(GROUPS).raw();
  return jsonReply(200, { status: { success: true, details: `Successfully exported ${items.length} items.` }, items });
};

const importGroups: Handler = async ({ http, context }) => {
  const body = await requireBody(http, AuthRequests.GroupsImportRequest);
  if (!body.ok) return body.reply;
  return runImport(context, body.value);
};

const restoreFromTable: Handler = async ({ http, query, context }) => {
  const body = await requireBody(http, AuthRequests.GroupsRestoreRequest);
  if (!body.ok) return body.reply;
  const tableName = String(query.table_name);
  const trial = body.value.trial_mode ?? true;
  if (tableName === GROUPS_TABLE) {
    return response({
      status: {
        success: false,
        details: `You supplied ${tableName} as the table_name which is equal to the current active groups table name. This behaviour is not supported.`,
      },
      trial_mode: trial,
    });
  }
  if (!context.storage.tableNames().includes(tableName)) {
    return detailReply(500, `Unexpected exception occurred during database listing: no table named ${tableName} in this server's storage.`);
  }
  const items = [...context.storage.table<Record<string, unknown>>(tableName).values()];
  return runImport(context, { ...body.value, items });
};

export const groupAdminRoutes = {
  "GET /groups/admin/export": exportGroups,
  "POST /groups/admin/import": importGroups,
  "POST /groups/admin/restore_from_table": restoreFromTable,
} as const satisfies Record<string, Handler>;
