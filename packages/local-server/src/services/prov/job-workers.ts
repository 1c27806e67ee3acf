// The PROV_LODGE job workers (behaviour.md §4.3, §7.1): lodging, batch fan-out, update and
// lodge-only graph diffs for model runs, and the graph writes of the registry's create and
// version activities; and the REPORT job's report generation. Each acts as the user in the
// payload's `user_info`.
import { randomUUID } from "node:crypto";
import type { ModelRunRecord } from "@provena-sdk/models/prov";
import type { ServiceContext } from "../context.js";
import type { JobWorker, JobWorkerTable } from "../jobs/worker.js";
import type { Actor } from "../registry/actor.js";
import { registryStore } from "../registry/registry-store.js";
import { provGraph } from "./graph/graph-store.js";
import { createActivityGraph, versionActivityGraph, type WorkflowTemplateInfo } from "./graph/record-graphs.js";
import { lodgeGraph, registerModelRun, updateModelRun } from "./lodge.js";
import { generateReport } from "./report/report-job.js";
import { parseRecord } from "./request-models.js";
import { decodeUserInfo } from "./user-info.js";
import { validateRecord } from "./validate-record.js";

type Payload = Readonly<Record<string, unknown>>;

function text(payload: Payload, key: string): string {
  const value = payload[key];
  if (typeof value !== "string") throw new Error(`Job payload field ${key} must be a string.`);
  return value;
}

function recordOf(value: unknown): ModelRunRecord {
  const parsed = parseRecord(value, ["record"]);
  if (!parsed.ok) throw new Error(`The job's model run record is invalid: ${parsed.issues.map((i) => `${i.loc.join(".")}: ${i.msg}`).join("; ")}`);
  return parsed.record;
}

/** The workflow template a record names: revalidated as the user, or read as stored. */
function templateFor(context: ServiceContext, actor: Actor, record: ModelRunRecord, revalidate: boolean): WorkflowTemplateInfo {
  if (revalidate) {
    const checked = validateRecord(context, actor, record);
    if (!checked.ok) {
      const detail = (checked.reply.json as { detail?: unknown } | undefined)?.detail;
      throw new Error(`Model run record failed validation (${checked.reply.status}): ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
    }
    return { software_id: String(checked.value.workflowTemplate.software_id) };
  }
  const template = registryStore(context).item(record.workflow_template_id);
  if (typeof template?.software_id !== "string") throw new Error(`Workflow template ${record.workflow_template_id} was not found in the registry.`);
  return { software_id: template.software_id };
}

const lodgeModelRun: JobWorker = (job, context) => {
  const actor = decodeUserInfo(job.payload.user_info);
  const record = recordOf(job.payload.record);
  const template = templateFor(context, actor, record, job.payload.revalidate === true);
  return Promise.resolve({ record: registerModelRun(context, actor, record, template) });
};

const batchSubmit: JobWorker = (job, _context, launcher) => {
  const records = job.payload.records;
  if (!Array.isArray(records)) throw new Error("Job payload field records must be a list.");
  // The first launch requests the batch id upstream; the rest join it.
  const batchId = randomUUID();
  for (const record of records) {
    launcher.launch({
      username: job.username,
      job_type: "PROV_LODGE",
      job_sub_type: "MODEL_RUN_PROV_LODGE",
      payload: { record, revalidate: true, user_info: job.payload.user_info },
      batch_id: batchId,
    });
  }
  return Promise.resolve({ batch_id: batchId });
};

const lodgeOnly: JobWorker = (job, context) => {
  const actor = decodeUserInfo(job.payload.user_info);
  const record = recordOf(job.payload.record);
  const template = templateFor(context, actor, record, job.payload.revalidate === true);
  return Promise.resolve({ record: lodgeGraph(context, text(job.payload, "model_run_record_id"), record, template) });
};

const updateRun: JobWorker = (job, context) => {
  const actor = decodeUserInfo(job.payload.user_info);
  const record = recordOf(job.payload.updated_record);
  const template = templateFor(context, actor, record, job.payload.revalidate === true);
  const id = text(job.payload, "model_run_record_id");
  return Promise.resolve({ record: updateModelRun(context, actor, id, record, text(job.payload, "reason"), template) });
};

const updateLodgeOnly: JobWorker = (job, context) => {
  const actor = decodeUserInfo(job.payload.user_info);
  const record = recordOf(job.payload.updated_record);
  lodgeGraph(context, text(job.payload, "model_run_record_id"), record, templateFor(context, actor, record, job.payload.revalidate === true));
  return Promise.resolve({});
};

const lodgeCreateActivity: JobWorker = (job, context) => {
  const p = job.payload;
  provGraph(context).applyRecord(
    createActivityGraph({
      created_item_id: text(p, "created_item_id"),
      creation_activity_id: text(p, "creation_activity_id"),
      linked_person_id: text(p, "linked_person_id"),
      created_item_subtype: text(p, "created_item_subtype"),
    }),
  );
  return Promise.resolve({});
};

const lodgeVersionActivity: JobWorker = (job, context) => {
  const p = job.payload;
  provGraph(context).applyRecord(
    versionActivityGraph({
      from_version_id: text(p, "from_version_id"),
      to_version_id: text(p, "to_version_id"),
      version_activity_id: text(p, "version_activity_id"),
      linked_person_id: text(p, "linked_person_id"),
      item_subtype: text(p, "item_subtype"),
    }),
  );
  return Promise.resolve({});
};

export const provJobWorkers: JobWorkerTable = {
  MODEL_RUN_PROV_LODGE: lodgeModelRun,
  MODEL_RUN_BATCH_SUBMIT: batchSubmit,
  MODEL_RUN_LODGE_ONLY: lodgeOnly,
  MODEL_RUN_UPDATE: updateRun,
  MODEL_RUN_UPDATE_LODGE_ONLY: updateLodgeOnly,
  LODGE_CREATE_ACTIVITY: lodgeCreateActivity,
  LODGE_VERSION_ACTIVITY: lodgeVersionActivity,
  GENERATE_REPORT: generateReport,
};
