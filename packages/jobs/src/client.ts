// The Job API client: the caller's own jobs, waiters, and the admin routes under `.admin`.
import { checkHealth, createTransport, type HealthOptions, type ServiceHealth, type Transport, type TransportOptions } from "@provena-sdk/http-core";
import { JobsAdminClient } from "./admin-client.js";
import { collect, listing, onePage, type JobListing, type ListAllOptions, type ListOptions } from "./listing.js";
import type { JobStatusTable } from "./models.js";
import { fetchJob, type CallOptions, type JobsPage } from "./requests.js";
import type { WaitForOptions } from "./wait/options.js";
import { waitForJob, waitForJobChain, type JobChain } from "./wait/wait-for.js";

/** Options of {@link JobsClient}. */
export interface JobsClientOptions {
  /** The transport (endpoints, token provider, retries, validation mode) every call uses. */
  transport: Transport;
}

/**
 * A client for Provena's Job API (`/jobs`): the caller's jobs and batches (fetch, list, pages),
 * and waiters that poll a job (or a job and the lodge job it starts) until it finishes.
 */
export class JobsClient {
  readonly #transport: Transport;
  /** `/jobs/admin/*`: needs the job-service roles. */
  readonly admin: JobsAdminClient;

  constructor(options: JobsClientOptions) {
    this.#transport = options.transport;
    this.admin = new JobsAdminClient(options.transport);
  }

  /**
   * One of the caller's jobs. Rejects with BadRequestError (400) while the job's record does
   * not exist yet, and UnauthorizedError (401) for another user's job.
   */
  fetch(sessionId: string, options?: CallOptions): Promise<JobStatusTable> {
    return fetchJob(this.#transport, "user", sessionId, options);
  }

  /** The Job API's public health route (`GET /`); sends no token. */
  health(options?: HealthOptions): Promise<ServiceHealth> {
    return checkHealth(this.#transport, "jobs", options);
  }

  /**
   * The caller's jobs, newest first, fetched page by page as you iterate (`.pages()` for pages).
   * With `paginationKey` (a page's `pagination_key`), starts after it.
   */
  list(options: ListOptions = {}): JobListing {
    return listing(this.#transport, "user", "list", {}, options);
  }

  /** One page of the caller's jobs; its `pagination_key` (null at the end) resumes the listing. */
  listPage(options: ListOptions = {}): Promise<JobsPage> {
    return onePage(this.#transport, "user", "list", {}, options);
  }

  /** The caller's jobs in an array (see `limit` / `onLimit`). */
  listAll(options: ListAllOptions = {}): Promise<JobStatusTable[]> {
    return collect(this.list(options), options);
  }

  /** Every job of a batch; UnauthorizedError (401) if any of them is another user's. */
  listBatch(batchId: string, options: ListAllOptions = {}): Promise<JobStatusTable[]> {
    return collect(this.iterateBatch(batchId, options), options);
  }

  /** The jobs of a batch, fetched page by page as you iterate (`.pages()` for pages). */
  iterateBatch(batchId: string, options: ListOptions = {}): JobListing {
    return listing(this.#transport, "user", "list_batch", { batch_id: batchId }, options);
  }

  /** One page of a batch's jobs; its `pagination_key` (null at the end) resumes the listing. */
  listBatchPage(batchId: string, options: ListOptions = {}): Promise<JobsPage> {
    return onePage(this.#transport, "user", "list_batch", { batch_id: batchId }, options);
  }

  /**
   * Polls the job until it SUCCEEDS and resolves with it. Rejects with JobFailedError (its
   * `info`), JobNotFoundError (still unknown after `notFoundGraceMs`), JobTimeoutError, or
   * AbortError.
   */
  waitFor(sessionId: string, options: WaitForOptions = {}): Promise<JobStatusTable> {
    return waitForJob((id, signal) => this.fetch(id, { signal }), sessionId, options);
  }

  /**
   * Waits for a job and then for the job its result names in `lodge_session_id` (a registry
   * create/version job's provenance lodge), sharing one timeout. `lodgeJob` is null when the
   * result names none.
   */
  waitForChain(sessionId: string, options: WaitForOptions = {}): Promise<JobChain> {
    return waitForJobChain((id, signal) => this.fetch(id, { signal }), sessionId, options);
  }
}

/** A JobsClient on a new transport built from `options` (see http-core's `createTransport`). */
export function createJobsClient(options: TransportOptions): JobsClient {
  return new JobsClient({ transport: createTransport(options) });
}
