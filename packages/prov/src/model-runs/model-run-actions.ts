// Registering a model run, updating it and linking it to a study. Each launches a lodge job;
// with `{ wait }` the call resolves once the job succeeded, with what its result holds (the new
// model run's id for a registration: upstream gives it nowhere else). A wait that fails is an
// ActivityWaitError carrying the job's session id (and the model run's id when known).
import type { ProvContext, SignalOption } from "../context.js";
import { call } from "../context.js";
import type { ModelRunRecord, ProvenanceRecordInfo } from "../models.js";
import { ProvModels } from "../models.js";
import { checkRequestBody } from "../request-validation.js";
import type { WaitOption } from "../waiting/wait-options.js";
import { waitOptionsOf } from "../waiting/wait-options.js";
import { recordInfoOf, waitForLaunched } from "../waiting/wait-for-result.js";
import { ProvJobResultError } from "../errors/prov-errors.js";

/** Options of the calls that launch a job: wait for it or not. */
export interface WaitableOptions extends SignalOption {
  /**
   * Wait for the job (`true`, or {@link WaitOptions}) and resolve with its result.
   *
   * @defaultValue false: resolve once the job was launched.
   */
  readonly wait?: WaitOption | undefined;
}

/** A registration whose job was launched (not waited for). */
export interface LaunchedJob {
  /** The lodge job's session id (poll it with @provena-sdk/jobs). */
  readonly sessionId: string;
}

/** A registration whose lodge job succeeded. */
export interface RegisteredModelRun extends LaunchedJob {
  /** The new MODEL_RUN item's id. */
  readonly modelRunId: string;
  /** The job's result: the id, the PROV-JSON serialisation and the record as lodged. */
  readonly recordInfo: ProvenanceRecordInfo;
}

/** An update or study link whose lodge job succeeded. */
export interface LodgedUpdate extends LaunchedJob {
  /** The job's result: the model run's id, PROV-JSON serialisation and record as lodged. */
  readonly recordInfo: ProvenanceRecordInfo;
}

/** A study link request: the job launched (and finished, with `wait`). */
export interface StudyLink extends LaunchedJob {
  /** The model run that was linked. */
  readonly modelRunId: string;
  /** The study it now links to. */
  readonly studyId: string;
}

const schema = <N extends "RegisterModelRunResponse" | "PostUpdateModelRunResponse" | "AddStudyLinkResponse" | "SyncRegisterModelRunResponse">(name: N) =>
  (mode: "lenient" | "strict") => ProvModels.get(mode)[name];

function sessionIdOf(sessionId: string | null | undefined, operationName: string): string {
  if (typeof sessionId !== "string" || sessionId === "") throw new ProvJobResultError("(none)", `a session id in the ${operationName} response`, sessionId);
  return sessionId;
}

export async function registerModelRun(context: ProvContext, record: ModelRunRecord, options: WaitableOptions = {}): Promise<LaunchedJob | RegisteredModelRun> {
  const operationName = "prov.register";
  checkRequestBody(context, "ModelRunRecord", record, operationName);
  const body = await call(context, { method: "POST", path: "/model_run/register", json: record, schema: schema("RegisterModelRunResponse"), signal: options.signal, operationName });
  const sessionId = sessionIdOf(body.session_id, operationName);
  const wait = waitOptionsOf(options.wait, options.signal);
  if (wait === undefined) return { sessionId };
  const recordInfo = recordInfoOf(context, await waitForLaunched(context, { sessionId, operationName }, wait));
  return { sessionId, modelRunId: recordInfo.id, recordInfo };
}

export async function registerModelRunSync(context: ProvContext, record: ModelRunRecord, options: SignalOption = {}): Promise<ProvenanceRecordInfo> {
  const operationName = "prov.admin.registerSync";
  checkRequestBody(context, "ModelRunRecord", record, operationName);
  const body = await call(context, { method: "POST", path: "/model_run/register_sync", json: record, schema: schema("SyncRegisterModelRunResponse"), signal: options.signal, operationName });
  return body.record_info;
}

export async function updateModelRun(
  context: ProvContext,
  modelRunId: string,
  record: ModelRunRecord,
  reason: string,
  options: WaitableOptions = {},
): Promise<LaunchedJob | LodgedUpdate> {
  const operationName = "prov.update";
  const input = { model_run_id: modelRunId, reason, record };
  checkRequestBody(context, "PostUpdateModelRunInput", input, operationName);
  const body = await call(context, {
    method: "POST",
    path: "/model_run/update",
    json: input,
    schema: schema("PostUpdateModelRunResponse"),
    envelope: false,
    signal: options.signal,
    operationName,
  });
  const sessionId = sessionIdOf(body.session_id, operationName);
  const wait = waitOptionsOf(options.wait, options.signal);
  if (wait === undefined) return { sessionId };
  return { sessionId, recordInfo: recordInfoOf(context, await waitForLaunched(context, { sessionId, itemId: modelRunId, operationName }, wait)) };
}

export async function linkToStudy(context: ProvContext, modelRunId: string, studyId: string, options: WaitableOptions = {}): Promise<StudyLink> {
  const operationName = "prov.linkToStudy";
  const body = await call(context, {
    method: "POST",
    path: "/model_run/edit/link_to_study",
    query: { model_run_id: modelRunId, study_id: studyId },
    schema: schema("AddStudyLinkResponse"),
    signal: options.signal,
    operationName,
  });
  const sessionId = sessionIdOf(body.session_id, operationName);
  const wait = waitOptionsOf(options.wait, options.signal);
  if (wait !== undefined) await waitForLaunched(context, { sessionId, itemId: modelRunId, operationName }, wait);
  return { sessionId, modelRunId: body.model_run_id, studyId: body.study_id };
}
