// The bulk CSV routes: a template for a workflow template, conversion of a filled CSV into
// records (nothing is registered: pass them to registerBatch), and a CSV regenerated from a
// batch with its `_job_*` columns filled in. The local helpers fill and read templates.
import type { ProvContext, SignalOption } from "../context.js";
import { call } from "../context.js";
import type { ModelRunRecord } from "../models.js";
import { ProvModels } from "../models.js";

/** Options of {@link BulkCsvClient.convert}. */
export interface ConvertOptions extends SignalOption {
  /**
   * The file name sent with the upload.
   *
   * @defaultValue `"model_runs.csv"`
   */
  readonly filename?: string | undefined;
}

/** A filled CSV as the API converted it; nothing is registered yet. */
export interface ConvertedCsv {
  /** Rows without a `_job_id`: records ready for registerBatch. */
  readonly newRecords: ModelRunRecord[];
  /** Rows with a `_job_id` (already submitted): their job ids. */
  readonly existingRecords: string[];
  /** e.g. "Extra column with header '…' provided, ignoring". */
  readonly warnings: string[];
}

/** `ProvClient.csv`: the bulk CSV routes for registering many model runs from a spreadsheet. */
export interface BulkCsvClient {
  /** The CSV template (header row only) for a workflow template. */
  template(workflowTemplateId: string, options?: SignalOption): Promise<string>;
  /** Converts a filled CSV into model-run records (multipart `csv_file`). Registers nothing. */
  convert(csv: string | Blob, options?: ConvertOptions): Promise<ConvertedCsv>;
  /** The CSV of a batch, rebuilt from its jobs, with job id, status, model run id and error filled in. */
  regenerate(batchId: string, options?: SignalOption): Promise<string>;
}

export function createBulkCsvClient(context: ProvContext): BulkCsvClient {
  return {
    template: (workflowTemplateId, options = {}) =>
      call(context, {
        method: "GET",
        path: "/bulk/generate_template/csv",
        query: { workflow_template_id: workflowTemplateId },
        responseType: "text",
        signal: options.signal,
        operationName: "prov.csv.template",
      }),
    async convert(csv, options = {}) {
      const form = new FormData();
      const file = typeof csv === "string" ? new Blob([csv], { type: "text/csv" }) : csv;
      form.append("csv_file", file, options.filename ?? "model_runs.csv");
      const body = await call(context, {
        method: "POST",
        path: "/bulk/convert_model_runs/csv",
        multipart: form,
        schema: (mode) => ProvModels.get(mode).ConvertModelRunsResponse,
        signal: options.signal,
        operationName: "prov.csv.convert",
      });
      return { newRecords: body.new_records ?? [], existingRecords: body.existing_records ?? [], warnings: body.warnings ?? [] };
    },
    regenerate: (batchId, options = {}) =>
      call(context, {
        method: "GET",
        path: "/bulk/regenerate_from_batch/csv",
        query: { batch_id: batchId },
        responseType: "text",
        signal: options.signal,
        operationName: "prov.csv.regenerate",
      }),
  };
}
