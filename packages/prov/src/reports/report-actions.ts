// Report generation: a REPORT job builds a Word (.docx) report of a study's or model run's
// lineage and answers with a presigned URL. `generateReport(…, { wait })` resolves with the
// URL; `downloadReport(url)` fetches the file's bytes (the URL carries its own authority).
import type { ProvContext, SignalOption } from "../context.js";
import { call } from "../context.js";
import type { GenerateReportRequest } from "../models.js";
import { ProvModels } from "../models.js";
import { checkRequestBody } from "../request-validation.js";
import type { LaunchedJob, WaitableOptions } from "../model-runs/model-run-actions.js";
import { waitOptionsOf } from "../waiting/wait-options.js";
import { resultString, waitForJob } from "../waiting/wait-for-result.js";

/** What {@link ProvClient.generateReport} reports on. */
export interface ReportRequest {
  /** A STUDY or MODEL_RUN id. */
  readonly id: string;
  /** The subtype of `id`. */
  readonly itemSubtype: "STUDY" | "MODEL_RUN";
  /** Upstream hops in the report, 1 to 3. */
  readonly depth: number;
}

/** A report whose job succeeded. */
export interface GeneratedReport extends LaunchedJob {
  /** Where to download the .docx (presigned, short-lived). */
  readonly reportUrl: string;
}

export async function generateReport(context: ProvContext, request: ReportRequest, options: WaitableOptions = {}): Promise<LaunchedJob | GeneratedReport> {
  const operationName = "prov.generateReport";
  const body: GenerateReportRequest = { id: request.id, item_subtype: request.itemSubtype, depth: request.depth };
  checkRequestBody(context, "GenerateReportRequest", body, operationName);
  const response = await call(context, {
    method: "POST",
    path: "/explore/generate/report",
    json: body,
    schema: (mode) => ProvModels.get(mode).GenerateReportResponse,
    envelope: false,
    signal: options.signal,
    operationName,
  });
  const sessionId = response.session_id;
  const wait = waitOptionsOf(options.wait, options.signal);
  if (wait === undefined) return { sessionId };
  const job = await waitForJob(context, sessionId, wait);
  return { sessionId, reportUrl: resultString(job, "report_url", "a report URL (result.report_url)") };
}

/** The report file's bytes. The presigned URL needs no token, so none is sent. */
export function downloadReport(context: ProvContext, reportUrl: string, options: SignalOption = {}): Promise<Uint8Array> {
  return context.transport.request<Uint8Array>({
    method: "GET",
    url: reportUrl,
    auth: false,
    responseType: "bytes",
    signal: options.signal,
    operationName: "prov.downloadReport",
  });
}
