// The GENERATE_REPORT job (behaviour.md §4.6): checks the start item as the user (a STUDY or a
// MODEL_RUN they can read), renders the .docx, stores it in the report bucket and answers with
// a presigned GET URL valid for an hour. Failures carry upstream's wording in the job's `info`.
import { randomUUID } from "node:crypto";
import { datasetStorageStore } from "../../../s3/store.js";
import type { JobWorker } from "../../jobs/worker.js";
import { decodeUserInfo } from "../user-info.js";
import { fetchAs } from "../validate-record.js";
import { reportContent } from "./report-content.js";
import { renderReport } from "./report-docx.js";

export const REPORT_PREFIX = "reports";
export const REPORT_URL_SECONDS = 3600;
const SUPPORTED = ["MODEL_RUN", "STUDY"] as const;

export const generateReport: JobWorker = async (job, context) => {
  const { id, item_subtype: subtype, depth } = job.payload;
  if (typeof id !== "string" || typeof subtype !== "string" || typeof depth !== "number") throw new Error("The report job payload needs id, item_subtype and depth.");
  if (!(SUPPORTED as readonly string[]).includes(subtype)) {
    throw new Error(`Unsupported item subtype for validation. Received subtype ${subtype}, but the supported subtypes are ${SUPPORTED.join(",")}`);
  }
  const actor = decodeUserInfo(job.payload.user_info);
  const origin = fetchAs(context, actor, subtype, id, subtype.toLowerCase());
  if (!origin.ok) {
    const detail = (origin.reply.json as { detail?: unknown } | undefined)?.detail;
    throw new Error(`Validation error with provided ${subtype}: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
  }
  const document = await renderReport(reportContent(context, origin.value, depth));
  const storage = context.store(datasetStorageStore);
  const key = `${REPORT_PREFIX}/${id.replace(/[/.]/g, "-")}-${randomUUID()}.docx`;
  await storage.putObject(storage.reportBucket, key, document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  return { report_url: storage.presignGet(storage.reportBucket, key, REPORT_URL_SECONDS) };
};
