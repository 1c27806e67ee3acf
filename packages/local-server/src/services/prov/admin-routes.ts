// Prov admin (behaviour.md §4.8): re-lodge registry model runs into the graph (one, several or
// every one the registry holds), wipe the graph, and the service config.
import { z } from "zod";
import type { ItemModelRun, ModelRunRecord } from "@provena-sdk/models/prov";
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { servicePrefix } from "../../endpoints.js";
import { detailReply, jsonReply, type Reply } from "../../http/reply.js";
import { requireBody } from "../common/request-body.js";
import type { ServiceContext } from "../context.js";
import type { OperationHandler } from "../handler.js";
import { fromToken, type Actor } from "../registry/actor.js";
import { registryStore } from "../registry/registry-store.js";
import { provGraph } from "./graph/graph-store.js";
import { lodgeGraph } from "./lodge.js";
import { parseRecord, provRequestModels } from "./request-models.js";
import { provReply, status } from "./responses.js";
import { validateRecord } from "./validate-record.js";

type Handler = OperationHandler<AuthenticatedUser>;

type Stored = { ok: true } | { ok: false; reply: Reply };

/** Lodges one model run item's record as its graph, validating the record first if asked. */
function storeItem(context: ServiceContext, actor: Actor, item: Pick<ItemModelRun, "id" | "record">, validate: boolean): Stored {
  const parsed = parseRecord(item.record, ["body", "record"]);
  if (!parsed.ok) return { ok: false, reply: detailReply(400, `The record of model run ${item.id} is not a valid ModelRunRecord: ${parsed.issues.map((i) => i.msg).join("; ")}`) };
  const record: ModelRunRecord = parsed.record;
  let software: unknown;
  if (validate) {
    const checked = validateRecord(context, actor, record);
    if (!checked.ok) return checked;
    software = checked.value.workflowTemplate.software_id;
  } else {
    software = registryStore(context).item(record.workflow_template_id)?.software_id;
  }
  if (typeof software !== "string") return { ok: false, reply: detailReply(400, `The workflow template ${record.workflow_template_id} of model run ${item.id} names no software_id.`) };
  lodgeGraph(context, item.id, record, { software_id: software });
  return { ok: true };
}

const storeRecord: Handler = async ({ http, query, user, context }) => {
  const body = await requireBody(http, provRequestModels().ItemModelRun);
  if (!body.ok) return body.reply;
  const stored = storeItem(context, fromToken(user), body.value, query.validate_record !== false);
  return stored.ok ? provReply("StatusResponse", { status: status(true, `Successfully lodged the model run ${body.value.id}.`) }) : stored.reply;
};

const storeRecords: Handler = async ({ http, query, user, context }) => {
  const body = await requireBody(http, z.array(provRequestModels().ItemModelRun));
  if (!body.ok) return body.reply;
  for (const item of body.value) {
    const stored = storeItem(context, fromToken(user), item, query.validate_record !== false);
    if (!stored.ok) return stored.reply;
  }
  return provReply("StatusResponse", { status: status(true, `Successfully lodged ${body.value.length} model run(s).`) });
};

const storeAllRegistryRecords: Handler = ({ query, user, context }) => {
  let count = 0;
  for (const item of registryStore(context).tables.items.values()) {
    if (item.item_subtype !== "MODEL_RUN" || item.record_type !== "COMPLETE_ITEM") continue;
    const stored = storeItem(context, fromToken(user), { id: item.id, record: item.record as ModelRunRecord }, query.validate_record !== false);
    if (!stored.ok) return stored.reply;
    count++;
  }
  return provReply("StatusResponse", { status: status(true, `Successfully lodged all ${count} model run(s) of the registry.`) });
};

const clearGraph: Handler = ({ context }) => {
  provGraph(context).clear();
  return provReply("StatusResponse", { status: status(true, "Successfully cleared the graph.") });
};

const config: Handler = ({ query, context }) => {
  const required = {
    service_name: "Prov API (provena-local)",
    keycloak_endpoint: context.realm.issuer,
    base_url: `${context.origin}${servicePrefix("prov")}`,
    registry_api_endpoint: `${context.origin}${servicePrefix("registry")}`,
    job_api_endpoint: `${context.origin}${servicePrefix("jobs")}`,
    test_mode: false,
  };
  if (query.required_only !== false) return jsonReply(200, required);
  const graph = provGraph(context);
  return jsonReply(200, { ...required, graph_node_count: graph.nodeCount, graph_link_count: graph.linkCount });
};

export const provAdminRoutes = {
  "POST /admin/store_record": storeRecord,
  "POST /admin/store_records": storeRecords,
  "POST /admin/store_all_registry_records": storeAllRegistryRecords,
  "DELETE /graph/admin/clear": clearGraph,
  "GET /admin/config": config,
} as const;
