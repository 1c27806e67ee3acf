// The Provenance client: model-run registration (single, batch, sync), update, study links,
// explore and stitched lineage, reports, bulk CSV, admin routes and access checks. It owns no
// connection state: everything goes through the given transport, and waits through a jobs
// client on the same transport.
import type { Transport, TransportOptions } from "@provena-sdk/http-core";
import { checkHealth, createTransport, type HealthOptions, type ServiceHealth } from "@provena-sdk/http-core";
import { JobsClient } from "@provena-sdk/jobs";
import type { ProvAdminClient } from "./admin/admin-client.js";
import { createAdminClient } from "./admin/admin-client.js";
import type { CheckAccessClient } from "./check-access.js";
import { createCheckAccessClient } from "./check-access.js";
import type { ProvContext, ProvJobs, SignalOption } from "./context.js";
import type { BulkCsvClient } from "./csv/bulk-client.js";
import { createBulkCsvClient } from "./csv/bulk-client.js";
import type { ExploreClient } from "./explore/explore-client.js";
import { createExploreClient } from "./explore/explore-client.js";
import type { LineageOptions } from "./explore/lineage.js";
import { lineage } from "./explore/lineage.js";
import type { LineageGraph } from "./lineage/graph.js";
import type { CompletedBatch } from "./model-runs/batch.js";
import { registerBatch } from "./model-runs/batch.js";
import type { LaunchedJob, LodgedUpdate, RegisteredModelRun, StudyLink, WaitableOptions } from "./model-runs/model-run-actions.js";
import { linkToStudy, registerModelRun, updateModelRun } from "./model-runs/model-run-actions.js";
import type { ModelRunRecord } from "./models.js";
import type { GeneratedReport, ReportRequest } from "./reports/report-actions.js";
import { downloadReport, generateReport } from "./reports/report-actions.js";
import type { WaitOption } from "./waiting/wait-options.js";

/** Options of {@link ProvClient}: the transport, plus request checks and how jobs are awaited. */
export interface ProvClientOptions {
  /** Carries endpoints, auth, retries and the validation mode (see @provena-sdk/http-core). */
  readonly transport: Transport;
  /**
   * Check request bodies against the shared models (in the transport's validation mode) and
   * explore depths against the API's limit before sending; a bad one is a
   * RequestValidationError or LineageDepthError naming it. False sends them as given.
   *
   * @defaultValue true
   */
  readonly validateRequests?: boolean | undefined;
  /**
   * How `{ wait }` polls jobs; pass your own JobsClient to share one (or its settings).
   *
   * @defaultValue a JobsClient on the same transport, created on the first wait.
   */
  readonly jobs?: ProvJobs | undefined;
}

/** Options with `wait` set: the call resolves once the job succeeded. */
export type Waiting = SignalOption & {
  /** `true` for the default wait, or {@link WaitOptions}. */
  readonly wait: true | Exclude<WaitOption, boolean>;
};
/** Options without `wait`: the call resolves once the job was launched. */
export type NotWaiting = SignalOption & {
  /** Absent or false: do not wait for the job. */
  readonly wait?: false | undefined;
};

/**
 * The Provenance API client: register model runs (one, a batch, or synchronously as an admin),
 * update them and link them to studies, explore lineage (to any depth with {@link ProvClient.lineage}),
 * generate reports, and the bulk CSV routes. Calls that launch a job resolve with its session id,
 * or with its result when given `{ wait: true }`.
 */
export class ProvClient {
  /** The transport every call goes through (endpoints, auth, retries, validation mode). */
  readonly transport: Transport;
  /** The six explore queries (one call each, depth 1 to 10). */
  readonly explore: ExploreClient;
  /** Bulk CSV routes (template, convert, regenerate). */
  readonly csv: BulkCsvClient;
  /** Admin and hidden routes (entity-registry-admin). */
  readonly admin: ProvAdminClient;
  /** The `/check-access` routes: which of the prov API's role checks the caller's token passes. */
  readonly checkAccess: CheckAccessClient;
  readonly #context: ProvContext;

  /** A client on an existing transport; {@link createProvClient} makes one with its own. */
  constructor(options: ProvClientOptions) {
    const { transport } = options;
    let jobs = options.jobs;
    this.#context = { transport, validateRequests: options.validateRequests ?? true, jobs: () => (jobs ??= new JobsClient({ transport })) };
    this.transport = transport;
    this.explore = createExploreClient(this.#context);
    this.csv = createBulkCsvClient(this.#context);
    this.admin = createAdminClient(this.#context);
    this.checkAccess = createCheckAccessClient(this.#context);
  }

  /**
   * Registers a model run: validated synchronously (400 naming the problem), then lodged by a
   * job. With `{ wait: true }` resolves with the new model run's id once the job succeeded.
   */
  register(record: ModelRunRecord, options: Waiting): Promise<RegisteredModelRun>;
  register(record: ModelRunRecord, options?: NotWaiting): Promise<LaunchedJob>;
  register(record: ModelRunRecord, options?: WaitableOptions): Promise<LaunchedJob | RegisteredModelRun>;
  register(record: ModelRunRecord, options?: WaitableOptions): Promise<LaunchedJob | RegisteredModelRun> {
    return registerModelRun(this.#context, record, options);
  }

  /**
   * Registers several model runs through one batch job (no up-front validation: each record is
   * validated by its own job). With `{ wait }` resolves with one result per record, in order.
   */
  registerBatch(records: ModelRunRecord[], options: Waiting): Promise<CompletedBatch>;
  registerBatch(records: ModelRunRecord[], options?: NotWaiting): Promise<LaunchedJob>;
  registerBatch(records: ModelRunRecord[], options?: WaitableOptions): Promise<LaunchedJob | CompletedBatch>;
  registerBatch(records: ModelRunRecord[], options?: WaitableOptions): Promise<LaunchedJob | CompletedBatch> {
    return registerBatch(this.#context, records, options);
  }

  /** Replaces a model run's record (`reason` goes into its history) and re-lodges its graph edges. */
  update(modelRunId: string, record: ModelRunRecord, reason: string, options: Waiting): Promise<LodgedUpdate>;
  update(modelRunId: string, record: ModelRunRecord, reason: string, options?: NotWaiting): Promise<LaunchedJob>;
  update(modelRunId: string, record: ModelRunRecord, reason: string, options?: WaitableOptions): Promise<LaunchedJob | LodgedUpdate>;
  update(modelRunId: string, record: ModelRunRecord, reason: string, options?: WaitableOptions): Promise<LaunchedJob | LodgedUpdate> {
    return updateModelRun(this.#context, modelRunId, record, reason, options);
  }

  /** Links a model run that has no study yet to a study (adds `wasInformedBy`). */
  linkToStudy(modelRunId: string, studyId: string, options?: WaitableOptions): Promise<StudyLink> {
    return linkToStudy(this.#context, modelRunId, studyId, options);
  }

  /**
   * The lineage of an item to any depth, in one graph. Up to 10 hops is one explore call;
   * deeper asks (or `Infinity`) stitch several calls, since the API stops at 10.
   */
  lineage(startingId: string, options?: LineageOptions): Promise<LineageGraph> {
    return lineage(this.#context, startingId, options);
  }

  /** Starts a .docx report for a STUDY or MODEL_RUN; with `{ wait }` resolves with its download URL. */
  generateReport(request: ReportRequest, options: Waiting): Promise<GeneratedReport>;
  generateReport(request: ReportRequest, options?: NotWaiting): Promise<LaunchedJob>;
  generateReport(request: ReportRequest, options?: WaitableOptions): Promise<LaunchedJob | GeneratedReport>;
  generateReport(request: ReportRequest, options?: WaitableOptions): Promise<LaunchedJob | GeneratedReport> {
    return generateReport(this.#context, request, options);
  }

  /** The bytes of a generated report (its presigned URL needs no token). */
  downloadReport(reportUrl: string, options?: SignalOption): Promise<Uint8Array> {
    return downloadReport(this.#context, reportUrl, options);
  }

  /** The public health check (`GET /`): `{ service: "prov", message }`, as every service client's; sends no token. */
  health(options?: HealthOptions): Promise<ServiceHealth> {
    return checkHealth(this.transport, "prov", options);
  }
}

/** A client with its own transport: `createProvClient({ domain, tokenProvider })`. */
export function createProvClient(options: TransportOptions & Omit<ProvClientOptions, "transport">): ProvClient {
  const { validateRequests, jobs, ...transportOptions } = options;
  return new ProvClient({ transport: createTransport(transportOptions), validateRequests, jobs });
}
