// `/model_run/*` (behaviour.md §4.3): synchronous validation as the caller, then the lodge job
// (or, for the hidden sync route, the lodge itself); batches, updates, study links and the
// hidden graph-only delete.
import type { ModelRunRecord } from "@provena-sdk/models/prov";
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { detailReply, jsonReply, type Reply } from "../../http/reply.js";
import { readJson, requireBody } from "../common/request-body.js";
import { validationReply } from "../common/fastapi-422.js";
import type { ServiceContext } from "../context.js";
import type { OperationHandler } from "../handler.js";
import { JOB_RUNNER } from "../jobs/runner.js";
import { fromToken } from "../registry/actor.js";
import { registryStore } from "../registry/registry-store.js";
import { provGraph } from "./graph/graph-store.js";
import { registerModelRun, rewriteRecord } from "./lodge.js";
import { parseRecord, provRequestModels, recordRuleIssues } from "./request-models.js";
import { provReply, recordForReply, status } from "./responses.js";
import { encodeUserInfo } from "./user-info.js";
import { fetchAs, validateRecord } from "./validate-record.js";

type Handler = OperationHandler<AuthenticatedUser>;

type RecordBody = { ok: true; record: ModelRunRecord } | { ok: false; reply: Reply };

async function recordBody(http: Parameters<Handler>[0]["http"]): Promise<RecordBody> {
  const raw = await readJson(http);
  if (!raw.ok) return raw;
  if (raw.value === undefined || raw.value === null) return { ok: false, reply: validationReply([{ loc: ["body"], msg: "field required", type: "value_error.missing" }]) };
  const parsed = parseRecord(raw.value);
  return parsed.ok ? parsed : { ok: false, reply: validationReply(parsed.issues) };
}

function launch(context: ServiceContext, user: AuthenticatedUser, subType: string, payload: Record<string, unknown>): string {
  return context.store(JOB_RUNNER).launch({ username: user.username, job_type: "PROV_LODGE", job_sub_type: subType, payload }).session_id;
}

const register: Handler = async ({ http, user, context }) => {
  const body = await recordBody(http);
  if (!body.ok) return body.reply;
  const checked = validateRecord(context, fromToken(user), body.record);
  if (!checked.ok) return checked.reply;
  const sessionId = launch(context, user, "MODEL_RUN_PROV_LODGE", { record: body.record, revalidate: false, user_info: encodeUserInfo(user) });
  return provReply("RegisterModelRunResponse", { status: status(true, "Successfully launched the model run lodge job."), session_id: sessionId });
};

const registerSync: Handler = async ({ http, user, context }) => {
  const body = await recordBody(http);
  if (!body.ok) return body.reply;
  const actor = fromToken(user);
  const checked = validateRecord(context, actor, body.record);
  if (!checked.ok) return checked.reply;
  let info;
  try {
    info = registerModelRun(context, actor, body.record, { software_id: String(checked.value.workflowTemplate.software_id) });
  } catch (error) {
    return detailReply(500, `Failed to lodge the model run: ${(error as Error).message}`);
  }
  return provReply("SyncRegisterModelRunResponse", {
    status: status(true, "Successfully registered and lodged the model run."),
    record_info: { ...info, record: recordForReply(info.record) },
  });
};

const registerBatch: Handler = async ({ http, user, context }) => {
  const body = await requireBody(http, provRequestModels().RegisterBatchModelRunRequest);
  if (!body.ok) return body.reply;
  const issues = body.value.records.flatMap((record, index) => recordRuleIssues(record, ["body", "records", index]));
  if (issues.length > 0) return validationReply(issues);
  const sessionId = launch(context, user, "MODEL_RUN_BATCH_SUBMIT", { records: body.value.records, user_info: encodeUserInfo(user) });
  return provReply("RegisterBatchModelRunResponse", { status: status(true, "Successfully launched the batch submission job."), session_id: sessionId });
};

const update: Handler = async ({ http, user, context }) => {
  const body = await requireBody(http, provRequestModels().PostUpdateModelRunInput);
  if (!body.ok) return body.reply;
  const issues = recordRuleIssues(body.value.record, ["body", "record"]);
  if (issues.length > 0) return validationReply(issues);
  const actor = fromToken(user);
  const existing = fetchAs(context, actor, "MODEL_RUN", body.value.model_run_id, "model run");
  if (!existing.ok) return existing.reply;
  const checked = validateRecord(context, actor, body.value.record);
  if (!checked.ok) return checked.reply;
  const sessionId = launch(context, user, "MODEL_RUN_UPDATE", {
    model_run_record_id: body.value.model_run_id,
    updated_record: body.value.record,
    reason: body.value.reason,
    revalidate: true,
    user_info: encodeUserInfo(user),
  });
  return jsonReply(200, { session_id: sessionId });
};

const linkToStudy: Handler = ({ query, user, context }) => {
  const modelRunId = String(query.model_run_id);
  const studyId = String(query.study_id);
  const actor = fromToken(user);
  const run = fetchAs(context, actor, "MODEL_RUN", modelRunId, "model run");
  if (!run.ok) return run.reply;
  const study = fetchAs(context, actor, "STUDY", studyId, "study");
  if (!study.ok) return study.reply;
  const record = run.value.record as ModelRunRecord;
  if (typeof record.study_id === "string") {
    return detailReply(400, `The model run ${modelRunId} is already linked to a study (${record.study_id}). A model run can be linked to one study only.`);
  }
  const linked: ModelRunRecord = { ...record, study_id: studyId };
  try {
    const prov = typeof run.value.prov_serialisation === "string" ? run.value.prov_serialisation : "";
    const recordStatus = typeof run.value.record_status === "string" ? run.value.record_status : "LODGED";
    rewriteRecord(context, actor, modelRunId, linked, "Linking model run to study.", prov, recordStatus);
  } catch (error) {
    return detailReply(500, (error as Error).message);
  }
  const sessionId = launch(context, user, "MODEL_RUN_LODGE_ONLY", { model_run_record_id: modelRunId, record: linked, revalidate: false, user_info: encodeUserInfo(user) });
  return provReply("AddStudyLinkResponse", { status: status(true, "Successfully linked the model run to the study."), model_run_id: modelRunId, study_id: studyId, session_id: sessionId });
};

const deleteGraph: Handler = async ({ http, context }) => {
  const body = await requireBody(http, provRequestModels().PostDeleteGraphRequest);
  if (!body.ok) return body.reply;
  const id = body.value.record_id;
  const item = registryStore(context).item(id);
  if (item === undefined || item.item_subtype !== "MODEL_RUN") {
    return detailReply(400, `Failed to find a model run with id ${id} in the registry. Error: ${item === undefined ? "not found" : `it is a ${item.item_subtype}`}.`);
  }
  const diff = provGraph(context).removeRecord(id, body.value.trial_mode === true);
  return jsonReply(200, { diff });
};

export const modelRunRoutes = {
  "POST /model_run/register": register,
  "POST /model_run/register_sync": registerSync,
  "POST /model_run/register_batch": registerBatch,
  "POST /model_run/update": update,
  "POST /model_run/edit/link_to_study": linkToStudy,
  "POST /model_run/delete": deleteGraph,
} as const;
