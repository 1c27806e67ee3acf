// Lodging model runs (behaviour.md §4.3), shared by the sync route and the job workers: the
// registry writes go through the registry's own write actions as the proxied user (what the
// prov service's proxy calls do upstream), the graph through the graph store's record diff.
import type { ModelRunRecord, ProvenanceRecordInfo } from "@provena-sdk/models/prov";
import type { Reply } from "../../http/reply.js";
import type { ServiceContext } from "../context.js";
import type { Actor } from "../registry/actor.js";
import { subtypeDefinition } from "../registry/subtypes.js";
import { PLAIN_UPDATE, seedItem, updateItem, type WriteEnv } from "../registry/write-ops.js";
import { provGraph } from "./graph/graph-store.js";
import { provJson } from "./graph/prov-json.js";
import { modelRunGraph, type WorkflowTemplateInfo } from "./graph/record-graphs.js";

export const LODGED_REASON = "Updating item to mark completion of provenance lodge.";

function modelRunEnv(context: ServiceContext, actor: Actor): WriteEnv {
  const def = subtypeDefinition("MODEL_RUN");
  if (def === undefined) throw new Error("MODEL_RUN is not a served subtype.");
  return { context, def, actor };
}

/** The reply's body when it is a 200 with `status.success`; else an error saying what the registry said. */
function succeeded(reply: Reply, what: string): Record<string, unknown> {
  const body = reply.json as { status?: { success?: boolean; details?: string }; detail?: unknown } | undefined;
  if (reply.status === 200 && body?.status?.success === true) return body;
  const said = body?.status?.details ?? (typeof body?.detail === "string" ? body.detail : JSON.stringify(body?.detail ?? null));
  throw new Error(`Failed to ${what}: the registry answered ${reply.status}: ${said}`);
}

function domain(record: ModelRunRecord, status: "COMPLETE" | "LODGED", prov: string): Record<string, unknown> {
  return { display_name: record.display_name, record_status: status, record, prov_serialisation: prov };
}

/** Writes `record`'s graph as model run `id` and returns what the job result carries. */
export function lodgeGraph(context: ServiceContext, id: string, record: ModelRunRecord, template: WorkflowTemplateInfo): ProvenanceRecordInfo {
  const graph = modelRunGraph(id, record, template);
  provGraph(context).applyRecord(graph);
  return { id, prov_json: provJson(graph), record };
}

/** Seed → COMPLETE (with the PROV-JSON) → graph → LODGED: a new model run; its record info. */
export function registerModelRun(context: ServiceContext, actor: Actor, record: ModelRunRecord, template: WorkflowTemplateInfo): ProvenanceRecordInfo {
  const env = modelRunEnv(context, actor);
  const seeded = succeeded(seedItem(env), "seed a model run") as { seeded_item: { id: string } };
  const id = seeded.seeded_item.id;
  const prov = provJson(modelRunGraph(id, record, template));
  succeeded(updateItem(env, id, null, domain(record, "COMPLETE", prov), PLAIN_UPDATE), `complete model run ${id}`);
  const info = lodgeGraph(context, id, record, template);
  succeeded(updateItem(env, id, LODGED_REASON, domain(record, "LODGED", prov), PLAIN_UPDATE), `mark model run ${id} as lodged`);
  return info;
}

/** An existing model run's new record: registry update with `reason`, graph diff, LODGED. */
export function updateModelRun(context: ServiceContext, actor: Actor, id: string, record: ModelRunRecord, reason: string, template: WorkflowTemplateInfo): ProvenanceRecordInfo {
  const env = modelRunEnv(context, actor);
  const prov = provJson(modelRunGraph(id, record, template));
  succeeded(updateItem(env, id, reason, domain(record, "COMPLETE", prov), PLAIN_UPDATE), `update model run ${id}`);
  const info = lodgeGraph(context, id, record, template);
  succeeded(updateItem(env, id, LODGED_REASON, domain(record, "LODGED", prov), PLAIN_UPDATE), `mark model run ${id} as lodged`);
  return info;
}

/** Sets a field of the stored model run's record through the registry (link to study). */
export function rewriteRecord(context: ServiceContext, actor: Actor, id: string, record: ModelRunRecord, reason: string, prov: string, status: string): void {
  const env = modelRunEnv(context, actor);
  succeeded(updateItem(env, id, reason, { display_name: record.display_name, record_status: status, record, prov_serialisation: prov }, PLAIN_UPDATE), `update model run ${id}`);
}
