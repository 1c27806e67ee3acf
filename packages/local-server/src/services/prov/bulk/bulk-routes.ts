// `/bulk/*` (behaviour.md §4.7): a CSV template for a workflow template, the conversion of a
// filled CSV (multipart `csv_file`) to records with warnings (nothing is registered), and a
// batch's CSV rebuilt from its jobs with their outcomes.
import type { ModelRunRecord } from "@provena-sdk/models/prov";
import type { AuthenticatedUser } from "../../../auth/bearer.js";
import { readMultipart } from "../../../http/multipart.js";
import { detailReply, type Reply } from "../../../http/reply.js";
import { validationReply } from "../../common/fastapi-422.js";
import type { OperationHandler } from "../../handler.js";
import { jobsTable, newestFirst } from "../../jobs/job-table.js";
import { fromToken } from "../../registry/actor.js";
import { parseRecord } from "../request-models.js";
import { provReply, recordForReply, status } from "../responses.js";
import { CsvSyntaxError, parseCsv, writeCsv } from "./csv-codec.js";
import { flaggedTemplateId, JOB_HEADERS, recordFromRow, rowFromRecord, templateColumns, type Row } from "./template-headers.js";

type Handler = OperationHandler<AuthenticatedUser>;

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const csvReply = (rows: readonly (readonly string[])[], filename: string): Reply => ({
  status: 200,
  text: writeCsv(rows),
  contentType: "text/csv; charset=utf-8",
  headers: { "content-disposition": `attachment; filename="${filename}"` },
});

const generateTemplate: Handler = ({ query, user, context }) => {
  const columns = templateColumns(context, fromToken(user), String(query.workflow_template_id));
  return columns.ok ? csvReply([columns.value.headers], "test.csv") : columns.reply;
};

const missingFile = (): Reply => validationReply([{ loc: ["body", "csv_file"], msg: "field required", type: "value_error.missing" }]);

async function csvText(http: Parameters<Handler>[0]["http"]): Promise<{ ok: true; text: string } | { ok: false; reply: Reply }> {
  let form: FormData;
  try {
    form = await readMultipart(http);
  } catch {
    return { ok: false, reply: missingFile() };
  }
  const file = form.get("csv_file");
  if (file === null) return { ok: false, reply: missingFile() };
  return { ok: true, text: typeof file === "string" ? file : await file.text() };
}

const convert: Handler = async ({ http, user, context }) => {
  const upload = await csvText(http);
  if (!upload.ok) return upload.reply;
  let rows: string[][];
  try {
    rows = parseCsv(upload.text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return detailReply(400, `The provided CSV could not be parsed: ${error.message}.`);
    throw error;
  }
  const [headers, ...data] = rows;
  if (headers === undefined) return detailReply(400, "The provided CSV file was empty.");
  const duplicated = [...new Set(headers.filter((h, i) => headers.indexOf(h) !== i))];
  if (duplicated.length > 0) return detailReply(400, `The provided CSV has duplicate headers: ${duplicated.join(", ")}.`);
  if (data.length === 0) return detailReply(400, "The provided CSV had no non header rows.");
  const templateId = flaggedTemplateId(headers);
  if (!templateId.ok) return templateId.reply;
  const subject = fromToken(user);
  const columns = templateColumns(context, subject, templateId.value);
  if (!columns.ok) return columns.reply;
  const missing = columns.value.headers.filter((h) => !headers.includes(h));
  if (missing.length > 0) return detailReply(400, `Expected header '${missing[0]}' not in headers! The CSV does not match the workflow template ${templateId.value}.`);
  const expected = new Set(columns.value.headers);
  const warnings = headers.filter((h) => !expected.has(h)).map((h) => `Extra column with header '${h}' provided, ignoring`);
  const newRecords: ModelRunRecord[] = [];
  const existing: string[] = [];
  for (const [index, values] of data.entries()) {
    const row: Row = new Map(headers.map((h, i) => [h, values[i] ?? ""]));
    const jobId = row.get(JOB_HEADERS.id) ?? "";
    if (jobId !== "") {
      if (!UUID4.test(jobId)) return detailReply(400, `Provided (job_id = '${jobId}') was not a valid UUID4 identifier.`);
      if (!jobsTable(context).has(jobId)) return detailReply(400, `The (job_id = '${jobId}') is a valid UUID4 identifier but does not exist in the job status database.`);
      existing.push(jobId);
      continue;
    }
    const record = recordFromRow(context, subject, columns.value, row, index + 2);
    if (!record.ok) return record.reply;
    newRecords.push(record.value);
  }
  return provReply("ConvertModelRunsResponse", {
    status: status(true, `Converted ${newRecords.length} new record(s); ${existing.length} row(s) name an existing job.`),
    new_records: newRecords.map(recordForReply),
    existing_records: existing,
    warnings,
  });
};

const regenerate: Handler = ({ query, user, context }) => {
  const batchId = String(query.batch_id);
  const jobs = newestFirst([...jobsTable(context).values()].filter((row) => row.job.batch_id === batchId))
    .reverse()
    .map((row) => row.job);
  if (jobs.length === 0) return detailReply(400, `No jobs were found in the batch ${batchId}.`);
  if (jobs.some((job) => job.username !== user.username)) return detailReply(401, "Not authorised to view this record.");
  if (jobs.some((job) => job.job_sub_type !== "MODEL_RUN_PROV_LODGE")) return detailReply(400, "Every job of the batch must be a MODEL_RUN_PROV_LODGE job.");
  const records: ModelRunRecord[] = [];
  for (const job of jobs) {
    const parsed = parseRecord(job.payload.record, ["payload", "record"]);
    if (!parsed.ok) return detailReply(400, `The job ${job.session_id} of the batch holds an invalid model run record.`);
    records.push(parsed.record);
  }
  const templates = new Set(records.map((r) => r.workflow_template_id));
  if (templates.size !== 1) return detailReply(400, `The batch's model runs use ${templates.size} workflow templates; a CSV holds one.`);
  const columns = templateColumns(context, fromToken(user), records[0]?.workflow_template_id ?? "");
  if (!columns.ok) return columns.reply;
  const rows: string[][] = [[...columns.value.headers]];
  for (const [index, record] of records.entries()) {
    const row = rowFromRecord(columns.value, record, jobs[index]);
    if (!row.ok) return row.reply;
    rows.push(row.value);
  }
  return csvReply(rows, "model_runs.csv");
};

export const bulkRoutes = {
  "GET /bulk/generate_template/csv": generateTemplate,
  "POST /bulk/convert_model_runs/csv": convert,
  "GET /bulk/regenerate_from_batch/csv": regenerate,
} as const;
