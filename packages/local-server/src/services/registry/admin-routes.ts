// `/admin/*` of the registry: export/import of every (item, auth, lock) bundle, restore from
// named storage tables, the prov-graph restore seam, and the config listing.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { detailReply, jsonReply } from "../../http/reply.js";
import type { OperationHandler } from "../handler.js";
import type { BundledItem } from "@provena-sdk/models/registry";
import { requireBody } from "../common/request-body.js";
import { importBundles, type ImportSettings } from "./import-items.js";
import { HANDLE_PREFIX, registryStore } from "./registry-store.js";
import { requestModel } from "./request-models.js";
import { status, typedReply } from "./responses.js";
import { REGISTRY_TABLES } from "./tables.js";


interface ImportRequest extends Partial<ImportSettings> {
  readonly import_mode: string;
  readonly items: BundledItem[];
}

interface RestoreRequest extends Partial<ImportSettings> {
  readonly import_mode: string;
  readonly table_names: { resource_table_name: string; auth_table_name: string; lock_table_name: string };
}

const settingsOf = (request: Partial<ImportSettings> & { import_mode: string }): ImportSettings => ({
  import_mode: request.import_mode,
  parse_items: request.parse_items ?? true,
  allow_entry_deletion: request.allow_entry_deletion ?? false,
  trial_mode: request.trial_mode ?? true,
});

export const adminRoutes: Record<string, OperationHandler<AuthenticatedUser>> = {
  "GET /admin/export": (request) => {
    const store = registryStore(request.context);
    const items = [...store.tables.items.values()].map((item) => ({
      id: item.id,
      item_payload: item,
      auth_payload: store.tables.auth.get(item.id) ?? {},
      lock_payload: store.tables.locks.get(item.id) ?? {},
    }));
    return jsonReply(200, { status: status(true, `Exported ${items.length} item(s).`), items });
  },
  "POST /admin/import": async (request) => {
    const body = await requireBody(request.http, requestModel("RegistryImportRequest"));
    if (!body.ok) return body.reply;
    const parsed = body.value as ImportRequest;
    return importBundles(request.context, settingsOf(parsed), parsed.items);
  },
  // Locally the "tables" are the server's storage tables: restoring from e.g. a copy written
  // under other names reads them and imports with the same rules as /admin/import.
  "POST /admin/restore_from_table": async (request) => {
    const body = await requireBody(request.http, requestModel("RegistryRestoreRequest"));
    if (!body.ok) return body.reply;
    const parsed = body.value as RestoreRequest;
    const names = parsed.table_names;
    const known = new Set(request.context.storage.tableNames());
    const missing = [names.resource_table_name, names.auth_table_name, names.lock_table_name].filter((name) => !known.has(name));
    if (missing.length > 0) return detailReply(400, `Cannot restore: no storage table named ${missing.join(", ")}.`);
    const storage = request.context.storage;
    const auth = storage.table<Record<string, unknown>>(names.auth_table_name);
    const locks = storage.table<Record<string, unknown>>(names.lock_table_name);
    const bundles: BundledItem[] = [...storage.table<Record<string, unknown>>(names.resource_table_name).entries()].map(([id, item]) => ({
      id,
      item_payload: item,
      auth_payload: auth.get(id) ?? {},
      lock_payload: locks.get(id) ?? {},
    }));
    return importBundles(request.context, settingsOf(parsed), bundles);
  },
  // Provenance lands in a later issue: there is no graph to restore into yet, so the request
  // is checked and answered without work (task_ids empty outside trial mode).
  "POST /admin/restore-prov-graph": async (request) => {
    const body = await requireBody(request.http, requestModel("ProvGraphRestoreRequest"));
    if (!body.ok) return body.reply;
    const parsed = body.value as { trial_mode?: boolean; abort_if_failures?: boolean; items: unknown[] };
    const trial = parsed.trial_mode ?? true;
    return typedReply("ProvGraphRestoreResponse", {
      status: status(true, `provena-local keeps no provenance graph yet: ${parsed.items.length} item(s) checked, nothing to restore.`),
      trial_mode: trial,
      abort_if_failures: parsed.abort_if_failures ?? true,
      task_ids: trial ? null : [],
    });
  },
  "GET /admin/config": (request) => {
    const required = {
      REGISTRY_TABLE_NAME: REGISTRY_TABLES.items,
      AUTH_TABLE_NAME: REGISTRY_TABLES.auth,
      LOCK_TABLE_NAME: REGISTRY_TABLES.locks,
      KEYCLOAK_ENDPOINT: request.context.realm.issuer,
    };
    if (request.query.required_only !== false) return jsonReply(200, required);
    return jsonReply(200, { ...required, HANDLE_PREFIX, ENFORCE_USER_AUTH: true, MOCK_HANDLE: false, TEST_MODE: false, SERVICE_ORIGIN: request.context.origin });
  },
};
